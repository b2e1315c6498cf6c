/** The retention simulator as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { cohortProfit, InvalidInputError, retentionUplift } from '$core';
import { decode, partialRecord, type ScenarioRecord } from '../kit/scenario';
import { CREDIT_CARD_CASE, HIGH_END_FITTED, REGULAR_FITTED, retentionCodec, toUpliftInput } from './codec';
import { t } from './messages';
import { project } from './state.svelte';

export { default as component } from './RetentionSimulator.svelte';
export { retentionCodec as codec } from './codec';
export { t } from './messages';

/**
 * Module 5's lessons: the simulator's own example (80% retention over 10
 * years); MBNA's credit-card case, defection halved from 10% to 5% (Reichheld
 * & Sasser, 1990; profit per cardholder illustrative); and Fader & Hardie's
 * (2007) regular and high-end customers, fitted on years 0–7 by the sBG.
 */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('labPresetExample'), record: {} },
  { name: t('preset'), record: partialRecord(retentionCodec, CREDIT_CARD_CASE) },
  { name: t('presetRegular'), record: partialRecord(retentionCodec, { view: 'sbg', survivors: [...REGULAR_FITTED] }) },
  { name: t('presetHighEnd'), record: partialRecord(retentionCodec, { view: 'sbg', survivors: [...HIGH_END_FITTED] }) },
];

/**
 * One retention rate: the cohort's discounted profit over the years followed, the extra points included.
 * The sBG view: the customers the sBG projects in the last year projected to.
 */
export function headline(record: ScenarioRecord) {
  const { scenario: s } = decode(retentionCodec, record);
  if (s.view === 'sbg') {
    const fit = project(s.survivors, s.projectTo, false);
    if (fit instanceof InvalidInputError) return undefined;
    const last = fit.years[fit.years.length - 1];
    return { label: t('labHeadlineSbg', { year: last.year }), value: last.sbg, decimals: 0, measure: 'customers' };
  }
  const after = retentionUplift(toUpliftInput(s)).after.retention;
  return { label: t('headline', { n: s.years, count: s.years }), value: cohortProfit({ ...toUpliftInput(s), retention: after }).total, decimals: 0, measure: 'profit' };
}
