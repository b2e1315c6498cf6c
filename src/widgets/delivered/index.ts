/** The delivered-value balance as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './DeliveredBalance.svelte';
export { deliveredCodec as codec } from './codec';
export { t } from './messages';
