/**
 * What a customer spends per purchase: the Gamma-Gamma model, and the
 * lifetime value it gives with a purchase-count model (BG/NBD or Pareto/NBD).
 *
 * Source: P. S. Fader & B. G. S. Hardie (2013), "The Gamma-Gamma model of
 * monetary value" (brucehardie.com note 025): the likelihood of a customer's
 * mean spend m̄ over x purchases (eq. 1a) and the conditional expectation
 * (eq. 5); on CDNOW's 946 repeat buyers p 6.25, q 3.74, γ 15.44. Fitted by
 * BFGS on ln p, ln q, ln γ with the analytic gradient. Lifetime value as the
 * Python library `lifetimes` 0.11.3 computes it
 * (`GammaGammaFitter.customer_lifetime_value`): month by month, the expected
 * purchases in that month times the expected spend, discounted at a monthly
 * rate, a month being 30 days, 4.345 weeks or 1 month of the data's unit.
 *
 * Each purchase's value is Gamma(p, ν) around the customer's own mean p/ν, and
 * ν ~ Gamma(q, γ) across customers; spend is assumed independent of how often
 * a customer buys. E(M | x, m̄) = (γ + x·m̄)·p/(p·x + q − 1): a weighted mean of
 * the population's mean γp/(q − 1) and the customer's own m̄.
 */
import { bgNbdConditionalExpectedPurchases, type BgNbdParams, type FitOptions } from './bgnbd';
import { bfgs } from './optimize';
import { paretoNbdConditionalExpectedPurchases, type ParetoNbdParams } from './paretoNbd';
import { modelParameter, MAX_FREQUENCY, type CustomerHistory, type FitReport, type TimeUnit } from './rfm';
import { digammaUnchecked as psi, lnGammaUnchecked as lnG } from './kernels';
import { atLeast, finite, finiteResult, InvalidInputError, wholeNumber } from './validate';

export interface GammaGammaParams {
  p: number;
  q: number;
  /** γ (lifetimes calls it v), in money. */
  gamma: number;
}

export type GammaGammaFit = FitReport<GammaGammaParams>;

/** Spend data: each repeat buyer's number of repeat purchases x ≥ 1 and their mean value m̄ > 0. */
export interface SpendData {
  x: ArrayLike<number>;
  m: ArrayLike<number>;
  /** Customers sharing each row. Default 1 each. */
  count?: ArrayLike<number>;
}

function params(p: GammaGammaParams): GammaGammaParams {
  if (!p || typeof p !== 'object') throw new InvalidInputError('params', { kind: 'non-empty' });
  return { p: modelParameter('p', p.p), q: modelParameter('q', p.q), gamma: modelParameter('gamma', p.gamma) };
}

interface SpendGroups {
  x: Float64Array;
  m: Float64Array;
  count: Float64Array;
  customers: number;
}

/** Checks spend data and merges identical rows. */
function groupSpend(data: SpendData): SpendGroups {
  if (!data || typeof data !== 'object') throw new InvalidInputError('data', { kind: 'non-empty' });
  const n = data.x?.length;
  if (typeof n !== 'number' || n === 0) throw new InvalidInputError('data.x', { kind: 'non-empty' });
  if (data.m?.length !== n) throw new InvalidInputError('data.m', { kind: 'length', length: n });
  if (data.count !== undefined && data.count.length !== n) throw new InvalidInputError('data.count', { kind: 'length', length: n });
  // Identical (x, m̄) rows merged; a map per x keeps the keys numbers (no string per row).
  const rows = new Map<number, Map<number, number>>();
  const x: number[] = [];
  const m: number[] = [];
  const count: number[] = [];
  let customers = 0;
  for (let i = 0; i < n; i++) {
    const xi = data.x[i];
    const mi = data.m[i];
    if (!(Number.isInteger(xi) && xi >= 1 && xi <= MAX_FREQUENCY)) wholeNumber(`data[${i}].x`, xi, 1, MAX_FREQUENCY);
    if (!(Number.isFinite(mi) && mi > 0)) {
      finite(`data[${i}].m`, mi);
      throw new InvalidInputError(`data[${i}].m`, { kind: 'min', min: 0, inclusive: false });
    }
    const w = data.count ? atLeast(`data.count[${i}]`, data.count[i], 0) : 1;
    if (w === 0) continue;
    customers += w;
    let byM = rows.get(xi);
    if (!byM) rows.set(xi, (byM = new Map()));
    const at = byM.get(mi);
    if (at !== undefined) count[at] += w;
    else {
      byM.set(mi, x.length);
      x.push(xi);
      m.push(mi);
      count.push(w);
    }
  }
  if (customers === 0) throw new InvalidInputError('data.count', { kind: 'min', min: 0, inclusive: false });
  return { x: Float64Array.from(x), m: Float64Array.from(m), count: Float64Array.from(count), customers };
}

