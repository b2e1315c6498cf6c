/**
 * Retention economics: how many customers a cohort keeps, how long they stay,
 * and what a few more points of retention are worth.
 *
 * Source: F. F. Reichheld & W. E. Sasser (1990), "Zero defections: quality
 * comes to services", Harvard Business Review 68(5) — keeping 5% more
 * customers raised profits by 25%–85% in the industries studied. The cohort
 * profit follows the survivors with a margin per customer that is constant or,
 * as Reichheld & Sasser observed, grows with each year a customer stays.
 */
import { discountFactors } from './discount';
import { sum } from './numbers';
import {
  atLeast,
  between,
  finite,
  finiteResult,
  greaterThan,
  InvalidInputError,
  perPeriod,
  probability,
  valueAt,
  wholeNumber,
  lessThan,
  type Limits,
  type PerPeriod,
} from './validate';

/** The most periods a retention model follows (periods may be months, so more than the cohort table's years). */
export const MAX_RETENTION_PERIODS = 100;

/**
 * The ranges the retention simulator exposes, each inside what the models
 * accept. Retention stops short of 1, where the expected lifetime has no end;
 * "+N points" may still take it to 1, and the uplift reports that lifetime as null.
 */
export const RETENTION_LIMITS = {
  customers: { min: 1, max: 10_000_000, whole: true },
  retention: { min: 0, max: 0.99 },
  marginPerCustomer: { min: 0, max: 1_000_000 },
  /** Growth of a customer's margin per year of tenure: 0.1 = each year 10% more than the year before. */
  marginGrowth: { min: -0.5, max: 0.5 },
  periods: { min: 1, max: 50, whole: true },
  discountRate: { min: 0, max: 1 },
  points: { min: 0, max: 20, whole: true },
} as const satisfies Record<string, Limits>;

export interface SurvivorsInput {
  /** Customers at the start (period 0). */
  customers: number;
  /**
   * Share of one period's customers still active the next, in [0, 1]. A list
   * gives the rate after period 0, after period 1, …; its last value carries forward.
   */
  retention: PerPeriod;
  /** Periods to follow: a whole number from 1 to MAX_RETENTION_PERIODS. */
  periods: number;
}

/** Customers still active in periods 0, 1, …, periods. */
export function survivors(input: SurvivorsInput): number[] {
  const customers = greaterThan('customers', input.customers, 0);
  const retention = perPeriod('retention', input.retention, probability);
  const periods = wholeNumber('periods', input.periods, 1, MAX_RETENTION_PERIODS);
  const counts = [customers];
  for (let i = 0; i < periods; i++) counts.push(counts[i] * valueAt(retention, i));
  return counts;
}

/**
 * Expected lifetime in periods, 1/(1 − r), counting the period the customer
 * was acquired in. Retention must be below 1: at 1 no one leaves and the
 * expected lifetime is infinite.
 */
export function expectedLifetime(retention: number): number {
  const r = lessThan('retention', atLeast('retention', retention, 0), 1);
  return 1 / (1 - r);
}

export interface CohortProfitInput {
  customers: number;
  retention: PerPeriod;
  /** Profit from each active customer in the first period; may be negative. */
  marginPerCustomer: number;
  /**
   * How much a customer's margin grows with each period they stay: period t's
   * margin is marginPerCustomer · (1 + g)^(t−1). At least −1; default 0 (constant).
   */
  marginGrowth?: number;
  /** Periods to follow: a whole number from 1 to MAX_RETENTION_PERIODS. */
  periods: number;
  /** Period t's profit is divided by (1 + rate)^(t−1); at least 0. */
  discountRate: number;
}

export interface ProfitPeriod {
  period: number;
  customers: number;
  /** The margin of each customer active in this period. */
  margin: number;
  profit: number;
  discountedProfit: number;
}

export interface CohortProfit {
  byPeriod: ProfitPeriod[];
  /** Sum of the discounted profit over all periods. */
  total: number;
  /** Total per customer originally acquired. */
  valuePerCustomer: number;
}

function checkCohort(input: CohortProfitInput) {
  return {
    customers: greaterThan('customers', input.customers, 0),
    retention: perPeriod('retention', input.retention, probability),
    margin: finite('marginPerCustomer', input.marginPerCustomer),
    growth: atLeast('marginGrowth', input.marginGrowth ?? 0, -1),
    periods: wholeNumber('periods', input.periods, 1, MAX_RETENTION_PERIODS),
    discountRate: atLeast('discountRate', input.discountRate, 0),
  };
}

/** Profit of one cohort over the horizon, period by period. */
export function cohortProfit(input: CohortProfitInput): CohortProfit {
  const { customers, retention, margin, growth, periods, discountRate } = checkCohort(input);
  const counts = survivors({ customers, retention, periods }).slice(0, periods);
  const factors = discountFactors('discountRate', discountRate, periods);
  const byPeriod = counts.map((active, i) => {
    // A zero margin stays zero however it grows (0 · ∞ would be NaN).
    const marginNow = margin === 0 ? 0 : margin * (1 + growth) ** i;
    return { period: i + 1, customers: active, margin: marginNow, profit: marginNow * active, discountedProfit: (marginNow * active) / factors[i] };
  });
  // Every period's profit has the margin's sign and is at most the total in size, so one check covers all.
  const total = finiteResult('marginPerCustomer', sum(byPeriod.map((p) => p.discountedProfit)));
  return { byPeriod, total, valuePerCustomer: finiteResult('marginPerCustomer', total / customers) };
}

export interface RetentionUpliftInput extends Omit<CohortProfitInput, 'retention'> {
  /** Constant retention before the uplift, in [0, 1]. */
  retention: number;
  /** Percentage points added to retention, from 0 to 100; the result is capped at 1. */
  points: number;
}

export interface RetentionScenario {
  retention: number;
  /** 1/(1 − r); null when retention is 1, since the lifetime is then unbounded. */
  expectedLifetime: number | null;
  totalProfit: number;
  valuePerCustomer: number;
}

export interface RetentionUplift {
  before: RetentionScenario;
  after: RetentionScenario;
  profitChange: number;
  /** The change over the size of the profit before; null when that profit is 0. */
  profitChangeShare: number | null;
}

function scenario(input: CohortProfitInput, retention: number): RetentionScenario {
  const { total, valuePerCustomer } = cohortProfit({ ...input, retention });
  return {
    retention,
    expectedLifetime: retention < 1 ? expectedLifetime(retention) : null,
    totalProfit: total,
    valuePerCustomer,
  };
}

/** The effect of "+N points of retention" on lifetime and cohort profit. */
export function retentionUplift(input: RetentionUpliftInput): RetentionUplift {
  const retention = probability('retention', input.retention);
  const points = between('points', input.points, 0, 100);
  checkCohort(input);
  const before = scenario(input, retention);
  const after = scenario(input, Math.min(1, retention + points / 100));
  const profitChange = finiteResult('marginPerCustomer', after.totalProfit - before.totalProfit);
  return {
    before,
    after,
    profitChange,
    // Divided by the size, so a smaller loss shows as a positive change.
    profitChangeShare:
      before.totalProfit === 0 ? null : finiteResult('marginPerCustomer', profitChange / Math.abs(before.totalProfit)),
  };
}
