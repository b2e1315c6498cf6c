/** The customer value map as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { decode, type ScenarioRecord } from '../kit/scenario';
import { valueMapCodec } from './codec';
import { t } from './messages';
import { placeCompanies } from './state.svelte';

export { default as component } from './ValueMap.svelte';
export { valueMapCodec as codec } from './codec';
export { t } from './messages';

/**
 * Module 1's value-map lesson: the parcel market as it starts; the check
 * "we fix pickup so customers rate it 7" (our quality worked out from the
 * scores becomes 1.05, onto the fair-value line); and the check on the
 * laggard, which reaches the line by cutting its price to 0.85.
 */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetParcel'), record: {} },
  { name: t('presetPickup'), record: { scored: 'on', ours: '8,7,8,7' } },
  { name: t('presetLaggard'), record: { price: '1.05,1.15,0.8,0.85' } },
];

/** Our value gap, quality − price: how far below (+) or above (−) the fair-value line we sit. */
export function headline(record: ScenarioRecord) {
  const { scenario } = decode(valueMapCodec, record);
  return { label: t('headline'), value: placeCompanies(scenario)[0].valueGap, decimals: 2 };
}
