/** The customer pyramid as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './CustomerPyramid.svelte';
export { pyramidCodec as codec } from './codec';
export { t } from './messages';