const LOG_WALL = 30;

function objective(groups: SpendGroups) {
  const { x, m, count, customers } = groups;
  // ln L = Σ w·[lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px − 1) ln m + px ln x − (px + q) ln(xm + γ)].
  // The gamma-function terms depend on x alone (a file has few distinct x), and (px − 1) ln m + px ln x
  // sums to p·A − B with constants A = Σ w x (ln m + ln x), B = Σ w ln m: only ln(xm + γ) is left per row.
  const perX = new Map<number, number>();
  let A = 0;
  let B = 0;
  for (let i = 0; i < x.length; i++) {
    perX.set(x[i], (perX.get(x[i]) ?? 0) + count[i]);
    A += count[i] * x[i] * (Math.log(m[i]) + Math.log(x[i]));
    B += count[i] * Math.log(m[i]);
  }
  const xs = Float64Array.from(perX.keys());
  const ns = Float64Array.from(perX.values());
  const wx = Float64Array.from(x, (v, i) => v * count[i]);
  const xm = Float64Array.from(x, (v, i) => v * m[i]);
  return (theta: readonly number[]) => {
    if (theta.some((v) => Math.abs(v) > LOG_WALL)) return { value: Infinity, gradient: [NaN, NaN, NaN] };
    const p = Math.exp(theta[0]);
    const q = Math.exp(theta[1]);
    const v = Math.exp(theta[2]);
    const lgQ = lnG(q);
    const psiQ = psi(q);
    let ll = customers * q * Math.log(v) + p * A - B;
    let gp = A;
    let gq = customers * (Math.log(v) - psiQ);
    let gv = (customers * q) / v;
    for (let j = 0; j < xs.length; j++) {
      const px = p * xs[j];
      const psiPXQ = psi(px + q);
      ll += ns[j] * (lnG(px + q) - lnG(px) - lgQ);
      gp += ns[j] * xs[j] * (psiPXQ - psi(px));
      gq += ns[j] * psiPXQ;
    }
    for (let i = 0; i < x.length; i++) {
      const e = xm[i] + v;
      const lnE = Math.log(e);
      const w = count[i];
      const pxq = p * x[i] + q;
      ll -= w * pxq * lnE;
      gp -= wx[i] * lnE;
      gq -= w * lnE;
      gv -= (w * pxq) / e;
    }
    return { value: -ll / customers, gradient: [(-gp * p) / customers, (-gq * q) / customers, (-gv * v) / customers] };
  };
}

/** The Gamma-Gamma log-likelihood of the spend data (eq. 1a, summed over customers). */
export function gammaGammaLogLikelihood(p: GammaGammaParams, data: SpendData): number {
  const { p: pp, q, gamma } = params(p);
  const groups = groupSpend(data);
  return finiteResult('params', -objective(groups)([pp, q, gamma].map(Math.log)).value * groups.customers);
}

/** ∂LL/∂p, ∂LL/∂q, ∂LL/∂γ: the analytic gradient the fit climbs. */
export function gammaGammaLogLikelihoodGradient(p: GammaGammaParams, data: SpendData): GammaGammaParams {
  const { p: pp, q, gamma } = params(p);
  const groups = groupSpend(data);
  const g = objective(groups)([pp, q, gamma].map(Math.log)).gradient;
  const [dp, dq, dGamma] = [pp, q, gamma].map((v, k) => finiteResult('params', (-g[k] * groups.customers) / v));
  return { p: dp, q: dq, gamma: dGamma };
}

