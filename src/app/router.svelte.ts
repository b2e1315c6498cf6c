/** The current location, kept in step with the address bar. */
import { parseHash, type Location } from './route';

export const router = $state<{ location: Location }>({ location: parseHash(location.hash) });

window.addEventListener('hashchange', () => {
  router.location = parseHash(location.hash);
});

/**
 * Rewrites the query without a new history entry: a widget's scenario. Only
 * the query changes in the router, so the page stays as it is, while links
 * built from the query (the language switch) and a widget re-created in the
 * other language see the learner's latest scenario.
 */
export function replaceQuery(query: URLSearchParams): void {
  const search = query.toString();
  const next = `#${router.location.path}${search ? `?${search}` : ''}`;
  if (next === location.hash) return;
  history.replaceState(history.state, '', next);
  router.location.query = query;
}

/** The scenario store the app gives widgets: the live query, and a way to rewrite it. */
export const urlScenarioStore = {
  get initial() {
    return router.location.query;
  },
  write: replaceQuery,
};

export function redirect(hash: string): void {
  history.replaceState(history.state, '', hash);
  router.location = parseHash(hash);
}
