/** What a lesson file may use besides widgets. */
export { default as Notes } from './Notes.svelte';
export { default as Check } from './Check.svelte';
export { default as Predict } from './Predict.svelte';
export { default as Term } from './Term.svelte';
export { default as LessonWidget } from './LessonWidget.svelte';
export { lessonContext, type LessonContext } from './context';
