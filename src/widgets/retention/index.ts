/** The retention simulator as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './RetentionSimulator.svelte';
export { retentionCodec as codec } from './codec';
export { t } from './messages';
