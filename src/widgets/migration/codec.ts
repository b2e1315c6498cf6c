/**
 * The always-a-share widget's scenario: recency states, the chance of buying
 * again from each, the margin of a purchase, the cost of mailing each state,
 * the discount rate, how far ahead to look, and whether lapsed customers may
 * come back (always-a-share) or are gone (lost-for-good). Limits from core's
 * MIGRATION_LIMITS.
 */
import { fillPeriods, MIGRATION_LIMITS as L } from '$core';
import { choiceField, listField, numberField, type Codec } from '../kit/scenario';

export type Reading = 'share' | 'lost';

export interface MigrationScenario {
  states: number;
  /** p_k, one per state: the chance a customer last seen k − 1 periods ago buys this period. */
  repeat: number[];
  /** Margin of one purchase. */
  margin: number;
  /** Cost of one mailing to a customer in each state (0: not mailed). */
  mailing: number[];
  discountRate: number;
  /** Periods ahead for the distribution over states. */
  periods: number;
  /** How lapsed customers are read: they may come back, or one lapse and they are gone. */
  reading: Reading;
}

/** A per-state list exactly as long as the number of states: cut, or filled with its last value. */
export const fitToStates = (values: number[], states: number) => fillPeriods(values, states);

export const migrationCodec = {
  id: 'migration',
  fields: {
    states: numberField('states', 4, { limits: L.states, step: 1 }),
    repeat: listField('repeat', [0.5, 0.3, 0.15, 0.05], { limits: L.repeatProbability, percent: true, step: 1 }, L.states.max),
    margin: numberField('margin', 100, { limits: L.margin, step: 5, slider: { max: 500 } }),
    mailing: listField('mailing', [4, 4, 4, 4], { limits: L.mailingCost, step: 0.5, slider: false }, L.states.max),
    discountRate: numberField('discount', 0.1, { limits: L.discountRate, percent: true, step: 0.5, slider: { max: 50 } }),
    periods: numberField('periods', 12, { limits: L.periods, step: 1, slider: { max: 40 } }),
    reading: choiceField<Reading>('reading', 'share', ['share', 'lost']),
  },
  complete: (s: MigrationScenario) => ({ ...s, repeat: fitToStates(s.repeat, s.states), mailing: fitToStates(s.mailing, s.states) }),
} satisfies Codec<MigrationScenario>;

/** The model's rewards: a customer in state 1 has just bought (the margin), and every state mailed costs its mailing. */
export function rewardsOf(s: MigrationScenario, reading: Reading = s.reading): number[] {
  return s.repeat.map((_, k) => (k === 0 ? s.margin : 0) - (reading === 'lost' && k > 0 ? 0 : s.mailing[k]));
}
