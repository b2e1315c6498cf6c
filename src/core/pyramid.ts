/**
 * Customer pyramids: customers ranked by revenue and cut into tiers.
 *
 * Sources:
 * - J. Curry, *The Customer Marketing Method*: the customer pyramid of active
 *   customers — top 1% VIP, next 4% large, next 15% medium, last 80% small.
 * - V. A. Zeithaml, R. T. Rust & K. N. Lemon (2001), "The customer pyramid:
 *   creating and serving profitable customers", California Management Review
 *   43(4): platinum, gold, iron and lead tiers, with cut-offs the firm chooses.
 *
 * Tier boundaries: tier j ends at customer ceil(Cⱼ·N) in revenue order, Cⱼ
 * being the cumulative share of the cut-offs so far, so a fractional customer
 * at a boundary goes to the higher tier (the top 1% of 250 customers is 3).
 * The last tier always ends at N: every customer is in exactly one tier. With
 * few customers a tier can be empty. Equal revenues keep their input order.
 */
import { customerRevenues, customersInShare, CUSTOMER_SHARE_TOLERANCE } from './concentration';
import { atLeast, finiteResult, InvalidInputError, list, positiveShare, sumsTo, wholeNumber, type Limits } from './validate';
import { sum } from './numbers';

export const CURRY_CUTOFFS: readonly number[] = [0.01, 0.04, 0.15, 0.8];

/**
 * The ranges a four-tier pyramid's controls take: the share of active
 * customers in each of the top three tiers (the bottom tier holds the rest,
 * so at least 10%), and the share of a tier moved up in the what-if. Every
 * value inside them is one customerTiers and moveUp accept.
 */
export const PYRAMID_LIMITS = {
  top: { min: 0.001, max: 0.2 },
  second: { min: 0.001, max: 0.3 },
  third: { min: 0.001, max: 0.4 },
  moveShare: { min: 0.001, max: 1 },
} as const satisfies Record<string, Limits>;
export const CURRY_TIERS: readonly string[] = ['vip', 'large', 'medium', 'small'];
export const ZEITHAML_TIERS: readonly string[] = ['platinum', 'gold', 'iron', 'lead'];

export interface TiersInput {
  /** Revenue of each customer, each ≥ 0, total > 0. */
  revenues: readonly number[];
  /** Share of customers in each tier, from the top; each in (0, 1], summing to 1. Default Curry's. */
  cutoffs?: readonly number[];
  /** One name per tier. Default Curry's names for four tiers, else 'tier 1', 'tier 2', … */
  names?: readonly string[];
}

export interface CustomerTier {
  name: string;
  /** Number of customers in the tier. */
  customers: number;
  revenue: number;
  customerShare: number;
  revenueShare: number;
  /** Revenue per customer; 0 for an empty tier. */
  averageRevenue: number;
  /** Indices into `revenues` of the tier's customers, largest revenue first. */
  members: number[];
}

function checkNames(names: unknown, count: number): string[] {
  if (!Array.isArray(names)) throw new InvalidInputError('names', { kind: 'non-empty' });
  if (names.length < count) throw new InvalidInputError('names', { kind: 'min-length', length: count });
  if (names.length > count) throw new InvalidInputError('names', { kind: 'max', max: count, inclusive: true });
  return names.map((name, i) => {
    if (typeof name !== 'string' || name.trim() === '') throw new InvalidInputError(`names[${i}]`, { kind: 'non-empty' });
    return name;
  });
}

function checkCutoffs(value: unknown): number[] {
  return sumsTo('cutoffs', list('cutoffs', value, positiveShare), 1, CUSTOMER_SHARE_TOLERANCE);
}

