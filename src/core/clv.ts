/**
 * Customer lifetime value (CLV): the present value of all the profit a customer
 * brings over the relationship, net of what it cost to win them.
 *
 * Sources:
 * - Cohort model: A. M. Hughes, *Strategic Database Marketing* — the
 *   20,000-customer example reproduced in the "Creating value for the
 *   enterprise" deck (003), followed year by year.
 * - Closed forms: P. S. Fader & B. G. S. Hardie (2012), "Reconciling and
 *   clarifying CLV formulas".
 * - Finite horizon: P. D. Berger & N. I. Nasr (1998), "Customer lifetime value:
 *   marketing models and applications", Journal of Interactive Marketing, case 1.
 */
import {
  atLeast,
  between,
  finite,
  finiteResult,
  greaterThan,
  InvalidInputError,
  perPeriod,
  valueAt,
  wholeNumber,
  within,
  type Limits,
  type PerPeriod,
} from './validate';
import { discountFactors as yearlyFactors } from './discount';

/** Discounting: a yearly rate (year 1 is not discounted) or explicit factors. */
export type Discounting = { rate: number } | { factors: readonly number[] };

export interface CohortInput {
  /** Customers acquired in year 1. */
  customers: number;
  /**
   * Share of one year's customers still active the next year, in [0, 1]. A
   * list gives the rate after year 1, after year 2, …; its last value carries
   * forward past its end.
   */
  retention: PerPeriod;
  /** Revenue from each active customer in a year. */
  revenuePerCustomer: number;
  /** Costs of selling to and serving customers, as a share of revenue (≥ 0); per year like retention. */
  costShare: PerPeriod;
  /** Cost of winning one customer, paid up front and not discounted. Default 0. */
  acquisitionCost?: number;
  /** Year t's profit is divided by (1 + rate)^(t−1), or by factors[t−1]. */
  discount: Discounting;
  /** Years to follow the cohort: a whole number ≥ 1. */
  horizon: number;
}

export interface CohortYear {
  year: number;
  customers: number;
  /** The share of this year's customers who stay for the next. */
  retention: number;
  revenue: number;
  /** This year's costs as a share of revenue (as given, even when there is no revenue). */
  costShare: number;
  costs: number;
  profit: number;
  discountFactor: number;
  discountedProfit: number;
  /** Sum of discounted profit so far, less the whole cohort's acquisition cost. */
  cumulativeDiscountedProfit: number;
  /** Cumulative discounted profit per customer originally acquired. */
  valuePerCustomer: number;
}

export interface CohortResult {
  years: CohortYear[];
  acquisitionCostTotal: number;
  /** Value per original customer at the horizon: the cohort's CLV per head. */
  valuePerCustomer: number;
}

/**
 * What the cohort model accepts, input by input. Widgets take their limits
 * from here, so a calculator never offers a value the model refuses. The
 * horizon stops at 20 years: a year-by-year table is read row by row, and
 * beyond 20 years the discounted tail is better told by a closed form.
 */
export const COHORT_LIMITS = {
  customers: { min: 1, max: 10_000_000, whole: true },
  retention: { min: 0, max: 1 },
  revenuePerCustomer: { min: 0, max: 1_000_000 },
  costShare: { min: 0, max: 2 },
  acquisitionCost: { min: 0, max: 1_000_000 },
  discountRate: { min: 0, max: 1 },
  horizon: { min: 1, max: 20, whole: true },
} as const satisfies Record<string, Limits>;

function discountFactors(discount: Discounting, horizon: number): number[] {
  if ('factors' in discount) {
    const factors = perPeriod('discount.factors', discount.factors, (f, v) => greaterThan(f, v, 0));
    if (factors.length < horizon) {
      throw new InvalidInputError('discount.factors', { kind: 'min-length', length: horizon });
    }
    return factors.slice(0, horizon);
  }
  return yearlyFactors('discount.rate', within('discount.rate', discount.rate, COHORT_LIMITS.discountRate), horizon);
}

