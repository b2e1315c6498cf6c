/** The always-a-share widget as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './AlwaysAShare.svelte';
export { migrationCodec as codec } from './codec';
export { t } from './messages';
