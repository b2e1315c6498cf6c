/** The current location, kept in step with the address bar. */
import { parseHash, type Location } from './route';

export const router = $state<{ location: Location }>({ location: parseHash(location.hash) });

window.addEventListener('hashchange', () => {
  router.location = parseHash(location.hash);
});

/** Rewrites the address without a new history entry or a re-render: for a widget's scenario. */
export function replaceQuery(query: URLSearchParams): void {
  const search = query.toString();
  const next = `#${router.location.path}${search ? `?${search}` : ''}`;
  if (next !== location.hash) history.replaceState(history.state, '', next);
}

export function redirect(hash: string): void {
  history.replaceState(history.state, '', hash);
  router.location = parseHash(hash);
}
