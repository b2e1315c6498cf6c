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
 * - Spend that grows, a yearly cost per active customer and referred
 *   customers: the parts of value in F. F. Reichheld, *The Loyalty Effect*
 *   (1996), ch. 2, and deck 003's CLV2 (growing spend) and CLV5 (referrals),
 *   laid out year by year as database-marketing lifetime-value tables do
 *   (Hughes's among them).
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
  /** Revenue from each active customer in a year: one value, or one per year like retention (spend that grows as the relationship matures). */
  revenuePerCustomer: PerPeriod;
  /** Costs of selling to and serving customers, as a share of revenue (≥ 0); per year like retention. */
  costShare: PerPeriod;
  /**
   * A yearly cost for each active customer, beside the cost share: mailings, a
   * loyalty programme, account management. One value or one per year. Default 0.
   */
  costPerCustomer?: PerPeriod;
  /**
   * New customers each active customer brings in a year through referrals.
   * They buy that year like the others and are retained with them: next
   * year's active = (active + referred) × retention. Default 0.
   */
  referralRate?: number;
  /** Paid for each referred customer, in the year they join. Default 0. */
  referralReward?: number;
  /** Cost of winning one customer, paid up front and not discounted. Default 0. */
  acquisitionCost?: number;
  /** Year t's profit is divided by (1 + rate)^(t−1), or by factors[t−1]. */
  discount: Discounting;
  /** Years to follow the cohort: a whole number ≥ 1. */
  horizon: number;
}

export interface CohortYear {
  year: number;
  /** Customers carried into this year: the original ones in year 1, then those retained. */
  customers: number;
  /** Customers who join this year through referrals (they buy this year too). */
  referred: number;
  /** The share of this year's customers (referred ones included) who stay for the next. */
  retention: number;
  /** Revenue from each customer this year. */
  revenuePerCustomer: number;
  /** (customers + referred) × revenue per customer. */
  revenue: number;
  /** This year's costs as a share of revenue (as given, even when there is no revenue). */
  costShare: number;
  /** revenue × cost share. */
  costs: number;
  /** The cost this year of each active customer, beside the cost share. */
  costPerCustomer: number;
  /** (customers + referred) × cost per customer. */
  customerCosts: number;
  /** referred × referral reward. */
  referralRewards: number;
  /** revenue − costs − customer costs − referral rewards. */
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
  costPerCustomer: { min: 0, max: 1_000_000 },
  referralRate: { min: 0, max: 1 },
  referralReward: { min: 0, max: 1_000_000 },
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
  const revenuePerCustomer = perPeriod('revenuePerCustomer', input.revenuePerCustomer, (f, v) => within(f, v, limits.revenuePerCustomer));
  const costShare = perPeriod('costShare', input.costShare, (f, v) => within(f, v, limits.costShare));
  const costPerCustomer = perPeriod('costPerCustomer', input.costPerCustomer ?? 0, (f, v) => within(f, v, limits.costPerCustomer));
  const referralRate = within('referralRate', input.referralRate ?? 0, limits.referralRate);
  const referralReward = within('referralReward', input.referralReward ?? 0, limits.referralReward);
  const acquisitionCost = within('acquisitionCost', input.acquisitionCost ?? 0, limits.acquisitionCost);
  const horizon = within('horizon', input.horizon, limits.horizon);
  const factors = discountFactors(input.discount, horizon);

  const acquisitionCostTotal = customers * acquisitionCost;
  const years: CohortYear[] = [];
  let active = customers;
  let cumulative = -acquisitionCostTotal;
  for (let i = 0; i < horizon; i++) {
    const referred = active * referralRate;
    const buying = active + referred;
    const spend = valueAt(revenuePerCustomer, i);
    const revenue = buying * spend;
    const share = valueAt(costShare, i);
    const costs = revenue * share;
    const perHead = valueAt(costPerCustomer, i);
    const customerCosts = buying * perHead;
    const referralRewards = referred * referralReward;
    // With no per-customer cost and no referrals this is revenue − costs exactly (x − 0 − 0 = x).
    const profit = revenue - costs - customerCosts - referralRewards;
    const discountedProfit = profit / factors[i];
    cumulative += discountedProfit;
    years.push({
      year: i + 1,
      customers: active,
      referred,
      retention: valueAt(retention, i),
      revenuePerCustomer: spend,
      revenue,
      costShare: share,
      costs,
      costPerCustomer: perHead,
      customerCosts,
      referralRewards,
      profit,
      discountFactor: factors[i],
      discountedProfit,
      cumulativeDiscountedProfit: cumulative,
      valuePerCustomer: cumulative / customers,
    });
    active = buying * valueAt(retention, i);
  }
  for (const y of years) finiteResult('customers', y.revenue + y.customerCosts + y.discountedProfit + y.cumulativeDiscountedProfit);
  return { years, acquisitionCostTotal, valuePerCustomer: cumulative / customers };
}

