/** The delivered-value balance as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { deliveredValue } from '$core';
import { decode, type ScenarioRecord } from '../kit/scenario';
import { deliveredCodec, toDeliveredInput } from './codec';
import { t } from './messages';

export { default as component } from './DeliveredBalance.svelte';
export { deliveredCodec as codec } from './codec';
export { t } from './messages';

/**
 * Module 1's delivered-value lesson: the garage's car service (benefit 100,
 * cost 90), and the lesson's two ways of giving the customer 10 more, the
 * price cut (money 55 → 45) and the courtesy car and booked slot (time 20 → 10).
 */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetGarage'), record: {} },
  { name: t('presetPrice'), record: { money: '45' } },
  { name: t('presetTime'), record: { time: '10' } },
];

/** Delivered value: total customer benefit − total customer cost. */
export function headline(record: ScenarioRecord) {
  const { scenario } = decode(deliveredCodec, record);
  return { label: t('headline'), value: deliveredValue(toDeliveredInput(scenario)).deliveredValue, decimals: 0 };
}
