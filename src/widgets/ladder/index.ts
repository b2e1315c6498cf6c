/** The value-stage ladder as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './ValueLadder.svelte';
export { ladderCodec as codec } from './codec';
export { t } from './messages';
