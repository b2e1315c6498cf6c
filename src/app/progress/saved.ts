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

export const empty = (): Saved => ({ version: VERSION, answers: {}, predictions: {}, lessons: {} });

const whole = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
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

/** A progress file, as exported: the saved value, and what it is. */
export const FILE_KIND = 'cvm-course-progress';

export function toFile(saved: Saved): string {
  return JSON.stringify({ kind: FILE_KIND, saved }, null, 2);
}

export type FileRead = { ok: true; saved: Saved; lost: Loss[] } | { ok: false; reason: 'not-json' | 'not-progress' };

/** Reads an exported file; it must say it is a progress file, or nothing is taken from it. */
export function fromFile(text: string): FileRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isObject(data) || data.kind !== FILE_KIND || !isObject(data.saved)) return { ok: false, reason: 'not-progress' };
  const { saved, lost } = readSaved(JSON.stringify(data.saved));
  if (lost.some((l) => l.kind === 'unreadable')) return { ok: false, reason: 'not-progress' };
  return { ok: true, saved, lost };
}

/** Merges two progresses: for each check, prediction and lesson, the one with more done wins; settings from `into`. */
export function mergeSaved(into: Saved, from: Saved): Saved {
  const merged: Saved = structuredClone(into);
  for (const [k, a] of Object.entries(from.answers)) {
    const b = merged.answers[k];
    if (!b || a.attempts > b.attempts) merged.answers[k] = a;
  }
  for (const [k, p] of Object.entries(from.predictions)) merged.predictions[k] ??= p;
  for (const [k, l] of Object.entries(from.lessons)) merged.lessons[k] = merged.lessons[k]?.reached || l.reached ? { reached: true } : {};
  merged.last ??= from.last;
  return merged;
}
