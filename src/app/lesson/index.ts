/** What a lesson file may use besides widgets. */
export { default as Notes } from './Notes.svelte';
export { default as Check } from './Check.svelte';
export { lessonContext, type LessonContext } from './context';
