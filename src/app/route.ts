/**
 * Hash routes, so the built app works on any static host and from any folder:
 * #/en, #/en/clv, #/en/clv/four-steps, #/en/lab/clv, with an optional ?query
 * that holds a widget's scenario.
 */
import { isLocale, type Locale } from './i18n/index.svelte';

export type Route =
  | { kind: 'root' }
  | { kind: 'home'; locale: Locale }
  | { kind: 'lab'; locale: Locale; widget?: string }
  | { kind: 'module'; locale: Locale; module: string }
  | { kind: 'lesson'; locale: Locale; module: string; lesson: string }
  | { kind: 'not-found'; locale: Locale; path: string };

export interface Location {
  route: Route;
  path: string;
  query: URLSearchParams;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = raw.split(/\?(.*)/s, 2);
  let path: string;
  try {
    path = decodeURIComponent(pathPart);
  } catch {
    path = pathPart;
  }
  const query = new URLSearchParams(queryPart);
  const parts = path.split('/').filter(Boolean);
  return { route: routeOf(parts, path), path: '/' + parts.join('/'), query };
}

function routeOf(parts: string[], path: string): Route {
  if (parts.length === 0) return { kind: 'root' };
  const [first, ...rest] = parts;
  if (!isLocale(first)) return { kind: 'not-found', locale: 'en', path };
  const locale = first;
  if (rest[0] === 'lab' && rest.length <= 2) return { kind: 'lab', locale, widget: rest[1] };
  switch (rest.length) {
    case 0:
      return { kind: 'home', locale };
    case 1:
      return { kind: 'module', locale, module: rest[0] };
    case 2:
      return { kind: 'lesson', locale, module: rest[0], lesson: rest[1] };
    default:
      return { kind: 'not-found', locale, path };
  }
}

/** The href of a route: `href('en', 'clv', 'four-steps')` → "#/en/clv/four-steps". */
export function href(locale: Locale, ...parts: string[]): string {
  return '#/' + [locale, ...parts].map(encodeURIComponent).join('/');
}

/** The same page in another language. */
export function withLocale(path: string, locale: Locale): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length > 0 && isLocale(parts[0])) parts[0] = locale;
  else parts.unshift(locale);
  return '#/' + parts.map(encodeURIComponent).join('/');
}
