/** The learner's saved progress and preferences, reactive and written through to localStorage. */
import { readSaved, STORAGE_KEY, type Saved } from './saved';

function load(): Saved {
  try {
    return readSaved(localStorage.getItem(STORAGE_KEY));
  } catch {
    return readSaved(null); // storage blocked (private mode, policy): run without saving
  }
}

export const progress = $state<Saved>(load());

export function save(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or blocked: progress lasts for this visit only.
  }
}
