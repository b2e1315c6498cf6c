/**
 * Hash routes, so the built app works on any static host and from any folder:
 * #/en, #/en/clv, #/en/clv/four-steps, #/en/clv/four-steps/<section>,
 * #/en/lab, #/en/lab/clv, #/en/widgets; a lesson as slides at
 * #/en/present/clv/four-steps/3 (its presenter window at #/en/presenter/…)
 * and as a handout at #/en/handout/clv/four-steps (…/instructor with notes
 * and answers); with an optional ?query that holds the widgets' scenarios.
 * Letter case and trailing slashes do not matter.
 */
import { isLocale, type Locale } from './i18n';

export type Route =
  | { kind: 'root' }
  | { kind: 'home'; locale: Locale }
  | { kind: 'lab'; locale: Locale; widget?: string }
  | { kind: 'gallery'; locale: Locale }
  | { kind: 'glossary'; locale: Locale; term?: string }
  | { kind: 'report'; locale: Locale }
  | { kind: 'module'; locale: Locale; module: string }
  | { kind: 'lesson'; locale: Locale; module: string; lesson: string; section?: string }
  /** A lesson as slides: the room's window, or the presenter's. `slide` counts from 1. */
  | { kind: 'present'; locale: Locale; module: string; lesson: string; slide: number; view: 'audience' | 'presenter' }
  | { kind: 'handout'; locale: Locale; module: string; lesson: string; version: 'trainee' | 'instructor' }
  | { kind: 'not-found'; locale: Locale; path: string };

export interface Location {
  route: Route;
  /** The path as the app writes it: lower case, no trailing slash. */
  path: string;
  query: URLSearchParams;
  /** A language code in the address that the course does not have ("fr"); the page is shown in English. */
  unknownLocale?: string;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const [pathPart, queryPart = ''] = raw.split(/\?(.*)/s, 2);
  const query = new URLSearchParams(queryPart);
  const parts = pathPart.split('/').filter(Boolean).map((p) => decode(p).toLowerCase());
  if (parts.length === 0) return { route: { kind: 'root' }, path: '/', query };
  const [first, ...rest] = parts;
  // "#/en-gb/…" and "#/zh-tw/…" are our English and Chinese.
  const locale = first.split('-')[0];
  if (isLocale(locale)) return { route: routeOf(locale, rest), path: pathOf([locale, ...rest]), query };
  // "#/fr/clv" names a language the course lacks: the English page, with a notice. "#/clv" names none: English too.
  if (isLanguage(first)) return { route: routeOf('en', rest), path: pathOf(['en', ...rest]), query, unknownLocale: first };
  return { route: routeOf('en', parts), path: pathOf(['en', ...parts]), query };
}

const languages = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

function isLanguage(code: string): boolean {
  try {
    return languages.of(code) !== undefined;
  } catch {
    return false; // not even shaped like a language tag
  }
}

const pathOf = (parts: string[]) => '/' + parts.join('/');

function routeOf(locale: Locale, rest: string[]): Route {
  if ((rest[0] === 'present' || rest[0] === 'presenter') && (rest.length === 3 || rest.length === 4)) {
    const slide = rest.length === 4 ? Number(rest[3]) : 1;
    if (Number.isInteger(slide) && slide >= 1) {
      return { kind: 'present', locale, module: rest[1], lesson: rest[2], slide, view: rest[0] === 'present' ? 'audience' : 'presenter' };
    }
  }
  if (rest[0] === 'handout' && (rest.length === 3 || (rest.length === 4 && rest[3] === 'instructor'))) {
    return { kind: 'handout', locale, module: rest[1], lesson: rest[2], version: rest[3] ? 'instructor' : 'trainee' };
  }
  if (rest[0] === 'lab' && rest.length <= 2) return { kind: 'lab', locale, widget: rest[1] };
  if (rest[0] === 'widgets' && rest.length === 1) return { kind: 'gallery', locale };
  if (rest[0] === 'glossary' && rest.length <= 2) return { kind: 'glossary', locale, term: rest[1] };
  if (rest[0] === 'report' && rest.length === 1) return { kind: 'report', locale };
  switch (rest.length) {
    case 0:
      return { kind: 'home', locale };
    case 1:
      return { kind: 'module', locale, module: rest[0] };
    case 2:
    case 3:
      return { kind: 'lesson', locale, module: rest[0], lesson: rest[1], section: rest[2] };
    default:
      return { kind: 'not-found', locale, path: pathOf([locale, ...rest]) };
  }
}

/**
 * The page a location shows, apart from its language and section: a page's
 * scenarios and scroll position are kept under it, so that they survive a
 * change of language and a visit to the next lesson and back.
 */
export function pageKey(route: Route): string {
  switch (route.kind) {
    case 'lesson':
      return `lesson/${route.module}/${route.lesson}`;
    case 'present':
      return `${route.view}/${route.module}/${route.lesson}`;
    case 'handout':
      return `handout/${route.module}/${route.lesson}/${route.version}`;
    case 'module':
      return `module/${route.module}`;
    case 'lab':
      return `lab/${route.widget ?? ''}`;
    case 'glossary':
      return 'glossary';
    case 'not-found':
      return `not-found${route.path}`;
    default:
      return route.kind;
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
