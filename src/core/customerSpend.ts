/**
 * Generated customers: a shop's revenue per customer drawn from a log-normal
 * distribution, with one parameter, the spread, that sets how concentrated
 * the revenue is. Seeded and deterministic: the same seed gives the same
 * customers on every machine, so a lesson's numbers hold.
 *
 * Sources:
 * - Log-normal spend: J. Aitchison & J. A. C. Brown, *The Lognormal
 *   Distribution* (Cambridge, 1957). Its Gini coefficient is 2Φ(σ/√2) − 1,
 *   and the top q of customers hold 1 − Φ(Φ⁻¹(1 − q) − σ) of the revenue.
 * - Random numbers: T. Ettinger's mulberry32 (a 32-bit generator, public
 *   domain); normal deviates by G. E. P. Box & M. E. Muller (1958), "A note
 *   on the generation of random normal deviates", Ann. Math. Statist. 29(2).
 * - Normal distribution function: the complementary error function of
 *   W. H. Press et al., *Numerical Recipes in C* (2nd ed., §6.2, erfcc),
 *   fractional error below 1.2e-7; its inverse by P. J. Acklam's rational approximation
 *   with one Newton step.
 *
 * Each customer i gets one standard normal deviate zᵢ from the seed, and
 * spends mean · exp(σ·zᵢ − σ²/2): the expected spend is `meanRevenue` for
 * every spread, and a larger spread stretches the same customers apart
 * without reordering them, so concentration can only rise with it.
 */
import { finiteResult, positiveShare, within, type Limits } from './validate';

export const SPEND_LIMITS = {
  customers: { min: 1, max: 100_000, whole: true },
  /** σ of log spend: 0 means every customer spends the same. */
  spread: { min: 0, max: 3 },
  meanRevenue: { min: 0.01, max: 1_000_000 },
  seed: { min: 0, max: 4_294_967_295, whole: true },
} as const satisfies Record<string, Limits>;

export interface GeneratedSpendInput {
  customers: number;
  /** σ, the standard deviation of log spend. */
  spread: number;
  /** Expected spend per customer. */
  meanRevenue: number;
  seed: number;
}

/** A generator of uniform numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededUniform(seed: number): () => number {
  let state = within('seed', seed, SPEND_LIMITS.seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` standard normal deviates from a seed, by Box–Muller (both of each pair used). */
export function seededNormals(count: number, seed: number): number[] {
  const uniform = seededUniform(seed);
  const out: number[] = [];
  while (out.length < count) {
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    const angle = 2 * Math.PI * uniform();
    out.push(radius * Math.cos(angle));
    if (out.length < count) out.push(radius * Math.sin(angle));
  }
  return out;
}

/** Revenue per customer, in customer order (not sorted). */
export function generatedSpend(input: GeneratedSpendInput): number[] {
  const customers = within('customers', input.customers, SPEND_LIMITS.customers);
  const spread = within('spread', input.spread, SPEND_LIMITS.spread);
  const meanRevenue = within('meanRevenue', input.meanRevenue, SPEND_LIMITS.meanRevenue);
  const seed = within('seed', input.seed, SPEND_LIMITS.seed);
  const shift = (spread * spread) / 2;
  return seededNormals(customers, seed).map((z) => finiteResult('spread', meanRevenue * Math.exp(spread * z - shift)));
}

/** Φ, the standard normal distribution function. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 2 / (2 + z);
  const poly =
    -z * z -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(poly);
  return x >= 0 ? r : 2 - r;
}

/** Φ⁻¹(p) for p in (0, 1). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  // One Newton step on Φ(x) − p.
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  return x - (normalCdf(x) - p) / density;
}

/** The Gini coefficient of a log-normal spend with spread σ: 2Φ(σ/√2) − 1. */
export function lognormalGini(spread: number): number {
  const s = within('spread', spread, SPEND_LIMITS.spread);
  return 2 * normalCdf(s / Math.SQRT2) - 1;
}

/** The share of revenue the top `share` of customers hold under a log-normal spend with spread σ. */
export function lognormalTopShare(spread: number, share: number): number {
  const s = within('spread', spread, SPEND_LIMITS.spread);
  const q = positiveShare('share', share);
  if (q === 1) return 1;
  return 1 - normalCdf(normalQuantile(1 - q) - s);
}
