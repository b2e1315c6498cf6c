import { getContext, setContext } from 'svelte';

export interface LessonContext {
  /** "module/lesson": knowledge-check answers are saved under it. */
  key: string;
}

const KEY = Symbol('lesson');

export const lessonContext = {
  set: (value: LessonContext) => setContext(KEY, value),
  get: () => getContext<LessonContext | undefined>(KEY),
};
