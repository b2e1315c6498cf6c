/** The value-stage ladder as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { assessValueStage, LADDER_STATEMENTS } from '$core';
import { decode, type ScenarioRecord } from '../kit/scenario';
import { ladderCodec } from './codec';
import { t } from './messages';

export { default as component } from './ValueLadder.svelte';
export { ladderCodec as codec } from './codec';
export { t } from './messages';

/** Module 2's self-assessment: the lesson's firm that answers 2, 5, 5, 5, and the same firm once it keeps its promises (4, 5, 5, 5). */
export const presets = (): { name: string; record: ScenarioRecord }[] => [
  { name: t('presetSkip'), record: { answers: '2,5,5,5' } },
  { name: t('presetKept'), record: { answers: '4,5,5,5' } },
];

/** The rungs the answers climb (0 = not yet on the ladder, 4 = customer value); undefined until every statement has an answer. */
export function headline(record: ScenarioRecord) {
  const { answers } = decode(ladderCodec, record).scenario;
  if (answers.some((a) => a === null)) return undefined;
  return { label: t('headlineLab'), value: assessValueStage(Object.fromEntries(LADDER_STATEMENTS.map((s, i) => [s.id, answers[i] as number]))).level, decimals: 0 };
}