/** Follows a cohort year by year: the four steps of the CLV calculation. */
export function cohortLifetimeValue(input: CohortInput): CohortResult {
  const limits = COHORT_LIMITS;
  const customers = within('customers', input.customers, limits.customers);
  const retention = perPeriod('retention', input.retention, (f, v) => within(f, v, limits.retention));
  const revenuePerCustomer = within('revenuePerCustomer', input.revenuePerCustomer, limits.revenuePerCustomer);
  const costShare = perPeriod('costShare', input.costShare, (f, v) => within(f, v, limits.costShare));
  const acquisitionCost = within('acquisitionCost', input.acquisitionCost ?? 0, limits.acquisitionCost);
  const horizon = within('horizon', input.horizon, limits.horizon);
  const factors = discountFactors(input.discount, horizon);

  const acquisitionCostTotal = customers * acquisitionCost;
  const years: CohortYear[] = [];
  let active = customers;
  let cumulative = -acquisitionCostTotal;
  for (let i = 0; i < horizon; i++) {
    const revenue = active * revenuePerCustomer;
    const share = valueAt(costShare, i);
    const costs = revenue * share;
    const profit = revenue - costs;
    const discountedProfit = profit / factors[i];
    cumulative += discountedProfit;
    years.push({
      year: i + 1,
      customers: active,
      retention: valueAt(retention, i),
      revenue,
      costShare: share,
      costs,
      profit,
      discountFactor: factors[i],
      discountedProfit,
      cumulativeDiscountedProfit: cumulative,
      valuePerCustomer: cumulative / customers,
    });
    active *= valueAt(retention, i);
  }
  for (const y of years) finiteResult('customers', y.revenue + y.discountedProfit + y.cumulativeDiscountedProfit);
  return { years, acquisitionCostTotal, valuePerCustomer: cumulative / customers };
}

export interface MarginInput {
  /** Margin per period from an active customer. */
  margin: number;
  /** Retention per period, in [0, 1]. */
  retention: number;
  /** Discount rate per period; must exceed retention − 1 so the sum converges. */
  discountRate: number;
}

function checkMargin(input: MarginInput): MarginInput {
  const margin = finite('margin', input.margin);
  const retention = between('retention', input.retention, 0, 1);
  const discountRate = greaterThan('discountRate', input.discountRate, Math.max(-1, retention - 1));
  return { margin, retention, discountRate };
}

/**
 * m·r/(1+d−r): a customer just acquired, counting only future margins, each
 * received at the end of a period and only if the customer was retained.
 */
export function clvExcludingFirstMargin(input: MarginInput): number {
  const { margin: m, retention: r, discountRate: d } = checkMargin(input);
  return finiteResult('margin', (m * r) / (1 + d - r));
}

/** m(1+d)/(1+d−r): as above, plus today's margin, counted in full. */
export function clvIncludingFirstMargin(input: MarginInput): number {
  const { margin: m, retention: r, discountRate: d } = checkMargin(input);
  return finiteResult('margin', (m * (1 + d)) / (1 + d - r));
}

/** m/(1+d−r): every margin, the first included, arrives at the end of its period. */
export function clvEndOfPeriodMargins(input: MarginInput): number {
  const { margin: m, retention: r, discountRate: d } = checkMargin(input);
  return finiteResult('margin', m / (1 + d - r));
}

export interface BergerNasrInput {
  /** Yearly gross contribution per customer (GC). */
  grossContribution: number;
  /** Yearly promotion cost per customer (M), spent mid-year. */
  promotionCost: number;
  retention: number;
  discountRate: number;
  /** Years after the first (n). */
  years: number;
}

/**
 * Berger & Nasr case 1: yearly purchases, promotion spent mid-year:
 * CLV = GC·Σ_{i=0..n} rⁱ/(1+d)ⁱ − M·Σ_{i=1..n} r^{i−1}/(1+d)^{i−0.5}.
 */
export function bergerNasrClv(input: BergerNasrInput): number {
  const gc = finite('grossContribution', input.grossContribution);
  const m = atLeast('promotionCost', input.promotionCost, 0);
  const r = between('retention', input.retention, 0, 1);
  const d = greaterThan('discountRate', input.discountRate, -1);
  const n = wholeNumber('years', input.years, 0, 1000);
  let value = gc;
  for (let i = 1; i <= n; i++) {
    value += (gc * r ** i) / (1 + d) ** i - (m * r ** (i - 1)) / (1 + d) ** (i - 0.5);
  }
  return finiteResult('grossContribution', value);
}
