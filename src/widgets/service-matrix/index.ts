/** The importance–performance matrix as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './ServiceMatrix.svelte';
export { serviceMatrixCodec as codec } from './codec';
export { t } from './messages';
