import { getContext, setContext } from 'svelte';

export interface LessonContext {
  /** "module/lesson": knowledge-check answers are saved under it; none, and nothing is saved (slides, handouts). */
  key?: string;
  /** The instructor's handout: every check shows its answer and why each option is right or wrong. */
  answers?: boolean;
  /** Widgets wait to be drawn (see LessonWidget): on the lesson page until they come near the screen, on slides until their slide is shown. */
  drawWhen?: 'near' | 'shown';
  /** Called when a widget that waited has been drawn (the presenter's console then lists its presets). */
  ondraw?: () => void;
}

const KEY = Symbol('lesson');

export const lessonContext = {
  set: (value: LessonContext) => setContext(KEY, value),
  get: () => getContext<LessonContext | undefined>(KEY),
};
