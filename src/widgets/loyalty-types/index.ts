/** The loyalty-type matrix as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { dickBasuFromAnswers } from '$core';
import { decode, type ScenarioRecord } from '../kit/scenario';
import { loyaltyTypesCodec } from './codec';
import { t } from './messages';

export { default as component } from './LoyaltyTypes.svelte';
export { loyaltyTypesCodec as codec } from './codec';
export { t } from './messages';

/** Module 4's kiosk regular (spurious loyalty), and the same regular once she rates the kiosk clearly the best and would recommend it if asked (true loyalty). */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetKiosk'), record: {} },
  { name: t('presetPrefers'), record: { compare: '3', recommend: '2' } },
];

/** The relative-attitude score, in percent: what separates true from spurious loyalty at the same buying. */
export function headline(record: ScenarioRecord) {
  return { label: t('headlineLab'), value: dickBasuFromAnswers(decode(loyaltyTypesCodec, record).scenario).relativeAttitude * 100, decimals: 0 };
}
