/** The calculator as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './ClvCalculator.svelte';
export { clvCodec as codec } from './codec';
export { t } from './messages';
