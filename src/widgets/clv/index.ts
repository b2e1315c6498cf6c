/** The calculator as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { cohortLifetimeValue } from '$core';
import { decode, type ScenarioRecord } from '../kit/scenario';
import { clvCodec, toCohortInput } from './codec';
import { t } from './messages';

export { default as component } from './ClvCalculator.svelte';
export { clvCodec as codec } from './codec';
export { t } from './messages';

/**
 * Module 6's worked example, and two contrasts the lessons draw: a card
 * issuer that keeps 95% of its customers a year (module 5's MBNA case, after
 * Reichheld & Sasser), and a high-churn telecom plan. The last two are
 * illustrative numbers, and their names say so.
 */
export const presets = () => [
  { name: t('presetHughes'), record: {} },
  { name: t('presetCards'), record: { retention: '0.95', revenue: '120', cost: '0.7', cac: '80', discount: '0.1', horizon: '20' } },
  { name: t('presetTelecom'), record: { retention: '0.6', revenue: '480', cost: '0.75', cac: '150', discount: '0.12', horizon: '5' } },
];

export function headline(record: ScenarioRecord) {
  const { scenario } = decode(clvCodec, record);
  return { label: t('headline', { n: scenario.horizon, count: scenario.horizon }), value: cohortLifetimeValue(toCohortInput(scenario)).valuePerCustomer, decimals: 2 };
}