/**
 * A start near the maximum, from the moments of m̄: μ = E[m̄] = γp/(q − 1),
 * and Var(m̄ | x)/μ² = (1 + (q − 1)/(p·x))/(q − 2), a line in 1/x whose
 * intercept and slope give q and p (least squares over the distinct x,
 * weighted by customers). Where the moments do not fit the model (q ≤ 2, a
 * slope ≤ 0), p = q = 2 with γ matching μ.
 */
function momentsStart(groups: SpendGroups): GammaGammaParams {
  const byX = new Map<number, { n: number; s: number; ss: number }>();
  let total = 0;
  for (let i = 0; i < groups.x.length; i++) {
    const w = groups.count[i];
    const e = byX.get(groups.x[i]) ?? { n: 0, s: 0, ss: 0 };
    e.n += w;
    e.s += w * groups.m[i];
    e.ss += w * groups.m[i] * groups.m[i];
    byX.set(groups.x[i], e);
    total += w * groups.m[i];
  }
  const mu = total / groups.customers;
  // Weighted least squares of CV²(x) on u = 1/x, over x with at least 5 customers.
  let sw = 0, su = 0, sy = 0, suu = 0, suy = 0;
  for (const [x, e] of byX) {
    if (e.n < 5) continue;
    const mean = e.s / e.n;
    const y = (e.ss / e.n - mean * mean) / (mu * mu);
    const u = 1 / x;
    sw += e.n;
    su += e.n * u;
    sy += e.n * y;
    suu += e.n * u * u;
    suy += e.n * u * y;
  }
  const det = sw * suu - su * su;
  const slope = det > 0 ? (sw * suy - su * sy) / det : NaN;
  const intercept = det > 0 ? (sy - slope * su) / sw : NaN;
  if (intercept > 0 && slope > 0) {
    const q = 2 + 1 / intercept;
    const p = ((q - 1) * intercept) / slope;
    const gamma = (mu * (q - 1)) / p;
    if ([p, q, gamma].every((v) => Number.isFinite(v) && v > 1e-6 && v < 1e6)) return { p, q, gamma };
  }
  return { p: 2, q: 2, gamma: mu / 2 };
}

/** Fits the Gamma-Gamma model by maximum likelihood (repeat buyers only: x ≥ 1, m̄ > 0). */
export function fitGammaGamma(data: SpendData, options: FitOptions<GammaGammaParams> = {}): GammaGammaFit {
  const groups = groupSpend(data);
  const start = options.start ? params(options.start) : momentsStart(groups);
  const min = bfgs(objective(groups), [start.p, start.q, start.gamma].map(Math.log), { gradientTolerance: 1e-10, estimateHessian: true });
  const [p, q, gamma] = min.x.map(Math.exp);
  return {
    params: { p, q, gamma },
    logLikelihood: finiteResult('data', -min.value * groups.customers),
    customers: groups.customers,
    rows: groups.x.length,
    iterations: min.iterations,
    evaluations: min.evaluations,
    converged: min.converged,
  };
}

/**
 * E(M | x, m̄): the expected value of a customer's future purchases (eq. 5).
 * x = 0 (with m̄ = 0) gives the population mean γp/(q − 1). Needs p·x + q > 1.
 */
export function gammaGammaExpectedSpend(p: GammaGammaParams, x: number, m: number): number {
  const { p: pp, q, gamma } = params(p);
  const xv = wholeNumber('x', x, 0, MAX_FREQUENCY);
  const mv = atLeast('m', m, 0);
  return spendUnchecked(pp, q, gamma, xv, mv);
}

function spendUnchecked(p: number, q: number, gamma: number, x: number, m: number): number {
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) throw new InvalidInputError('q', { kind: 'min', min: 1 - p * x, inclusive: false });
  return finiteResult('m', ((gamma + x * m) * p) / denominator);
}

