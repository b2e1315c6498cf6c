/**
 * What the app keeps in localStorage, under one key holding a versioned
 * value. Reading never fails and never hides a loss: a missing value starts
 * afresh; version 1 is migrated; a damaged, truncated, wrong-shaped or newer
 * value gives what can be read, and says what could not (the store sets the
 * original aside before anything overwrites it).
 */
import { isLocale, type Locale } from '../i18n';

export const STORAGE_KEY = 'cvm-course';
/** Version 1 lived under its own key. */
export const V1_KEY = 'cvm-course:v1';
/** Where a value that could not be read in full is kept, so that nothing is lost silently. */
export const SET_ASIDE_KEY = 'cvm-course:set-aside';
export const VERSION = 2;

export type Theme = 'light' | 'dark';

/** A knowledge check as the learner answered it. */
export interface CheckAnswer {
  /** The option chosen first, and whether it was right. */
  first: number;
  firstRight?: boolean;
  /** The option chosen last. */
  last: number;
  attempts: number;
  /** The learner asked for the answer, or missed twice and was shown it. */
  revealed?: boolean;
}

/** A guess committed before a widget showed the answer. */
export interface Prediction {
  guess: number;
  answer: number;
}

export interface LessonProgress {
  /** The learner has reached the lesson's end. */
  reached?: boolean;
}

/** A scenario a learner kept in the lab, with a name. */
export interface KeptScenario {
  widget: string;
  name: string;
  /** The widget's record, without its namespace. */
  record: Record<string, string>;
  /** When it was kept, as an ISO date. */
  saved: string;
}

export interface Saved {
  version: typeof VERSION;
  locale?: Locale;
  /** Unset: follow the system. */
  theme?: Theme;
  /** Knowledge checks, by "module/lesson#check-id". */
  answers: Record<string, CheckAnswer>;
  /** Predictions, by "module/lesson#id". */
  predictions: Record<string, Prediction>;
  /** Lessons, by "module/lesson". */
  lessons: Record<string, LessonProgress>;
  /** Where the learner was last: the lesson and the section. */
  last?: { lesson: string; section?: string };
  /** Scenarios kept in the lab, by id. */
  scenarios: Record<string, KeptScenario>;
}

export type Loss =
  /** Not JSON, or cut short: nothing could be read. */
  | { kind: 'unreadable' }
  /** Saved by a newer version of the course: what this one understands was read. */
  | { kind: 'newer'; version: number }
  /** Some entries had the wrong shape and were left out. */
  | { kind: 'entries'; count: number };

export interface Read {
  saved: Saved;
  lost: Loss[];
}

export const empty = (): Saved => ({ version: VERSION, answers: {}, predictions: {}, lessons: {}, scenarios: {} });

const whole = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const KEY = /^[\w-]+\/[\w-]+$/;
const ENTRY = /^[\w-]+\/[\w-]+#[\w-]+$/;

function answerOf(value: unknown): CheckAnswer | undefined {
  if (whole(value)) return { first: value, last: value, attempts: 1 }; // version 1: the option chosen
  if (!isObject(value) || !whole(value.first) || !whole(value.last) || !whole(value.attempts) || value.attempts < 1) return undefined;
  const answer: CheckAnswer = { first: value.first, last: value.last, attempts: value.attempts };
  if (typeof value.firstRight === 'boolean') answer.firstRight = value.firstRight;
  if (value.revealed === true) answer.revealed = true;
  return answer;
}

function predictionOf(value: unknown): Prediction | undefined {
  if (!isObject(value) || !Number.isFinite(value.guess) || !Number.isFinite(value.answer)) return undefined;
  return { guess: value.guess as number, answer: value.answer as number };
}

function scenarioOf(value: unknown): KeptScenario | undefined {
  if (!isObject(value) || typeof value.widget !== 'string' || !/^[\w-]+$/.test(value.widget)) return undefined;
  if (typeof value.name !== 'string' || value.name.trim() === '' || typeof value.saved !== 'string' || !isObject(value.record)) return undefined;
  if (!Object.values(value.record).every((v) => typeof v === 'string')) return undefined;
  return { widget: value.widget, name: value.name.slice(0, 200), record: value.record as Record<string, string>, saved: value.saved };
}

function lessonOf(value: unknown): LessonProgress | undefined {
  if (!isObject(value)) return undefined;
  return value.reached === true ? { reached: true } : {};
}

/** Reads a map entry by entry, keeping what is valid and counting what is not. */
function entries<T>(value: unknown, key: RegExp, read: (v: unknown) => T | undefined, dropped: { count: number }): Record<string, T> {
  const out: Record<string, T> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    dropped.count++;
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    const item = key.test(k) ? read(v) : undefined;
    if (item === undefined) dropped.count++;
    else out[k] = item;
  }
  return out;
}

/** Reads the saved value (the current key first, else version 1's). */
export function readSaved(raw: string | null, v1: string | null = null): Read {
  const source = raw ?? v1;
  if (source === null) return { saved: empty(), lost: [] };
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return { saved: empty(), lost: [{ kind: 'unreadable' }] };
  }
  if (!isObject(data) || !whole(data.version) || data.version < 1) return { saved: empty(), lost: [{ kind: 'unreadable' }] };

  const lost: Loss[] = [];
  if (data.version > VERSION) lost.push({ kind: 'newer', version: data.version });
  const dropped = { count: 0 };
  const saved = empty();
  if (typeof data.locale === 'string' && isLocale(data.locale)) saved.locale = data.locale;
  else if (data.locale !== undefined) dropped.count++;
  if (data.theme === 'light' || data.theme === 'dark') saved.theme = data.theme;
  else if (data.theme !== undefined) dropped.count++;
  saved.answers = entries(data.answers, /./, answerOf, dropped);
  saved.predictions = entries(data.predictions, ENTRY, predictionOf, dropped);
  saved.lessons = entries(data.lessons, KEY, lessonOf, dropped);
  saved.scenarios = entries(data.scenarios, /^[\w-]+$/, scenarioOf, dropped);
  // Version 1 kept only the last lesson.
  const last = data.version === 1 ? (data.lastLesson === undefined ? undefined : { lesson: data.lastLesson }) : data.last;
  if (last !== undefined) {
    if (isObject(last) && typeof last.lesson === 'string' && KEY.test(last.lesson)) {
      saved.last = { lesson: last.lesson };
      if (typeof last.section === 'string' && last.section !== '') saved.last.section = last.section;
    } else dropped.count++;
  }
  if (dropped.count > 0) lost.push({ kind: 'entries', count: dropped.count });
  return { saved, lost };
}
