/**
 * The current location, kept in step with the address bar, and what each
 * page keeps while the learner is elsewhere: its widgets' scenarios and its
 * scroll position, so that moving to the next lesson and back loses neither.
 */
import type { QueryHost } from '$widgets/kit/sync';
import { pageKey, parseHash, type Location } from './route';

export const router = $state<{ location: Location }>({ location: canonical(parseHash(location.hash)) });

interface Kept {
  query: string;
  scrollY: number;
  /** The address's query when the page was left: coming back to that same entry (Back), the kept query is newer. */
  leftWith: string;
}
const kept = new Map<string, Kept>();
/**
 * The page in the address, as a plain value: a page being torn down reads it to learn it is no longer shown
 * (inside a teardown, Svelte gives state its value from before the change).
 */
let shown = pageKey(router.location.route);
const listeners = new Map<string, Set<() => void>>();

/** Rewrites a hand-typed address (upper case, a trailing slash, no language) to the form the app writes. */
function canonical(next: Location): Location {
  const [path] = location.hash.replace(/^#/, '').split('?');
  if (next.route.kind !== 'root' && path !== next.path) write(next.path, next.query);
  return next;
}

function write(path: string, query: URLSearchParams): void {
  const search = query.toString();
  history.replaceState(history.state, '', `#${path}${search ? `?${search}` : ''}`);
}

window.addEventListener('hashchange', () => {
  const before = router.location;
  const next = canonical(parseHash(location.hash));
  const samePage = pageKey(before.route) === pageKey(next.route);
  if (!samePage) {
    kept.set(pageKey(before.route), { query: before.query.toString(), scrollY: window.scrollY, leftWith: before.query.toString() });
    const back = kept.get(pageKey(next.route));
    if (back && (next.query.size === 0 || next.query.toString() === back.leftWith) && back.query !== next.query.toString()) {
      next.query = new URLSearchParams(back.query);
      write(next.path, next.query);
    }
  }
  shown = pageKey(next.route);
  router.location = next;
  if (samePage && before.query.toString() !== next.query.toString()) {
    for (const on of listeners.get(pageKey(next.route)) ?? []) on();
  }
});

/** Where the page was scrolled when it was last left, if it was (not for a link to a section). */
export function keptScroll(location: Location): number | undefined {
  return location.route.kind === 'lesson' && location.route.section ? undefined : kept.get(pageKey(location.route))?.scrollY;
}

/**
 * The query of one page, for its widgets' transport. Writes that arrive after
 * the learner has moved on (an input that had not settled) go to what the
 * page keeps, never into the next page's address.
 */
export function pageQuery(key: string): QueryHost {
  const here = () => shown === key;
  return {
    current: () => (here() ? router.location.query : new URLSearchParams(kept.get(key)?.query ?? '')),
    replace(query) {
      if (here()) {
        write(router.location.path, query);
        router.location.query = query;
      } else {
        const entry = kept.get(key);
        if (entry) entry.query = query.toString();
      }
    },
    listen(on) {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(on);
      return () => set.delete(on);
    },
  };
}

export function redirect(hash: string): void {
  history.replaceState(history.state, '', hash);
  router.location = parseHash(hash);
  shown = pageKey(router.location.route);
}
