/**
 * Profit per customer over the years, split into the six sources of a loyal
 * customer's value: CLV = CLV1 + … + CLV6, the deck's decomposition (003).
 *
 * Source: F. F. Reichheld & W. E. Sasser (1990), "Zero defections: quality
 * comes to services", Harvard Business Review, and F. F. Reichheld, *The
 * Loyalty Effect* (1996), ch. 2, "Why loyal customers are more profitable":
 * base profit, revenue growth, cost savings, referrals and price premium,
 * stacked year by year above the acquisition cost.
 */
import {
  type Limits,
  atLeast,
  finiteResult,
  InvalidInputError,
  perPeriod,
  valueAt,
  wholeNumber,
} from './validate';
import { discountFactors } from './discount';
import { sum } from './numbers';

/** The six components, in the deck's order (CLV1 … CLV6). */
export const PROFIT_COMPONENTS = [
  'initialPurchase',
  'repeatAndShareOfWallet',
  'crossSelling',
  'costToServeSavings',
  'referrals',
  'pricePremium',
] as const;

export type ProfitComponent = (typeof PROFIT_COMPONENTS)[number];

/**
 * One component's profit per customer in each year, ≥ 0, given as
 * - a number: the same every year;
 * - a list: year 1, year 2, …; the last value carries forward past its end;
 * - `{ start, growthPerYear }`: a straight line, `start` in year 1 and
 *   `growthPerYear` more each year after (both ≥ 0) — Reichheld's shape, where
 *   the later components start near 0 and grow with the relationship.
 */
export type YearlyAmount = number | readonly number[] | { start: number; growthPerYear: number };

export interface ProfitStackInput {
  /** Years the customer stays: a whole number from 1 to 50. */
  years: number;
  /** Yearly profit from each component; a component left out counts as 0. */
  components: Partial<Record<ProfitComponent, YearlyAmount>>;
  /** Cost of winning the customer, paid up front and not discounted. Default 0. */
  acquisitionCost?: number;
  /** Year t's profit is divided by (1 + rate)^(t−1); above −1. Default 0. */
  discountRate?: number;
}

export interface ProfitStackYear {
  year: number;
  components: Record<ProfitComponent, number>;
  /** Sum of the six components this year. */
  total: number;
  discountFactor: number;
  discountedTotal: number;
  /** Sum of discounted totals so far, less the acquisition cost. */
  cumulativeDiscountedProfit: number;
}

export interface ComponentSummary {
  component: ProfitComponent;
  /** Undiscounted sum over all the years. */
  total: number;
  /** Share of the grand (undiscounted) total; 0 for every component when that total is 0. */
  share: number;
}

export interface ProfitStackResult {
  years: ProfitStackYear[];
  /** One entry per component, in PROFIT_COMPONENTS order. */
  components: ComponentSummary[];
  /** Undiscounted profit over all the years, all components. */
  total: number;
  discountedTotal: number;
  acquisitionCost: number;
  /** Discounted total less acquisition cost: the customer's lifetime value. */
  lifetimeValue: number;
}

export const MAX_YEARS = 50;

/**
 * What the profit-stack widget offers: a yearly amount per component and an
 * acquisition cost up to 10,000, up to 15 years (a stack of bars stays
 * readable), a discount rate up to 50%. The model itself takes more.
 */
export const PROFIT_STACK_LIMITS = {
  years: { min: 1, max: 15, whole: true },
  amount: { min: 0, max: 10_000 },
  acquisitionCost: { min: 0, max: 10_000 },
  discountRate: { min: 0, max: 0.5 },
} as const satisfies Record<string, Limits>;

const nonNegative = (field: string, v: unknown) => atLeast(field, v, 0);

function yearlyAmounts(field: string, value: YearlyAmount | undefined, years: number): number[] {
  if (value === undefined) return new Array<number>(years).fill(0);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const line = value as { start: unknown; growthPerYear: unknown };
    const start = nonNegative(`${field}.start`, line.start);
    const growth = nonNegative(`${field}.growthPerYear`, line.growthPerYear);
    return Array.from({ length: years }, (_, i) => finiteResult(field, start + growth * i));
  }
  const list = perPeriod(field, value, nonNegative);
  return Array.from({ length: years }, (_, i) => valueAt(list, i));
}

/** Year-by-year profit per customer, by component, with totals and the lifetime value. */
export function profitStack(input: ProfitStackInput): ProfitStackResult {
  const years = wholeNumber('years', input.years, 1, MAX_YEARS);
  const given = input.components;
  if (typeof given !== 'object' || given === null) throw new InvalidInputError('components', { kind: 'non-empty' });
  const amounts = PROFIT_COMPONENTS.map((c) => yearlyAmounts(`components.${c}`, given[c], years));
  const acquisitionCost = atLeast('acquisitionCost', input.acquisitionCost ?? 0, 0);
  const factors = discountFactors('discountRate', input.discountRate ?? 0, years);

  const rows: ProfitStackYear[] = [];
  let discountedTotal = 0;
  for (let i = 0; i < years; i++) {
    const components = {} as Record<ProfitComponent, number>;
    let total = 0;
    PROFIT_COMPONENTS.forEach((c, k) => {
      components[c] = amounts[k][i];
      total += amounts[k][i];
    });
    const discountFactor = factors[i];
    const discounted = finiteResult('components', total / discountFactor);
    discountedTotal += discounted;
    rows.push({
      year: i + 1,
      components,
      total: finiteResult('components', total),
      discountFactor,
      discountedTotal: discounted,
      cumulativeDiscountedProfit: finiteResult('components', discountedTotal - acquisitionCost),
    });
  }

  const componentTotals = amounts.map(sum);
  const total = finiteResult('components', sum(componentTotals));
  return {
    years: rows,
    components: PROFIT_COMPONENTS.map((component, k) => ({
      component,
      total: componentTotals[k],
      share: total > 0 ? componentTotals[k] / total : 0,
    })),
    total,
    discountedTotal,
    acquisitionCost,
    lifetimeValue: discountedTotal - acquisitionCost,
  };
}
