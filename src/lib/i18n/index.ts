export * from './locale.svelte';
export * from './translate';
export * from './format';
