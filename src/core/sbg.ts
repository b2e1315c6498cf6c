/**
 * Contractual retention: the shifted-beta-geometric (sBG) model.
 *
 * Source: P. S. Fader & B. G. S. Hardie (2007), "How to project customer
 * retention", Journal of Interactive Marketing 21(1).
 *
 * Each customer churns at the end of a period with their own probability θ,
 * and θ varies across customers as Beta(α, β). Then
 *   P(T = t) = B(α + 1, β + t − 1) / B(α, β)   (lost in period t),
 *   S(t)     = B(α, β + t) / B(α, β)           (still active after t periods),
 *   r_t      = (β + t − 1) / (α + β + t − 1)   (retention in period t),
 * so retention rises over time even though no one customer changes: the
 * customers most likely to churn leave first.
 */
import { MAX_RETENTION_PERIODS, survivors as constantSurvivors } from './retention';
import { nelderMead } from './optimize';
import { lnBeta } from './special';
import { atLeast, finiteResult, greaterThan, InvalidInputError, list, wholeNumber, type Limits } from './validate';

/** Largest α or β accepted; also the edge of the fit's search. */
export const MAX_SHAPE = 1e6;
/** Smallest α or β the fit searches; data with no churn at all drive α towards 0. */
export const MIN_FITTED_SHAPE = 1e-6;
/** Largest period t accepted by sbgSurvival and sbgRetention. */
export const MAX_PERIOD = 10_000;

/**
 * The survivor series Fader & Hardie (2007) analyse (from Berry & Linoff,
 * 2004): of 1,000 customers who signed up together, how many are still
 * active at the start of years 0–12. The paper fits years 0–7 and holds
 * years 8–12 back to test the projection.
 */
export const FADER_HARDIE_2007 = {
  regular: [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173],
  highEnd: [1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394],
  /** Years 0 to this one are the calibration period. */
  calibrationYears: 7,
} as const;

/**
 * The ranges the retention simulator's projection view exposes: customers in
 * a period, how many periods of survivors the learner gives (3 at least, the
 * fewest fitSbg takes), and how far to project.
 */
export const SBG_LIMITS = {
  survivors: { min: 0, max: 10_000_000 },
  observedPeriods: { min: 3, max: 13, whole: true },
  projectTo: { min: 1, max: 30, whole: true },
} as const satisfies Record<string, Limits>;

function shape(field: string, value: unknown): number {
  const v = greaterThan(field, value, 0);
  if (v > MAX_SHAPE) throw new InvalidInputError(field, { kind: 'max', max: MAX_SHAPE, inclusive: true });
  return v;
}

// Written as 1 − α/(…) rather than (β+t−1)/(α+β+t−1) so that rounding cannot break the rise in t.
const retentionAt = (a: number, b: number, t: number) => 1 - a / (a + b + (t - 1));

/**
 * S(0), …, S(n) as running products of r_1 … r_t, which equal B(α, β+t)/B(α, β).
 * A ratio of ln Γ values rounds to a slightly rising S when α is tiny next to
 * β + t; multiplying by factors ≤ 1 can never rise.
 */
function survivalCurve(a: number, b: number, n: number): number[] {
  const curve = [1];
  for (let t = 1; t <= n; t++) curve.push(curve[t - 1] * retentionAt(a, b, t));
  return curve;
}

/** S(t): the share of the original customers still active after t periods. */
export function sbgSurvival(alpha: number, beta: number, t: number): number {
  const a = shape('alpha', alpha);
  const b = shape('beta', beta);
  const n = wholeNumber('t', t, 0, MAX_PERIOD);
  return survivalCurve(a, b, n)[n];
}

/** r_t: the share of those active after period t − 1 who are still active after period t (t ≥ 1). */
export function sbgRetention(alpha: number, beta: number, t: number): number {
  const a = shape('alpha', alpha);
  const b = shape('beta', beta);
  const n = wholeNumber('t', t, 1, MAX_PERIOD);
  return retentionAt(a, b, n);
}

export interface SbgProjectionInput {
  alpha: number;
  beta: number;
  /** Customers at the start (period 0). */
  customers: number;
  /** Periods to project: a whole number ≥ 1. */
  periods: number;
}

/** Expected survivors in periods 0, 1, …, periods: customers · S(t). */
export function projectSbg(input: SbgProjectionInput): number[] {
  const alpha = shape('alpha', input.alpha);
  const beta = shape('beta', input.beta);
  const customers = greaterThan('customers', input.customers, 0);
  const periods = wholeNumber('periods', input.periods, 1, MAX_RETENTION_PERIODS);
  return survivalCurve(alpha, beta, periods).map((share) => customers * share);
}

/**
 * Survivor counts: at least three non-negative numbers, the first above 0,
 * never rising. A rising entry is reported as `survivors[i]` with the
 * previous count as its maximum.
 */
