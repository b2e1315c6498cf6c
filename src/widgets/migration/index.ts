/** The always-a-share widget as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { decode, type ScenarioRecord } from '../kit/scenario';
import { migrationCodec } from './codec';
import { t } from './messages';
import { computeMigration, valueOf } from './state.svelte';

export { default as component } from './AlwaysAShare.svelte';
export { migrationCodec as codec } from './codec';
export { t } from './messages';

/**
 * Module 6's measuring lesson: the office-supplies buyer (four recency states,
 * 50 / 30 / 15 / 5% chances of ordering again, margin 100, mailing 4, 10% a
 * period), the same customers read as lost-for-good, and the lesson's
 * "try this": ordering after one quiet period raised from 30% to 45%.
 */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetOffice'), record: {} },
  { name: t('presetLost'), record: { reading: 'lost' } },
  { name: t('presetWinBack'), record: { repeat: '0.5,0.45,0.15,0.05' } },
];

/** The value of a customer who just bought, in the reading the scenario chose. */
export function headline(record: ScenarioRecord) {
  const { scenario } = decode(migrationCodec, record);
  return { label: t('headlineLab'), value: valueOf(computeMigration(scenario), scenario.reading), decimals: 2 };
}
