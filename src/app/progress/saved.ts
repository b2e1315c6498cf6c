/**
 * What the app keeps in localStorage, under one versioned key. Reading is
 * forgiving: a missing, old or corrupted value gives what could be salvaged,
 * and never an error. Version 1 (one chosen option per check) is migrated.
 */
import { isLocale, type Locale } from '../i18n';

export const STORAGE_KEY = 'cvm-course';
/** Version 1 lived under its own key. */
export const V1_KEY = 'cvm-course:v1';

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

export interface Saved {
  version: 2;
  locale?: Locale;
  /** Unset: follow the system. */
  theme?: Theme;
  /** Knowledge checks, by "module/lesson#check-id". */
  answers: Record<string, CheckAnswer>;
  /** The last lesson opened, as "module/lesson", to resume from. */
  lastLesson?: string;
}

export const empty = (): Saved => ({ version: 2, answers: {} });

const whole = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function answerOf(value: unknown): CheckAnswer | undefined {
  if (whole(value)) return { first: value, last: value, attempts: 1 }; // version 1: the option chosen
  if (!value || typeof value !== 'object') return undefined;
  const a = value as Record<string, unknown>;
  if (!whole(a.first) || !whole(a.last) || !whole(a.attempts) || a.attempts < 1) return undefined;
  const answer: CheckAnswer = { first: a.first, last: a.last, attempts: a.attempts };
  if (typeof a.firstRight === 'boolean') answer.firstRight = a.firstRight;
  if (a.revealed === true) answer.revealed = true;
  return answer;
}

/** Reads the saved value (current key first, then version 1's). */
export function readSaved(raw: string | null, v1: string | null = null): Saved {
  const source = raw ?? v1;
  if (!source) return empty();
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return empty();
  }
  if (!data || typeof data !== 'object') return empty();
  const d = data as Record<string, unknown>;
  if (d.version !== 1 && d.version !== 2) return empty();
  const saved = empty();
  if (typeof d.locale === 'string' && isLocale(d.locale)) saved.locale = d.locale;
  if (d.theme === 'light' || d.theme === 'dark') saved.theme = d.theme;
  if (typeof d.lastLesson === 'string' && /^[\w-]+\/[\w-]+$/.test(d.lastLesson)) saved.lastLesson = d.lastLesson;
  if (d.answers && typeof d.answers === 'object') {
    for (const [key, value] of Object.entries(d.answers)) {
      const answer = answerOf(value);
      if (answer) saved.answers[key] = answer;
    }
  }
  return saved;
}
