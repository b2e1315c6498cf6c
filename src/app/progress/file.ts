/**
 * Progress as a file, to take to another device: written with what it is,
 * read back only if it says so (and with the same forgiving reader as
 * localStorage), and merged with what is here or put in its place.
 */
import { isObject, readSaved, type Loss, type Saved } from './saved';

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
  for (const [k, kept] of Object.entries(from.scenarios)) merged.scenarios[k] ??= kept;
  merged.last ??= from.last;
  return merged;
}
