/** The profit stack as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { profitStack } from '$core';
import { decode, type ScenarioRecord } from '../kit/scenario';
import { PRESETS, stackCodec, toStackInput } from './codec';
import { t } from './messages';

export { default as component } from './ProfitStack.svelte';
export { stackCodec as codec } from './codec';
export { t } from './messages';

/**
 * Module 6's "where value comes from" lesson: the coffee subscriber it starts
 * from (202.90 after six years), the same subscriber kept three years
 * (52.25), and the bank customer. All three are illustrations, and say so.
 */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('labPresetCoffee'), record: PRESETS.coffee },
  { name: t('labPresetShort'), record: { ...PRESETS.coffee, years: '3' } },
  { name: t('labPresetBank'), record: PRESETS.bank },
];

/** Lifetime value: the discounted profit of all six parts over the years, less the acquisition cost. */
export function headline(record: ScenarioRecord) {
  const { scenario } = decode(stackCodec, record);
  return { label: t('headline', { n: scenario.years, count: scenario.years }), value: profitStack(toStackInput(scenario)).lifetimeValue, decimals: 2 };
}
