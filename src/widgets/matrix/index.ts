/** The profitability matrix as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { decode, type ScenarioRecord } from '../kit/scenario';
import { matrixCodec, SAMPLE } from './codec';
import { t } from './messages';
import { matrixOf } from './state.svelte';

export { default as component } from './ProfitabilityMatrix.svelte';
export { matrixCodec as codec } from './codec';
export { t } from './messages';

/** The sample's places with one customer moved, as the `at` field writes them. */
const movedSample = (id: (typeof SAMPLE)[number]['id'], costToServe: number) =>
  SAMPLE.map((c) => `${c.netSalesValue}_${c.id === id ? costToServe : c.costToServe}`).join(',');

/**
 * Module 3's matrix lesson: the twelve customers with the lines at the
 * medians (three in each quadrant), the cost-to-serve line dragged to 100,
 * and the school canteens served for 20 instead of 70 (they move to develop,
 * and the median line moving with them takes the online grocer into adjust costs).
 */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetMedians'), record: {} },
  { name: t('presetCost100'), record: { cost: '100' } },
  { name: t('presetSchools'), record: { at: movedSample('schools', 20) } },
];

/** How many customers sit in the danger quadrant (low net sales value, high cost to serve). */
export function headline(record: ScenarioRecord) {
  const { scenario } = decode(matrixCodec, record);
  return { label: t('headlineLab'), value: matrixOf(scenario).quadrants.danger.count, decimals: 0 };
}
