/** The Pareto curve as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './ParetoCurve.svelte';
export { paretoCodec as codec } from './codec';
export { t } from './messages';
