/** The strategy map as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './StrategyMap.svelte';
export { strategyMapCodec as codec } from './codec';
export { t } from './messages';
