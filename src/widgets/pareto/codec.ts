/**
 * The Pareto curve's scenario: whose customers (a generated shop or CDNOW)
 * and the point the learner reads the curve at, the top `top` of customers.
 * Limits come from core (CONCENTRATION_LIMITS, SPEND_LIMITS).
 */
import { CONCENTRATION_LIMITS } from '$core';
import { numberField, type Codec } from '../kit/scenario';
import { sourceFields, type Source } from '../customers/source.svelte';

export interface ParetoScenario {
  data: Source;
  spread: number;
  seed: number;
  /** The share of customers, largest first, at which the curve is read. */
  top: number;
}

export const paretoCodec = {
  id: 'pareto',
  fields: {
    ...sourceFields(),
    top: numberField('top', 0.2, { limits: CONCENTRATION_LIMITS.share, percent: true, step: 1 }),
  },
} satisfies Codec<ParetoScenario>;

/** The shares of customers the table always lists, besides the learner's point. */
export const TABLE_SHARES = [0.01, 0.05, 0.1, 0.2, 0.5] as const;
