/** The CVM process cycle as the registry loads it: its component, scenario codec and messages. */
export { default as component } from './CvmCycle.svelte';
export { cvmCycleCodec as codec } from './codec';
export { t } from './messages';
