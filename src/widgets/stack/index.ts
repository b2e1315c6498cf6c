/** The profit stack as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './ProfitStack.svelte';
export { stackCodec as codec } from './codec';
export { t } from './messages';
