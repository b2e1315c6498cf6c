/** The loyalty-type matrix as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './LoyaltyTypes.svelte';
export { loyaltyTypesCodec as codec } from './codec';
export { t } from './messages';
