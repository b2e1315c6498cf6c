/** The customer value map as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './ValueMap.svelte';
export { valueMapCodec as codec } from './codec';
export { t } from './messages';
