/**
 * What customer value is (module 1): value as quality relative to price, and
 * value as benefit less cost.
 *
 * Sources:
 * - Customer value map: B. T. Gale, *Managing Customer Value* (1994). Quality
 *   and price are each a ratio to the market (1 = market average); the
 *   diagonal y = x is the fair-value line; an offer below-right of it gives
 *   better value and gains market share, one above-left of it loses share.
 * - Customer delivered value: P. Kotler, *Marketing Management* — total
 *   customer benefit (product, service, personnel, image) less total customer
 *   cost (money, time, energy, psychic).
 */
import { atLeast, exactLength, finiteResult, greaterThan, InvalidInputError, list, type Limits } from './validate';

export interface RelativeScoreInput {
  /** Importance of each attribute to buyers, ≥ 0 and not all 0; any scale (they need not sum to 1 or 100). */
  weights: readonly number[];
  /** Our score on each attribute, > 0. */
  ours: readonly number[];
  /** Competitors' score on each attribute, > 0 (for several competitors, their market-share-weighted average). */
  competitors: readonly number[];
}

export interface ProfileAttribute {
  weight: number;
  /** The attribute's share of the total weight, 0–1. */
  share: number;
  ours: number;
  competitors: number;
  /** ours ÷ competitors on this attribute: above 1, we are ahead on it. */
  ratio: number;
  /** share × ratio: what this attribute adds to the overall ratio. */
  contribution: number;
}

export interface QualityProfile {
  attributes: ProfileAttribute[];
  /** Σ share × ratio: the market-perceived quality ratio. 1 means on a par with the market. */
  ratio: number;
}

/**
 * Gale's market-perceived quality profile (*Managing Customer Value*, 1994):
 * for each attribute, our score ÷ competitors' score, weighted by the
 * attribute's importance; the weighted ratios add up to the overall ratio.
 *
 * Why ratios first and then weights (Σw·(ours/theirs) ÷ Σw), not the ratio of
 * the two weighted totals (Σw·ours ÷ Σw·theirs): that is how Gale's profiles
 * are worked, and it lets each attribute's row say how far ahead or behind we
 * are on it, so the rows add up to the answer. The two differ a little when
 * the scores differ a lot between attributes (40/35/25 with 8/7/9 against
 * 7/7/6: 1.1821 here, 1.1704 as a ratio of totals).
 */
export function qualityProfile(input: RelativeScoreInput): QualityProfile {
  const weights = list('weights', input.weights, (f, v) => atLeast(f, v, 0));
  const positive = (f: string, v: unknown) => greaterThan(f, v, 0);
  const ours = exactLength('ours', input.ours, weights.length, positive);
  const competitors = exactLength('competitors', input.competitors, weights.length, positive);
  const weightTotal = finiteResult('weights', weights.reduce((s, w) => s + w, 0));
  if (weightTotal === 0) throw new InvalidInputError('weights', { kind: 'min', min: 0, inclusive: false });
  const attributes = weights.map((weight, i) => {
    const share = weight / weightTotal;
    const ratio = finiteResult(`ours[${i}]`, ours[i] / competitors[i]);
    return { weight, share, ours: ours[i], competitors: competitors[i], ratio, contribution: share * ratio };
  });
  // Σw·ratio ÷ Σw rather than Σ share·ratio: equal scores then give exactly 1. Each term is bounded by Σw·max ratio.
  const weighted = finiteResult('ours', attributes.reduce((s, a) => s + a.weight * a.ratio, 0));
  return { attributes, ratio: weighted / weightTotal };
}

/**
 * Relative perceived quality (from scores of quality attributes) or relative
 * perceived price (from scores of price attributes, where a higher score means
 * a higher price): the overall ratio of Gale's profile. 1 means on a par with the market.
 */
export function relativeScore(input: RelativeScoreInput): number {
  return qualityProfile(input).ratio;
}

/**
 * The ranges the course's widgets let a learner set, and the range the value
 * map shows. The models themselves accept any positive ratio or score.
 */