function checkSurvivors(value: unknown): number[] {
  const counts = list('survivors', value, (f, v) => atLeast(f, v, 0), 3);
  greaterThan('survivors[0]', counts[0], 0);
  for (let i = 1; i < counts.length; i++) {
    if (counts[i] > counts[i - 1]) {
      throw new InvalidInputError(`survivors[${i}]`, { kind: 'max', max: counts[i - 1], inclusive: true });
    }
  }
  return counts;
}

/**
 * Log-likelihood per original customer: the share lost in period t adds
 * ln P(T = t), the share still active at the end adds ln S(n).
 */
function logLikelihoodPerCustomer(shares: readonly number[], a: number, b: number): number {
  const lnB = lnBeta(a, b);
  const n = shares.length - 1;
  let ll = 0;
  for (let t = 1; t <= n; t++) {
    const lost = shares[t - 1] - shares[t];
    if (lost > 0) ll += lost * (lnBeta(a + 1, b + (t - 1)) - lnB);
  }
  if (shares[n] > 0) ll += shares[n] * (lnBeta(a, b + n) - lnB);
  return ll;
}

export interface SbgFit {
  alpha: number;
  beta: number;
  /** At the fitted α, β, for the counts as given (not per customer). */
  logLikelihood: number;
}

/**
 * Maximum-likelihood α and β from survivor counts in periods 0, 1, …, n.
 *
 * The search runs over ln α and ln β (so both stay positive) within
 * [MIN_FITTED_SHAPE, MAX_SHAPE]. Data with no sign of heterogeneity (a constant
 * retention rate) push α and β up together; the fit stops where the
 * likelihood goes flat, with large α and β but the right mean churn α/(α + β).
 * Data with no churn at all push α towards MIN_FITTED_SHAPE.
 */
export function fitSbg(survivors: readonly number[]): SbgFit {
  const counts = checkSurvivors(survivors);
  // The maximum does not depend on the cohort's size; per-customer shares keep the tolerances meaningful.
  const shares = counts.map((c) => c / counts[0]);
  const lo = Math.log(MIN_FITTED_SHAPE);
  const hi = Math.log(MAX_SHAPE);
  const objective = ([la, lb]: readonly number[]) =>
    la < lo || la > hi || lb < lo || lb > hi ? Infinity : -logLikelihoodPerCustomer(shares, Math.exp(la), Math.exp(lb));
  const { x } = nelderMead(objective, [0, 0], { step: 0.5 });
  const alpha = Math.min(MAX_SHAPE, Math.exp(x[0]));
  const beta = Math.min(MAX_SHAPE, Math.exp(x[1]));
  // A log-likelihood cannot exceed 0; ln Γ's rounding can, by a hair, when nobody churns.
  const logLikelihood = Math.min(0, finiteResult('survivors', counts[0] * logLikelihoodPerCustomer(shares, alpha, beta)));
  return { alpha, beta, logLikelihood };
}

export interface ConstantRetentionFit {
  /** The one retention rate that fits the survivors best: 1 − churn. */
  retention: number;
  /** Customers lost over customer-periods at risk: the maximum-likelihood churn of the geometric model. */
  churn: number;
  logLikelihood: number;
}

/**
 * The best single retention rate for survivor counts in periods 0, 1, …, n:
 * the geometric model (every customer, every period, the same churn p), the
 * limit of the sBG with no heterogeneity. Its maximum-likelihood churn is the
 * customers lost divided by the customer-periods at risk,
 * p = (S₀ − Sₙ) / (S₀ + S₁ + … + Sₙ₋₁).
 */
export function fitConstantRetention(survivors: readonly number[]): ConstantRetentionFit {
  const counts = checkSurvivors(survivors);
  const n = counts.length - 1;
  const lost = counts[0] - counts[n];
  const atRisk = counts.slice(0, n).reduce((a, b) => a + b, 0);
  const churn = Math.min(1, Math.max(0, lost / atRisk));
  // ln L = Σ lost_t ln p + (Σ (t − 1)·lost_t + n·Sₙ) ln(1 − p); each sum is 0 where its log is −∞.
  const stayed = atRisk - lost;
  const logLikelihood =
    (lost > 0 ? lost * Math.log(churn) : 0) + (stayed > 0 ? stayed * Math.log(1 - churn) : 0);
  return { retention: 1 - churn, churn, logLikelihood: Math.min(0, finiteResult('survivors', logLikelihood)) };
}

/** Expected survivors in periods 0, 1, …, periods at one constant retention rate. */
export function projectConstantRetention(input: { retention: number; customers: number; periods: number }): number[] {
  return constantSurvivors({ customers: input.customers, retention: input.retention, periods: input.periods });
}
