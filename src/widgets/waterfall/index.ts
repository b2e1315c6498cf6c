/** The profitability waterfall as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './ProfitabilityWaterfall.svelte';
export { waterfallCodec as codec } from './codec';
export { t } from './messages';
