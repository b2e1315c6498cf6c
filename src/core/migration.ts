/**
 * Migration model for always-a-share customers: a Markov chain over recency
 * states, so a customer who pauses can come back.
 *
 * Source: P. E. Pfeifer & R. L. Carraway (2000), "Modeling customer
 * relationships as Markov chains", Journal of Interactive Marketing 14(2),
 * the recency model (after F. R. Dwyer 1989, "Customer lifetime valuation to
 * support marketing decision making").
 *
 * State k (1-based) means the last purchase was k periods ago; the last state
 * means "that many periods ago or more". From state k the customer buys again
 * with probability p_k and returns to state 1, or else moves to state k+1; the
 * last state stays where it is when there is no purchase.
 */
import { exactLength, finite, finiteResult, greaterThan, InvalidInputError, list, probability, wholeNumber, type Limits } from './validate';
import { matrixPower, solveLinearSystem } from './linear';

/** At least two recency states: with one there is nowhere to migrate. */
export const MIN_STATES = 2;
export const MAX_STATES = 50;
export const MAX_PERIODS = 10_000;

function repeatProbabilities(value: unknown): number[] {
  const p = list('repeatProbability', value, probability, MIN_STATES);
  if (p.length > MAX_STATES) {
    throw new InvalidInputError('repeatProbability.length', { kind: 'max', max: MAX_STATES, inclusive: true });
  }
  return p;
}

function transitionMatrix(p: readonly number[]): number[][] {
  const n = p.length;
  return p.map((pk, k) => {
    const row = new Array<number>(n).fill(0);
    row[0] += pk;
    row[Math.min(k + 1, n - 1)] += 1 - pk;
    return row;
  });
}

/**
 * The transition matrix P: P[k][j] is the chance a customer in state k+1 is in
 * state j+1 a period later. Every row sums to 1.
 */
export function migrationMatrix(repeatProbability: readonly number[]): number[][] {
  return transitionMatrix(repeatProbabilities(repeatProbability));
}

export interface MigrationValueInput {
  /** p_k: the chance a customer in state k buys this period, in [0, 1]; one per state. */
  repeatProbability: readonly number[];
  /** R_k: the net contribution in a period from a customer in state k (negative for a mailing cost); one per state. */
  rewards: readonly number[];
  /**
   * Per-period discount rate d, greater than 0. At d = 0 the value is an
   * undiscounted sum over an endless relationship, which diverges (with
   * p = 1 and a positive reward it grows without bound).
   */
  discountRate: number;
}

/**
 * V = (I − P/(1+d))⁻¹ R: the expected present value of a customer in each
 * state, this period's reward counted in full and period t's divided by
 * (1+d)ᵗ. V[k] is the value of a customer now in state k+1.
 */
export function migrationValue(input: MigrationValueInput): number[] {
  const p = repeatProbabilities(input.repeatProbability);
  const rewards = exactLength('rewards', input.rewards, p.length, finite);
  const d = greaterThan('discountRate', input.discountRate, 0);
  const keep = 1 / (1 + d);
  const system = transitionMatrix(p).map((row, i) => row.map((pij, j) => (i === j ? 1 : 0) - keep * pij));
  // The system is strictly diagonally dominant for d > 0; only a d so small that
  // 1 + d rounds to 1 makes it singular, and that is the discount rate's fault.
  const solve = (r: number[]) => solveLinearSystem(system, r, 'discountRate').map((v) => Math.max(v, 0));
  // (I − P/(1+d))⁻¹ has no negative entries, so gains and losses are solved
  // apart: pivoting's rounding can leave −1e-14 where the true value is 0.
  const gains = solve(rewards.map((r) => Math.max(r, 0)));
  const losses = solve(rewards.map((r) => Math.max(-r, 0)));
  return gains.map((g, i) => finiteResult('rewards', g - losses[i]));
}

export interface StateDistributionInput {
  repeatProbability: readonly number[];
  /** The state the customer is in now: a whole number from 1 to the number of states. */
  startState: number;
  /** Periods ahead, a whole number ≥ 0 (0 gives the start state itself). */
  periods: number;
}

/**
 * Where a customer now in `startState` is expected to be after `periods`
 * periods: row startState of Pᵗ, one probability per state, summing to 1.
 */
export function stateDistribution(input: StateDistributionInput): number[] {
  const p = repeatProbabilities(input.repeatProbability);
  const start = wholeNumber('startState', input.startState, 1, p.length);
  const periods = wholeNumber('periods', input.periods, 0, MAX_PERIODS);
  return matrixPower(transitionMatrix(p), periods, 'repeatProbability')[start - 1];
}

/**
 * What the widgets accept for the recency model, input by input. The chain
 * itself takes up to MAX_STATES states; a learner sets each one by hand, so
 * the widget stops at 8. The discount rate must be above 0 (see
 * migrationValue); 0.5% per period is the smallest offered.
 */
export const MIGRATION_LIMITS = {
  states: { min: MIN_STATES, max: 8, whole: true },
  repeatProbability: { min: 0, max: 1 },
  margin: { min: 0, max: 100_000 },
  mailingCost: { min: 0, max: 10_000 },
  discountRate: { min: 0.005, max: 1 },
  periods: { min: 1, max: 60, whole: true },
} as const satisfies Record<string, Limits>;

/**
 * The same customers read as lost-for-good (Jackson 1985; Dwyer 1989): one
 * period without a purchase and they are gone. Only the chance of buying
 * again right after a purchase is kept; every lapsed state's chance becomes 0.
 */
export function lostForGoodProbabilities(repeatProbability: readonly number[]): number[] {
  const p = repeatProbabilities(repeatProbability);
  return p.map((pk, k) => (k === 0 ? pk : 0));
}
