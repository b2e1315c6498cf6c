/** Progress in numbers, per module and for the course: lessons done, checks answered and right at the first try. */
import type { Module } from '../content/course';
import { checksOf, lessonDone } from './store.svelte';

export interface ProgressSummary {
  lessons: number;
  done: number;
  checks: number;
  answered: number;
  right: number;
}

export function summarise(modules: readonly Module[]): ProgressSummary {
  const total: ProgressSummary = { lessons: 0, done: 0, checks: 0, answered: 0, right: 0 };
  for (const lesson of modules.flatMap((m) => m.lessons)) {
    const checks = checksOf(lesson.key, lesson.checks);
    total.lessons++;
    total.done += lessonDone(lesson.key, lesson.checks) ? 1 : 0;
    total.checks += lesson.checks.length;
    total.answered += checks.answered;
    total.right += checks.right;
  }
  return total;
}

/** Forgets a set of lessons: their checks, predictions and where the learner was in them. */
export function forget(saved: { answers: Record<string, unknown>; predictions: Record<string, unknown>; lessons: Record<string, unknown>; last?: { lesson: string } }, lessonKeys: readonly string[]): void {
  const keys = new Set(lessonKeys);
  const inLesson = (entry: string) => keys.has(entry.split('#')[0]);
  for (const map of [saved.answers, saved.predictions, saved.lessons]) for (const k of Object.keys(map)) if (inLesson(k)) delete map[k];
  if (saved.last && keys.has(saved.last.lesson)) delete saved.last;
}
