/**
 * The CLV calculator's scenario: its fields, their limits (from core's
 * COHORT_LIMITS), and how it is written to and read from a record. Starts
 * from Hughes' cohort, the worked example of module 6.
 */
import { COHORT_LIMITS as L, fillPeriods, type CohortInput } from '$core';
import { listField, numberField, type Codec } from '../kit/scenario';

export interface ClvScenario {
  customers: number;
  /** One rate for every year, or one per year (the rate after year 1, 2, …). */
  retention: number[];
  /** Revenue per customer: one for every year, or one per year (spend that grows). */
  revenue: number[];
  /** Costs as a share of revenue: one for every year, or one per year. */
  costShare: number[];
  /** A yearly cost per active customer (mailings, a loyalty programme): one for every year, or one per year. */
  costPerCustomer: number[];
  /** New customers each active customer brings in a year. */
  referralRate: number;
  /** Paid for each referred customer. */
  referralReward: number;
  acquisitionCost: number;
  discountRate: number;
  horizon: number;
}

/** The per-year fields: a longer horizon fills them with their last value. */
export const PER_YEAR = ['retention', 'revenue', 'costShare', 'costPerCustomer'] as const;

/** What a lesson's calculator shows at first; the rest wait behind "More inputs" (the lab shows all). */
export const MAIN_INPUTS: readonly (keyof ClvScenario)[] = ['retention', 'costShare', 'discountRate', 'horizon'];

/** A per-year list as the model reads it: one value stays one; a list has a value for each year (two at least). */
function fitToHorizon(values: number[], horizon: number): number[] {
  return values.length === 1 ? values : fillPeriods(values, Math.max(2, horizon));
}

export const clvCodec = {
  id: 'clv',
  bareLinks: true,
  fields: {
    customers: numberField('customers', 20_000, { limits: L.customers, step: 1, slider: { max: 100_000, log: true } }),
    retention: listField('retention', [0.4, 0.45, 0.5], { limits: L.retention, percent: true, step: 1 }, L.horizon.max),
    // Once a single number: a list of one reads the old links (`clv.revenue=150`) as before.
    revenue: listField('revenue', [150], { limits: L.revenuePerCustomer, step: 5, slider: { max: 1000 } }, L.horizon.max),
    costShare: listField('cost', [0.8, 0.7, 0.65], { limits: L.costShare, percent: true, step: 1 }, L.horizon.max),
    costPerCustomer: listField('percost', [0], { limits: L.costPerCustomer, step: 1, slider: { max: 100 } }, L.horizon.max),
    referralRate: numberField('referral', 0, { limits: L.referralRate, percent: true, step: 1, slider: { max: 50 } }),
    referralReward: numberField('reward', 0, { limits: L.referralReward, step: 1, slider: { max: 200 } }),
    acquisitionCost: numberField('cac', 0, { limits: L.acquisitionCost, step: 5, slider: { max: 500 } }),
    discountRate: numberField('discount', 0.2, { limits: L.discountRate, percent: true, step: 0.5 }),
    horizon: numberField('horizon', 3, { limits: L.horizon, step: 1 }, 'years'),
  },
  complete: (s: ClvScenario) => {
    const whole = { ...s };
    for (const name of PER_YEAR) whole[name] = fitToHorizon(s[name], s.horizon);
    return whole;
  },
} satisfies Codec<ClvScenario>;

export function toCohortInput(s: ClvScenario): CohortInput {
  return {
    customers: s.customers,
    retention: s.retention.slice(0, s.horizon),
    revenuePerCustomer: s.revenue.slice(0, s.horizon),
    costShare: s.costShare.slice(0, s.horizon),
    costPerCustomer: s.costPerCustomer.slice(0, s.horizon),
    referralRate: s.referralRate,
    referralReward: s.referralReward,
    acquisitionCost: s.acquisitionCost,
    discount: { rate: s.discountRate },
    horizon: s.horizon,
  };
}
