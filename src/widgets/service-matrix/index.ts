/** The importance–performance matrix as the registry loads it: its component, scenario codec, messages, the course's scenarios and its headline. */
import { assessImportancePerformance } from '$core';
import { decode, type ScenarioRecord } from '../kit/scenario';
import { serviceMatrixCodec, toAttributes, withSurveyRatings } from './codec';
import { t, type ServiceMatrixMessage } from './messages';
import { CHANNELS } from './segments';

export { default as component } from './ServiceMatrix.svelte';
export { serviceMatrixCodec as codec } from './codec';
export { t } from './messages';

/** Each of the insurer's channels with its survey ratings (illustrative, as the lessons say), the corridor at ±0.5. */
export const presets = () => CHANNELS.map((c) => ({ name: t(`segment.${c}` as ServiceMatrixMessage), record: withSurveyRatings({ segment: c }) }));

/** What comparing two scenarios subtracts: how many attributes sit outside the corridor. */
export function headline(record: ScenarioRecord) {
  const { scenario } = decode(serviceMatrixCodec, withSurveyRatings(record));
  const { shiftFrom, shiftTo } = assessImportancePerformance(toAttributes(scenario), { corridorHalfWidth: scenario.tolerance });
  return { label: t('headline'), value: shiftFrom.length + shiftTo.length, decimals: 0 };
}
