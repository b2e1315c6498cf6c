/** The customer pyramid as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { decode, type ScenarioRecord } from '../kit/scenario';
import { cdnow, generatedRevenues } from '../customers/source.svelte';
import { pyramidCodec } from './codec';
import { t } from './messages';
import { tiersOf } from './state.svelte';

export { default as component } from './CustomerPyramid.svelte';
export { pyramidCodec as codec } from './codec';
export { t } from './messages';

/**
 * Module 3's pyramid lesson: CDNOW cut into Curry's 1 / 4 / 15 / 80 (its VIP
 * tier brings 15.9% of revenue), the generated shop (20.5%), and the check's
 * other move, 1% of CDNOW's medium customers stepping up to large.
 */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetCdnow'), record: { data: 'cdnow' } },
  { name: t('presetShop'), record: {} },
  { name: t('presetMedium'), record: { data: 'cdnow', moveFrom: 'third' } },
];

/** The top tier's share of revenue, in percent. Undefined until CDNOW has loaded, for a scenario that uses it. */
export function headline(record: ScenarioRecord) {
  const { scenario } = decode(pyramidCodec, record);
  const revenues = scenario.data === 'cdnow' ? cdnow.data?.revenues : generatedRevenues(scenario.spread, scenario.seed);
  if (!revenues) return undefined;
  return { label: t('headlineLab'), value: tiersOf(revenues, scenario)[0].revenueShare * 100, decimals: 1 };
}
