/**
 * The learner's progress and preferences, reactive and written through to
 * localStorage. What could not be read is set aside before anything
 * overwrites it, and said in a notice; where storage is full or turned off,
 * progress lives in memory for the visit, and a notice says so.
 */
import { untrack } from 'svelte';
import { readSaved, SET_ASIDE_KEY, STORAGE_KEY, V1_KEY, type Loss, type Saved } from './saved';

export const status = $state<{ lost: Loss[]; memoryOnly: boolean }>({ lost: [], memoryOnly: false });

function load(): Saved {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const v1 = localStorage.getItem(V1_KEY);
    const { saved, lost } = readSaved(raw, v1);
    status.lost = lost;
    if (lost.length > 0) localStorage.setItem(SET_ASIDE_KEY, (raw ?? v1)!);
    return saved;
  } catch {
    status.memoryOnly = true; // storage blocked (private mode, policy): run without saving
    return readSaved(null).saved;
  }
}

export const progress = $state<Saved>(load());

/** Writes progress through; reading it here never makes the caller's effect depend on it. */
export function save(): void {
  try {
    localStorage.setItem(STORAGE_KEY, untrack(() => JSON.stringify(progress)));
    localStorage.removeItem(V1_KEY);
  } catch {
    status.memoryOnly = true; // full or blocked: progress lasts for this visit only
  }
}

/** Replaces the whole progress (an import, a reset). */
export function replace(next: Saved): void {
  Object.assign(progress, next);
  for (const key of Object.keys(progress) as (keyof Saved)[]) if (!(key in next)) delete progress[key];
  save();
}

/** Checks of a lesson answered, and right at the first try; only checks the lesson still has count. */
export function checksOf(lessonKey: string, ids: readonly string[]): { answered: number; right: number } {
  const answers = ids.map((id) => progress.answers[`${lessonKey}#${id}`]).filter(Boolean);
  return { answered: answers.length, right: answers.filter((a) => a.firstRight).length };
}

/** A lesson is done when the learner has reached its end and answered every one of its checks. */
export function lessonDone(lessonKey: string, checkIds: readonly string[]): boolean {
  return progress.lessons[lessonKey]?.reached === true && checksOf(lessonKey, checkIds).answered === checkIds.length;
}
