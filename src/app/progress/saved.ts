/**
 * What the app keeps in localStorage, under one versioned key. Reading is
 * forgiving: a missing, old or corrupted value gives what could be salvaged,
 * and never an error.
 */
import { isLocale, type Locale } from '../i18n/index.svelte';

export const STORAGE_KEY = 'cvm-course:v1';

export type Theme = 'light' | 'dark';

export interface Saved {
  version: 1;
  locale?: Locale;
  theme?: Theme;
  /** Answers to knowledge checks: "module/lesson#check-id" → chosen option. */
  answers: Record<string, number>;
  /** The last lesson opened, as "module/lesson", to resume from. */
  lastLesson?: string;
}

export const empty = (): Saved => ({ version: 1, answers: {} });

export function readSaved(raw: string | null): Saved {
  if (!raw) return empty();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return empty();
  }
  if (!data || typeof data !== 'object' || (data as { version?: unknown }).version !== 1) return empty();
  const d = data as Record<string, unknown>;
  const saved = empty();
  if (typeof d.locale === 'string' && isLocale(d.locale)) saved.locale = d.locale;
  if (d.theme === 'light' || d.theme === 'dark') saved.theme = d.theme;
  if (typeof d.lastLesson === 'string' && /^[\w-]+\/[\w-]+$/.test(d.lastLesson)) saved.lastLesson = d.lastLesson;
  if (d.answers && typeof d.answers === 'object') {
    for (const [key, value] of Object.entries(d.answers)) {
      if (Number.isInteger(value) && (value as number) >= 0) saved.answers[key] = value as number;
    }
  }
  return saved;
}
