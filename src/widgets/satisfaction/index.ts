/** The satisfaction–loyalty chart as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { decode, type ScenarioRecord } from '../kit/scenario';
import { satisfactionCodec } from './codec';
import { t } from './messages';
import { countTypes, placeCustomers } from './state.svelte';

export { default as component } from './SatisfactionLoyalty.svelte';
export { satisfactionCodec as codec } from './codec';
export { t } from './messages';

/** Module 4's chart: five customers under intense competition, customer D made completely satisfied (5), and competition turned down to 0%. */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetIntense'), record: {} },
  { name: t('presetTopBox'), record: { s: '1.6,2.6,3.6,5,4.9' } },
  { name: t('presetNoCompetition'), record: { competition: '0' } },
];

/** How many of the customers are loyalists. */
export function headline(record: ScenarioRecord) {
  return { label: t('headlineLab'), value: countTypes(placeCustomers(decode(satisfactionCodec, record).scenario)).loyalist, decimals: 0 };
}