/** The inputs a sensitivity analysis moves; list inputs are moved one year at a time. */
export type CohortLever =
  | 'retention'
  | 'revenuePerCustomer'
  | 'costShare'
  | 'costPerCustomer'
  | 'referralRate'
  | 'referralReward'
  | 'acquisitionCost'
  | 'discountRate';

export interface CohortSensitivity {
  lever: CohortLever;
  /** For a per-year list, the entry moved (1-based: year 1's cost share, the retention after year 1); absent when one value serves every year. */
  year?: number;
  base: number;
  low: number;
  high: number;
  /** Value per original customer with the input at `low` and at `high`. */
  valueLow: number;
  valueHigh: number;
  /** |valueHigh − valueLow|: the length of the bar in a tornado chart. */
  swing: number;
}

export interface SensitivityOptions {
  /** How far every input but retention moves, as a share of its value. Default 0.1 (±10 %). */
  relative?: number;
  /** How far retention moves, in points. Default 0.1 (±10 points). */
  retentionPoints?: number;
}

const clamp = (v: number, limits: Limits) => Math.min(limits.max, Math.max(limits.min, v));

/**
 * One-at-a-time sensitivity (a tornado chart): each input moved down and up
 * while the others stay put, retention by points and the rest by a share of
 * their value, kept inside COHORT_LIMITS. Entries come sorted, the largest
 * swing first; an input at 0 moves by nothing and has a swing of 0. Only
 * entries the horizon reaches are listed. Discounting given as factors is
 * not moved.
 */
export function cohortSensitivity(input: CohortInput, options: SensitivityOptions = {}): CohortSensitivity[] {
  const relative = between('relative', options.relative ?? 0.1, 0, 1);
  const points = between('retentionPoints', options.retentionPoints ?? 0.1, 0, 1);
  const base = cohortLifetimeValue(input);
  const horizon = base.years.length;
  const limits = COHORT_LIMITS;
  const entries: CohortSensitivity[] = [];

  const move = (lever: CohortLever, value: number, change: (v: number) => CohortInput, limit: Limits, year?: number) => {
    const [low, high] =
      lever === 'retention' ? [clamp(value - points, limit), clamp(value + points, limit)] : [clamp(value * (1 - relative), limit), clamp(value * (1 + relative), limit)];
    const valueLow = cohortLifetimeValue(change(low)).valuePerCustomer;
    const valueHigh = cohortLifetimeValue(change(high)).valuePerCustomer;
    entries.push({ lever, ...(year === undefined ? {} : { year }), base: value, low, high, valueLow, valueHigh, swing: Math.abs(valueHigh - valueLow) });
  };
  const perYear = (lever: 'retention' | 'revenuePerCustomer' | 'costShare' | 'costPerCustomer', value: PerPeriod | undefined, limit: Limits, reach: number) => {
    const list = typeof value === 'number' ? [value] : [...(value ?? [0])];
    if (list.length === 1) return move(lever, list[0], (v) => ({ ...input, [lever]: v }), limit);
    list.slice(0, reach).forEach((v, i) => move(lever, v, (w) => ({ ...input, [lever]: list.map((x, j) => (j === i ? w : x)) }), limit, i + 1));
  };

  // Retention after the last year moves no one the horizon counts.
  if (horizon > 1) perYear('retention', input.retention, limits.retention, horizon - 1);
  perYear('revenuePerCustomer', input.revenuePerCustomer, limits.revenuePerCustomer, horizon);
  perYear('costShare', input.costShare, limits.costShare, horizon);
  perYear('costPerCustomer', input.costPerCustomer, limits.costPerCustomer, horizon);
  move('referralRate', input.referralRate ?? 0, (v) => ({ ...input, referralRate: v }), limits.referralRate);
  move('referralReward', input.referralReward ?? 0, (v) => ({ ...input, referralReward: v }), limits.referralReward);
  move('acquisitionCost', input.acquisitionCost ?? 0, (v) => ({ ...input, acquisitionCost: v }), limits.acquisitionCost);
  if ('rate' in input.discount) move('discountRate', input.discount.rate, (v) => ({ ...input, discount: { rate: v } }), limits.discountRate);

  return entries.sort((a, b) => b.swing - a.swing);
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