/** Ranks customers by revenue and cuts them into tiers, the first tier the top. */
export function customerTiers(input: TiersInput): CustomerTier[] {
  const revenues = customerRevenues('revenues', input.revenues);
  const cutoffs = input.cutoffs === undefined ? [...CURRY_CUTOFFS] : checkCutoffs(input.cutoffs);
  const names =
    input.names !== undefined
      ? checkNames(input.names, cutoffs.length)
      : cutoffs.length === CURRY_TIERS.length
        ? [...CURRY_TIERS]
        : cutoffs.map((_, i) => `tier ${i + 1}`);

  const n = revenues.length;
  const order = revenues.map((_, i) => i).sort((a, b) => revenues[b] - revenues[a] || a - b);
  const total = sum(revenues);
  const tiers: CustomerTier[] = [];
  let start = 0;
  let cumulative = 0;
  cutoffs.forEach((cutoff, j) => {
    cumulative += cutoff;
    const end = j === cutoffs.length - 1 ? n : Math.max(start, customersInShare(cumulative, n));
    const members = order.slice(start, end);
    const revenue = members.reduce((a, i) => a + revenues[i], 0);
    tiers.push({
      name: names[j],
      customers: members.length,
      revenue,
      customerShare: members.length / n,
      revenueShare: revenue / total,
      averageRevenue: members.length > 0 ? revenue / members.length : 0,
      members,
    });
    start = end;
  });
  return tiers;
}

/** A tier as the what-if needs it: how many customers and how much revenue. */
export interface TierTotals {
  name?: string;
  customers: number;
  revenue: number;
}

export interface MoveUpInput {
  /** Tiers from the top down, e.g. the output of customerTiers. */
  tiers: readonly TierTotals[];
  /** Index of the tier whose customers move up; 0 is the top, which cannot. */
  fromTier: number;
  /** Share of that tier's customers who move up one tier, in (0, 1]. Default 0.01. */
  share?: number;
}

export interface MoveUpResult {
  fromTier: number;
  toTier: number;
  /** share × the tier's customers: an expected number, so it may be fractional. */
  customersMoved: number;
  revenueBefore: number;
  revenueAfter: number;
  revenueChange: number;
  /** The tiers after the move. */
  tiers: { name?: string; customers: number; revenue: number }[];
}

/**
 * What if a share of one tier's customers moved up one tier? The customers who
 * move are taken as typical of their tier and take on the average revenue of
 * the tier above, so the change is moved × (average above − average here).
 */
export function moveUp(input: MoveUpInput): MoveUpResult {
  if (!Array.isArray(input.tiers) || input.tiers.length < 2) {
    throw new InvalidInputError('tiers', { kind: 'min-length', length: 2 });
  }
  const tiers = input.tiers.map((t: TierTotals | undefined, i) => ({
    ...(t?.name !== undefined ? { name: t.name } : {}),
    customers: wholeNumber(`tiers[${i}].customers`, t?.customers, 0),
    revenue: atLeast(`tiers[${i}].revenue`, t?.revenue, 0),
  }));
  const from = wholeNumber('fromTier', input.fromTier, 1, tiers.length - 1);
  const to = from - 1;
  const share = positiveShare('share', input.share ?? 0.01);
  if (tiers[from].customers === 0) throw new InvalidInputError(`tiers[${from}].customers`, { kind: 'min', min: 1, inclusive: true });
  if (tiers[to].customers === 0) throw new InvalidInputError(`tiers[${to}].customers`, { kind: 'min', min: 1, inclusive: true });

  const moved = share * tiers[from].customers;
  const averageFrom = tiers[from].revenue / tiers[from].customers;
  const averageTo = tiers[to].revenue / tiers[to].customers;
  const revenueBefore = finiteResult('tiers', tiers.reduce((a, t) => a + t.revenue, 0));
  const revenueChange = finiteResult('tiers', moved * (averageTo - averageFrom));
  const after = tiers.map((t) => ({ ...t }));
  after[from].customers -= moved;
  // Moving a whole tier can leave −1e-13 of revenue behind by rounding.
  after[from].revenue = Math.max(0, after[from].revenue - moved * averageFrom);
  after[to].customers += moved;
  after[to].revenue = finiteResult(`tiers[${to}].revenue`, after[to].revenue + moved * averageTo);
  return {
    fromTier: from,
    toTier: to,
    customersMoved: moved,
    revenueBefore,
    revenueAfter: finiteResult('tiers', revenueBefore + revenueChange),
    revenueChange,
    tiers: after,
  };
}
