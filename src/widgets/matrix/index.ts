/** The profitability matrix as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './ProfitabilityMatrix.svelte';
export { matrixCodec as codec } from './codec';
export { t } from './messages';
