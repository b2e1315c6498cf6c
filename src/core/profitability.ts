/**
 * Customer profitability analysis, after the "Creating value for the
 * enterprise" deck (003): the waterfall from gross sales value to net customer
 * profit, and the profitability matrix of net sales value × cost to serve.
 */
import { finite, finiteResult, InvalidInputError, list, within, type Limits } from './validate';
import { sum } from './numbers';

export interface WaterfallInput {
  /** Gross sales value (GSV): sales at list price. */
  grossSalesValue: number;
  /** Discounts and trade terms. */
  discounts: number;
  costOfGoods: number;
  /** Sales cost, in-store and co-op promotion, sales bonuses, sales programmes. */
  directSelling: number;
  /** Transport, packaging, inventory, warehousing, returns, charge-backs. */
  distributionAndService: number;
  /** Sales-team management, national advertising. */
  indirect: number;
  /** Order processing, inventory holding. */
  hardToTrace: number;
}

/**
 * The ranges the models accept: any amount of money from 0 up to a trillion
 * (far beyond one customer's account, and small enough that no sum of them
 * overflows), and a net sales value that may be negative (returns and
 * charge-backs can outrun a small customer's sales).
 */
export const PROFITABILITY_LIMITS = {
  amount: { min: 0, max: 1e12 },
  netSalesValue: { min: -1e12, max: 1e12 },
  costToServe: { min: 0, max: 1e12 },
} as const satisfies Record<string, Limits>;

export type DeductionKey = Exclude<keyof WaterfallInput, 'grossSalesValue'>;

/** The deductions in waterfall order. */
export const DEDUCTIONS: readonly DeductionKey[] = [
  'discounts',
  'costOfGoods',
  'directSelling',
  'distributionAndService',
  'indirect',
  'hardToTrace',
];

export interface WaterfallStep {
  key: DeductionKey;
  /** The amount subtracted at this step (≥ 0). */
  amount: number;
  /** What is left after it. */
  value: number;
  /** The subtotal this step lands on, if any. */
  subtotal?: 'netSalesValue' | 'grossProfit' | 'netProfit';
}

export interface Waterfall {
  grossSalesValue: number;
  steps: WaterfallStep[];
  /** NSV = GSV − discounts and trade terms. */
  netSalesValue: number;
  /** Gross customer profit = NSV − cost of goods. */
  grossProfit: number;
  /** Customer-related costs: direct selling + distribution and service + indirect + hard to trace. */
  customerCosts: number;
  /** Net customer profit = gross customer profit − customer-related costs; may be negative. */
  netProfit: number;
}

const SUBTOTALS: Partial<Record<DeductionKey, WaterfallStep['subtotal']>> = {
  discounts: 'netSalesValue',
  costOfGoods: 'grossProfit',
  hardToTrace: 'netProfit',
};

/** GSV → NSV → gross customer profit → net customer profit, one deduction at a time. */
export function profitabilityWaterfall(input: WaterfallInput): Waterfall {
  const grossSalesValue = within('grossSalesValue', input.grossSalesValue, PROFITABILITY_LIMITS.amount);
  const amounts = DEDUCTIONS.map((key) => within(key, input[key], PROFITABILITY_LIMITS.amount));
  let value = grossSalesValue;
  const steps = DEDUCTIONS.map((key, i): WaterfallStep => {
    value = finiteResult(key, value - amounts[i]);
    const subtotal = SUBTOTALS[key];
    return { key, amount: amounts[i], value, ...(subtotal ? { subtotal } : {}) };
  });
  return {
    grossSalesValue,
    steps,
    netSalesValue: steps[0].value,
    grossProfit: steps[1].value,
    customerCosts: finiteResult('directSelling', sum(amounts.slice(2))),
    netProfit: steps[steps.length - 1].value,
  };
}

export type Quadrant = 'protect' | 'adjust-costs' | 'develop' | 'danger';

/** The four quadrants: net sales value × cost to serve. */
export const QUADRANTS: readonly { key: Quadrant; netSalesValue: 'high' | 'low'; costToServe: 'high' | 'low' }[] = [
  { key: 'protect', netSalesValue: 'high', costToServe: 'low' }, // 重点保护
  { key: 'adjust-costs', netSalesValue: 'high', costToServe: 'high' }, // 成本调整
  { key: 'develop', netSalesValue: 'low', costToServe: 'low' }, // 发展建设
  { key: 'danger', netSalesValue: 'low', costToServe: 'high' }, // 危险
];

export interface MatrixCustomer {
  id: string | number;
  netSalesValue: number;
  /** Cost to serve, ≥ 0. */
  costToServe: number;
}

export interface MatrixInput<C extends MatrixCustomer = MatrixCustomer> {
  customers: readonly C[];
  /** Default: the median net sales value of the customers. */
  nsvThreshold?: number;
  /** Default: the median cost to serve of the customers. */
  costThreshold?: number;
}

export interface MatrixResult<C extends MatrixCustomer = MatrixCustomer> {
  nsvThreshold: number;
  costThreshold: number;
  /** Each customer's quadrant, in input order. */
  placements: { customer: C; quadrant: Quadrant }[];
  quadrants: Record<Quadrant, { members: C[]; count: number }>;
}

/** The middle value; the mean of the two middle values for an even count. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : sorted[mid - 1] / 2 + sorted[mid] / 2;
}

/**
 * Places each customer in the profitability matrix. A value exactly at a
 * threshold counts as high, on both axes: with the median as threshold, the
 * median customer of an odd-sized list is high, and a customer whose cost
 * reaches the threshold is treated as costly.
 */
export function profitabilityMatrix<C extends MatrixCustomer>(input: MatrixInput<C>): MatrixResult<C> {
  if (!Array.isArray(input.customers)) throw new InvalidInputError('customers', { kind: 'non-empty' });
  const customers = input.customers as readonly C[];
  const nsv = list('customers', customers, (f, c) => within(`${f}.netSalesValue`, (c as C)?.netSalesValue, PROFITABILITY_LIMITS.netSalesValue));
  const cost = list('customers', customers, (f, c) => within(`${f}.costToServe`, (c as C)?.costToServe, PROFITABILITY_LIMITS.costToServe));
  const nsvThreshold = input.nsvThreshold === undefined ? median(nsv) : finite('nsvThreshold', input.nsvThreshold);
  const costThreshold =
    input.costThreshold === undefined ? median(cost) : finite('costThreshold', input.costThreshold);

  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q.key, { members: [] as C[], count: 0 }])) as MatrixResult<C>['quadrants'];
  const placements = customers.map((customer, i) => {
    const highNsv = nsv[i] >= nsvThreshold;
    const highCost = cost[i] >= costThreshold;
    const quadrant: Quadrant = highNsv ? (highCost ? 'adjust-costs' : 'protect') : highCost ? 'danger' : 'develop';
    quadrants[quadrant].members.push(customer);
    quadrants[quadrant].count++;
    return { customer, quadrant };
  });
  return { nsvThreshold, costThreshold, placements, quadrants };
}