/** A fitted purchase-count model, as customerLifetimeValue takes it. */
export type PurchaseModel = { kind: 'bgnbd'; params: BgNbdParams } | { kind: 'paretonbd'; params: ParetoNbdParams };

/** Days, weeks or months in lifetimes' month: `{"D": 30, "W": 4.345, "M": 1.0}`. */
export const CLV_MONTH: Readonly<Record<TimeUnit, number>> = { days: 30, weeks: 4.345, months: 1 };

/** The ranges customerLifetimeValue accepts. */
export const CLV_LIMITS = {
  months: { min: 1, max: 1200, whole: true },
  monthlyDiscount: { min: 0, max: 1 },
} as const;

export interface HorizonOptions {
  /** Horizon in months. Default 12. */
  months?: number;
  /** Monthly discount rate. Default 0.01. */
  monthlyDiscount?: number;
  /** The unit of tₓ and T. Default 'weeks'. */
  unit?: TimeUnit;
}

export interface LifetimeValueInput extends HorizonOptions {
  model: PurchaseModel;
  spend: GammaGammaParams;
  /** The customer's history, in the unit the models were fitted in. */
  history: CustomerHistory;
  /** Mean value of their repeat purchases (0 when x = 0). */
  monetary: number;
}

function horizonOptions(input: HorizonOptions) {
  const months = wholeNumber('months', input.months ?? 12, CLV_LIMITS.months.min, CLV_LIMITS.months.max);
  const d = atLeast('monthlyDiscount', input.monthlyDiscount ?? 0.01, CLV_LIMITS.monthlyDiscount.min);
  if (d > CLV_LIMITS.monthlyDiscount.max) throw new InvalidInputError('monthlyDiscount', { kind: 'max', max: CLV_LIMITS.monthlyDiscount.max, inclusive: true });
  const unit = input.unit ?? 'weeks';
  if (!(unit in CLV_MONTH)) throw new InvalidInputError('unit', { kind: 'non-empty' });
  return { months, d, unit };
}

/**
 * Σ over months i = 1…n of (E[Y(i·f)] − E[Y((i−1)·f)]) / (1 + d)^i: the
 * customer's expected purchases over the horizon, each month discounted;
 * lifetime value is this times the expected spend per purchase. Depends on the
 * history only, so a batch computes it once per distinct (x, tₓ, T).
 */
export function discountedPurchases(model: PurchaseModel, history: CustomerHistory, options: HorizonOptions = {}): number {
  if (!options || typeof options !== 'object') throw new InvalidInputError('options', { kind: 'non-empty' });
  const { months, d, unit } = horizonOptions(options);
  if (!model || (model.kind !== 'bgnbd' && model.kind !== 'paretonbd')) throw new InvalidInputError('model', { kind: 'non-empty' });
  const expected = (t: number) =>
    model.kind === 'bgnbd' ? bgNbdConditionalExpectedPurchases(model.params, history, t) : paretoNbdConditionalExpectedPurchases(model.params, history, t);
  const f = CLV_MONTH[unit];
  let total = 0;
  let before = 0;
  for (let i = 1; i <= months; i++) {
    const upTo = expected(i * f);
    total += (upTo - before) / (1 + d) ** i;
    before = upTo;
  }
  return finiteResult('months', total);
}

/**
 * A customer's lifetime value over the horizon, as lifetimes computes it:
 * Σ over months i = 1…n of E(M | x, m̄) · (E[Y(i·f)] − E[Y((i−1)·f)]) / (1 + d)^i,
 * with E[Y] the purchase model's conditional expected purchases and f the
 * length of a month in the unit (CLV_MONTH).
 */
export function customerLifetimeValue(input: LifetimeValueInput): number {
  if (!input || typeof input !== 'object') throw new InvalidInputError('input', { kind: 'non-empty' });
  const spend = params(input.spend);
  const x = wholeNumber('x', input.history?.x, 0, MAX_FREQUENCY);
  const m = atLeast('monetary', input.monetary, 0);
  const value = spendUnchecked(spend.p, spend.q, spend.gamma, x, m);
  return finiteResult('monetary', value * discountedPurchases(input.model, input.history, input));
}