export const CUSTOMER_VALUE_LIMITS = {
  /** Relative perceived quality or price on the map: half the market average to half as much again. */
  relative: { min: 0.5, max: 1.5 },
  /** An attribute's importance weight (the weights need not add up to 100). */
  weight: { min: 0, max: 100 },
  /** A score on an attribute, on Gale's 1–10 scale. */
  score: { min: 1, max: 10 },
  /** One part of the benefit or the cost, in money-equivalent units. */
  part: { min: 0, max: 10_000 },
} as const satisfies Record<string, Limits>;

export type ValueRegion = 'better' | 'fair' | 'worse';

export interface ValueMapInput {
  /** x: relative perceived quality, > 0 (1 = market average). */
  relativeQuality: number;
  /** y: relative perceived price, > 0 (1 = market average). */
  relativePrice: number;
  /** How far |x − y| may be from 0 and still count as fair value, ≥ 0. Default 0.02. */
  tolerance?: number;
}

export interface ValueMapPosition {
  /** x − y: how much more quality than the price asks for; positive = better value. */
  valueGap: number;
  /** Signed perpendicular distance from the fair-value line, (x − y)/√2. */
  distanceFromLine: number;
  region: ValueRegion;
  /** Gale's expected consequence: better value gains market share, worse value loses it. */
  shareTrend: 'gain' | 'hold' | 'lose';
}

export const FAIR_VALUE_TOLERANCE = 0.02;

/** Where an offer sits on the customer value map relative to the fair-value line y = x. */
export function valueMapPosition(input: ValueMapInput): ValueMapPosition {
  const x = greaterThan('relativeQuality', input.relativeQuality, 0);
  const y = greaterThan('relativePrice', input.relativePrice, 0);
  const tolerance = atLeast('tolerance', input.tolerance ?? FAIR_VALUE_TOLERANCE, 0);
  const valueGap = finiteResult('relativeQuality', x - y);
  const region: ValueRegion = valueGap > tolerance ? 'better' : valueGap < -tolerance ? 'worse' : 'fair';
  return {
    valueGap,
    distanceFromLine: valueGap / Math.SQRT2,
    region,
    shareTrend: region === 'better' ? 'gain' : region === 'worse' ? 'lose' : 'hold',
  };
}

export interface CustomerBenefits {
  product: number;
  service: number;
  personnel: number;
  image: number;
}

export interface CustomerCosts {
  money: number;
  time: number;
  energy: number;
  psychic: number;
}

export interface DeliveredValueInput {
  /** What the customer gets, each ≥ 0, in one common unit (e.g. money-equivalent). */
  benefits: CustomerBenefits;
  /** What the customer gives up, each ≥ 0, in the same unit: price is only one of four. */
  costs: CustomerCosts;
}

export interface DeliveredValue {
  totalBenefit: number;
  totalCost: number;
  /** totalBenefit − totalCost. */
  deliveredValue: number;
  /** totalBenefit ÷ totalCost; null when the total cost is 0 (the ratio has no value). */
  ratio: number | null;
}

const BENEFITS = ['product', 'service', 'personnel', 'image'] as const;
const COSTS = ['money', 'time', 'energy', 'psychic'] as const;

function total<K extends string>(field: string, value: unknown, keys: readonly K[]): number {
  if (typeof value !== 'object' || value === null) throw new InvalidInputError(field, { kind: 'non-empty' });
  const parts = value as Record<K, unknown>;
  const sum = keys.reduce((s, k) => s + atLeast(`${field}.${k}`, parts[k], 0), 0);
  return finiteResult(field, sum);
}

/** Kotler's customer delivered value: total customer benefit less total customer cost. */
export function deliveredValue(input: DeliveredValueInput): DeliveredValue {
  const totalBenefit = total('benefits', input.benefits, BENEFITS);
  const totalCost = total('costs', input.costs, COSTS);
  return {
    totalBenefit,
    totalCost,
    deliveredValue: finiteResult('benefits', totalBenefit - totalCost),
    ratio: totalCost === 0 ? null : finiteResult('costs', totalBenefit / totalCost),
  };
}
