/**
 * The customer value map's scenario: where each company sits (relative
 * perceived quality and price, 1 = the market average), and the attribute
 * scores our quality can be worked out from instead. Limits come from core's
 * CUSTOMER_VALUE_LIMITS. Starts from a parcel-delivery market of the kind Gale
 * maps (*Managing Customer Value*, 1994): a premium leader, a value player, a
 * laggard, and us.
 */
import { CUSTOMER_VALUE_LIMITS as L, fillPeriods } from '$core';
import { choiceField, listField, type Codec } from '../kit/scenario';

/** Us first, then the three competitors. */
export const COMPANIES = ['us', 'premium', 'value', 'laggard'] as const;
export type CompanyId = (typeof COMPANIES)[number];

/** The quality attributes buyers of parcel delivery weigh (the course's example, not a survey). */
export const ATTRIBUTES = ['onTime', 'tracking', 'handling', 'pickup'] as const;
export type AttributeId = (typeof ATTRIBUTES)[number];

export interface ValueMapScenario {
  /** Relative perceived quality of each company, in COMPANIES' order (ours is the placed one; see `scored`). */
  quality: number[];
  /** Relative perceived price of each company. */
  price: number[];
  /** 'on': our quality is worked out from the attribute scores below, not placed by hand. */
  scored: 'off' | 'on';
  /** Each attribute's importance to buyers. */
  weights: number[];
  /** Our score on each attribute, 1–10. */
  ours: number[];
  /** The competitors' average score on each attribute (weighted by their market shares), 1–10. */
  market: number[];
}

const position = { limits: L.relative, step: 0.01, decimals: 2, slider: false } as const;
const score = { limits: L.score, step: 0.5, slider: false } as const;
const fit = (values: number[], n: number) => fillPeriods(values, n);

export const valueMapCodec = {
  id: 'valuemap',
  fields: {
    quality: listField('quality', [1.02, 1.25, 0.9, 0.85], position, COMPANIES.length),
    price: listField('price', [1.05, 1.15, 0.8, 1.0], position, COMPANIES.length),
    scored: choiceField('scored', 'off', ['off', 'on'] as const),
    weights: listField('weights', [35, 20, 25, 20], { limits: L.weight, step: 5, slider: false }, ATTRIBUTES.length),
    ours: listField('ours', [8, 7, 8, 6], score, ATTRIBUTES.length),
    market: listField('market', [7, 7, 8, 7], score, ATTRIBUTES.length),
  },
  // Every company and every attribute has a value: a shorter list carries its last value forward.
  complete: (s: ValueMapScenario) => ({
    ...s,
    quality: fit(s.quality, COMPANIES.length),
    price: fit(s.price, COMPANIES.length),
    weights: fit(s.weights, ATTRIBUTES.length),
    ours: fit(s.ours, ATTRIBUTES.length),
    market: fit(s.market, ATTRIBUTES.length),
  }),
} satisfies Codec<ValueMapScenario>;
