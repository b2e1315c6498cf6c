/** The Pareto curve as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { paretoCurve, topShareOnCurve } from '$core';
import { decode, type ScenarioRecord } from '../kit/scenario';
import { cdnow, generatedRevenues } from '../customers/source.svelte';
import { paretoCodec } from './codec';
import { t } from './messages';

export { default as component } from './ParetoCurve.svelte';
export { paretoCodec as codec } from './codec';
export { t } from './messages';

/**
 * Module 3's Pareto lesson: the generated shop (its top 20% bring 79.9%),
 * CDNOW's real customers (67.8%), the spread at which the generated shop
 * looks like CDNOW (1.4, 68.6%), and spread 0, where everyone spends the same
 * and the curve lies on the diagonal.
 */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetShop'), record: {} },
  { name: t('presetCdnow'), record: { data: 'cdnow' } },
  { name: t('presetLikeCdnow'), record: { spread: '1.4' } },
  { name: t('presetEven'), record: { spread: '0' } },
];

/**
 * The top 20%'s share of revenue, in percent: the "80" of 80/20, whatever point each scenario reads
 * the curve at. Undefined until CDNOW has loaded, for a scenario that uses it.
 */
export function headline(record: ScenarioRecord) {
  const { scenario } = decode(paretoCodec, record);
  const revenues = scenario.data === 'cdnow' ? cdnow.data?.revenues : generatedRevenues(scenario.spread, scenario.seed);
  if (!revenues) return undefined;
  return { label: t('headlineLab'), value: topShareOnCurve(paretoCurve(revenues), 0.2) * 100, decimals: 1 };
}
