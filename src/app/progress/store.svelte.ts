/** The learner's saved progress and preferences, reactive and written through to localStorage. */
import { readSaved, STORAGE_KEY, V1_KEY, type Saved } from './saved';

function load(): Saved {
  try {
    return readSaved(localStorage.getItem(STORAGE_KEY), localStorage.getItem(V1_KEY));
  } catch {
    return readSaved(null); // storage blocked (private mode, policy): run without saving
  }
}

export const progress = $state<Saved>(load());

export function save(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
    localStorage.removeItem(V1_KEY);
  } catch {
    // Storage full or blocked: progress lasts for this visit only.
  }
}

/** Checks of a lesson answered, and right at the first try; only checks the lesson still has count. */
export function checksOf(lessonKey: string, ids: readonly string[]): { answered: number; right: number } {
  const answers = ids.map((id) => progress.answers[`${lessonKey}#${id}`]).filter(Boolean);
  return { answered: answers.length, right: answers.filter((a) => a.firstRight).length };
}
