import { getContext, setContext } from 'svelte';

export interface LessonContext {
  /** "module/lesson": knowledge-check answers are saved under it; none, and nothing is saved (slides, handouts). */
  key?: string;
  /** The instructor's handout: every check shows its answer and why each option is right or wrong. */
  answers?: boolean;
  /** The lesson page: widgets wait until they come near the screen (see LessonWidget). */
  drawWhenNear?: boolean;
}

const KEY = Symbol('lesson');

export const lessonContext = {
  set: (value: LessonContext) => setContext(KEY, value),
  get: () => getContext<LessonContext | undefined>(KEY),
};
