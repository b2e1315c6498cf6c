/**
 * The matrix's scenario: the channel shown, its ratings (importance, our
 * performance, the main competitor's, one per attribute) and the corridor's
 * half-width. Ranges come from core's SERVICE_MATRIX_LIMITS. A record that
 * names a channel but not its ratings gets that channel's survey ratings, so
 * `?service-matrix.segment=brokers` shows the brokers' matrix.
 */
import { SERVICE_MATRIX_LIMITS as L, type ServiceAttribute } from '$core';
import { choiceField, listField, numberField, type Codec, type ListField, type ScenarioRecord } from '../kit/scenario';
import { ATTRIBUTES, CHANNELS, SURVEY, type Channel, type Ratings } from './segments';

export interface ServiceMatrixScenario extends Ratings {
  segment: Channel;
  /** Half-width of the target corridor: performance may sit this far from importance and still be on target. */
  tolerance: number;
}

export const RATING_SPEC = { limits: L.rating, step: 0.1, decimals: 1, slider: false } as const;

/** Exactly one rating per attribute. */
function ratingsField(key: string, value: number[]): ListField {
  const field = listField(key, value, RATING_SPEC, ATTRIBUTES.length);
  return { ...field, read: (raw) => { const v = field.read(raw); return v && v.length === ATTRIBUTES.length ? v : undefined; } };
}

const start: Channel = 'service-centres';

export const serviceMatrixCodec = {
  id: 'service-matrix',
  fields: {
    segment: choiceField('segment', start, CHANNELS),
    importance: ratingsField('importance', SURVEY[start].importance),
    performance: ratingsField('performance', SURVEY[start].performance),
    competitor: ratingsField('competitor', SURVEY[start].competitor),
    tolerance: numberField('tolerance', 0.5, { limits: L.corridorHalfWidth, step: 0.25, decimals: 2, slider: { max: 2 } }),
  },
} satisfies Codec<ServiceMatrixScenario>;

const RATING_KEYS = ['importance', 'performance', 'competitor'] as const;

/** A record that names a valid channel but leaves out ratings: the channel's survey fills them in. */
export function withSurveyRatings(record: ScenarioRecord): ScenarioRecord {
  const segment = record.segment === undefined ? undefined : serviceMatrixCodec.fields.segment.read(record.segment);
  if (!segment) return record;
  const filled = { ...record };
  for (const key of RATING_KEYS) {
    if (!(key in filled)) filled[key] = serviceMatrixCodec.fields[key].write(SURVEY[segment][key]);
  }
  return filled;
}

/** What core's matrix reads: one attribute a row. */
export function toAttributes(s: Ratings): ServiceAttribute[] {
  return ATTRIBUTES.map((id, i) => ({ id, importance: s.importance[i], performance: s.performance[i], competitorPerformance: s.competitor[i] }));
}
