/** The profitability waterfall as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { profitabilityWaterfall } from '$core';
import { decode, type ScenarioRecord } from '../kit/scenario';
import { waterfallCodec } from './codec';
import { t } from './messages';

export { default as component } from './ProfitabilityWaterfall.svelte';
export { waterfallCodec as codec } from './codec';
export { t } from './messages';

/**
 * Module 3's customer-profitability lesson: the food maker's two customers
 * (A nets 25 of its 300 gross profit, B 70 of its 180), and the lesson's two
 * things to try on A: distribution and service from 110 to 40 (A nets 95) and
 * discounts from 180 to 250 (A loses 45).
 */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetA'), record: {} },
  { name: t('presetB'), record: { customer: 'b' } },
  { name: t('presetACheaper'), record: { a: '1000,180,520,90,40,40,35' } },
  { name: t('presetADiscount'), record: { a: '1000,250,520,90,110,40,35' } },
];

/** The net customer profit of the customer the scenario shows, in thousands. */
export function headline(record: ScenarioRecord) {
  const { scenario } = decode(waterfallCodec, record);
  return { label: t('headlineLab'), value: profitabilityWaterfall(scenario[scenario.customer]).netProfit, decimals: 0 };
}
