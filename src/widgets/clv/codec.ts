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
  revenue: number;
  /** Costs as a share of revenue: one for every year, or one per year. */
  costShare: number[];
  acquisitionCost: number;
  discountRate: number;
  horizon: number;
}

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
    revenue: numberField('revenue', 150, { limits: L.revenuePerCustomer, step: 5, slider: { max: 1000 } }),
    costShare: listField('cost', [0.8, 0.7, 0.65], { limits: L.costShare, percent: true, step: 1 }, L.horizon.max),
    acquisitionCost: numberField('cac', 0, { limits: L.acquisitionCost, step: 5, slider: { max: 500 } }),
    discountRate: numberField('discount', 0.2, { limits: L.discountRate, percent: true, step: 0.5 }),
    horizon: numberField('horizon', 3, { limits: L.horizon, step: 1 }, 'years'),
  },
  complete: (s: ClvScenario) => ({ ...s, retention: fitToHorizon(s.retention, s.horizon), costShare: fitToHorizon(s.costShare, s.horizon) }),
} satisfies Codec<ClvScenario>;

export function toCohortInput(s: ClvScenario): CohortInput {
  return {
    customers: s.customers,
    retention: s.retention.slice(0, s.horizon),
    revenuePerCustomer: s.revenue,
    costShare: s.costShare.slice(0, s.horizon),
    acquisitionCost: s.acquisitionCost,
    discount: { rate: s.discountRate },
    horizon: s.horizon,
  };
}
