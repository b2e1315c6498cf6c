/** The satisfaction–loyalty chart as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './SatisfactionLoyalty.svelte';
export { satisfactionCodec as codec } from './codec';
export { t } from './messages';
