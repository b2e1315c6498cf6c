/**
 * Non-contractual repeat buying: the BG/NBD model ("beta-geometric / negative
 * binomial distribution").
 *
 * Source: P. S. Fader, B. G. S. Hardie & K. L. Lee (2005), "'Counting your
 * customers' the easy way: an alternative to the Pareto/NBD model", Marketing
 * Science 24(2), 275–284: the likelihood (eq. 6, computed as in its section 7),
 * E[X(t)] (eq. 9), P(X(t) = x) (eq. 8) and E[Y(t) | x, tₓ, T] (eq. 10); the
 * probability of being alive from B. G. S. Hardie's note 021, "Computing
 * P(alive) using the BG/NBD model" (2008). Checked against the paper's CDNOW
 * estimates (r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4) and against the
 * Python library `lifetimes` 0.11.3 (`BetaGeoFitter`).
 *
 * While alive, a customer buys at rate λ (a Poisson process); after each
 * repeat purchase they drop out for good with probability p. Across customers
 * λ ~ Gamma(r, α) and p ~ Beta(a, b). A customer's history is (x, tₓ, T):
 * x repeat purchases, the last at tₓ, observed for T since the first.
 *
 * The fit maximises the log-likelihood over ln r, ln α, ln a, ln b by BFGS
 * with the analytic gradient, on rows grouped by identical history.
 *
 * E[X(t)] is (a+b−1)/(a−1)·[1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))]; here it
 * is summed after Euler's transformation in a form with no 0/0 at a = 1
 * (see `expectedWhileAlive`), and by quadrature over p in the corners where the
 * series does not apply or loses digits (a + b ≤ 1; r > a + b, where its terms
 * alternate; t beyond a thousand times α + T; a so large that the series
 * overflows; r + x tiny beside a + b + x).
 */
import { betaMean, digammaUnchecked as psi, lnGammaUnchecked as lnG, oneMinusExpOver } from './kernels';
import { bfgs } from './optimize';
import {
  customerHistory,
  distinctFrequencies,
  groupRfm,
  forecastHorizon,
  modelParameter,
  type CustomerHistory,
  type FitReport,
  type RfmData,
  type RfmGroups,
} from './rfm';
import { lnBeta } from './special';
import { finiteResult, InvalidInputError, wholeNumber } from './validate';

export interface BgNbdParams {
  /** Shape of the purchase rates' gamma distribution. */
  r: number;
  /** Its scale, in the time unit of the data. */
  alpha: number;
  /** The dropout probabilities' beta distribution. */
  a: number;
  b: number;
}

export type BgNbdFit = FitReport<BgNbdParams>;

function params(p: BgNbdParams): BgNbdParams {
  if (!p || typeof p !== 'object') throw new InvalidInputError('params', { kind: 'non-empty' });
  return { r: modelParameter('r', p.r), alpha: modelParameter('alpha', p.alpha), a: modelParameter('a', p.a), b: modelParameter('b', p.b) };
}

/** Log parameters beyond this in size are walled off during the fit (e^30 ≈ 1e13). */
const LOG_WALL = 30;

/** The distinct values of a column, and each row's index into them. */
function distinctValues(column: Float64Array): { values: Float64Array; index: Int32Array } {
  const at = new Map<number, number>();
  const values: number[] = [];
  const index = new Int32Array(column.length);
  column.forEach((v, i) => {
    let k = at.get(v);
    if (k === undefined) at.set(v, (k = values.push(v) - 1));
    index[i] = k;
  });
  return { values: Float64Array.from(values), index };
}

/**
 * The mean negative log-likelihood per customer and its gradient in log
 * parameters. Per row, ln L = A₁ + A₂ + ln(e^A₃ + [x > 0]·e^A₄) with
 *   A₁ = ln Γ(r+x) − ln Γ(r) + r ln α,   A₂ = ln B(a, b+x) − ln B(a, b) (as Γs),
 *   A₃ = −(r+x) ln(α+T),   A₄ = ln a − ln(b+x−1) − (r+x) ln(α+tₓ)
 * (the paper's section 7). Everything but the last logaddexp depends on x, T
 * or tₓ alone, each with few distinct values: those parts are computed once per
 * value, so a row costs one exp and one log.
 */
function objective(groups: RfmGroups) {
  const { x, tx, T, count, customers } = groups;
  const freq = distinctFrequencies(groups);
  const ages = distinctValues(T);
  const recencies = distinctValues(tx);
  const k = freq.values.length;
  const lgr = new Float64Array(k);
  const dgr = new Float64Array(k);
  const a2 = new Float64Array(k);
  const da2a = new Float64Array(k);
  const da2b = new Float64Array(k);
  const lnB1 = new Float64Array(k); // ln(b + x − 1)
  const inB1 = new Float64Array(k); // 1/(b + x − 1)
  const lnAT = new Float64Array(ages.values.length);
  const inAT = new Float64Array(ages.values.length);
  const lnAt = new Float64Array(recencies.values.length);
  const inAt = new Float64Array(recencies.values.length);
  const rows = x.length;
  return (theta: readonly number[]) => {
    if (theta.some((v) => Math.abs(v) > LOG_WALL)) return { value: Infinity, gradient: [NaN, NaN, NaN, NaN] };
    const [r, alpha, a, b] = theta.map(Math.exp);
    const lnAlpha = Math.log(alpha);
    const lnA = Math.log(a);
    const psiR = psi(r);
    const lgR = lnG(r);
    const lgB = lnG(b);
    const lgAB = lnG(a + b);
    const psiB = psi(b);
    const psiAB = psi(a + b);
    for (let j = 0; j < k; j++) {
      const xj = freq.values[j];
      if (xj === 0) {
        lgr[j] = dgr[j] = a2[j] = da2a[j] = da2b[j] = lnB1[j] = inB1[j] = 0;
        continue;
      }
      lgr[j] = lnG(r + xj) - lgR;
      dgr[j] = psi(r + xj) - psiR;
      a2[j] = lgAB + lnG(b + xj) - lgB - lnG(a + b + xj);
      const psiABX = psi(a + b + xj);
      da2a[j] = psiAB - psiABX;
      da2b[j] = psiAB + psi(b + xj) - psiB - psiABX;
      lnB1[j] = Math.log(b + xj - 1);
      inB1[j] = 1 / (b + xj - 1);
    }
    for (let j = 0; j < ages.values.length; j++) {
      lnAT[j] = Math.log(alpha + ages.values[j]);
      inAT[j] = 1 / (alpha + ages.values[j]);
    }
    for (let j = 0; j < recencies.values.length; j++) {
      lnAt[j] = Math.log(alpha + recencies.values[j]);
      inAt[j] = 1 / (alpha + recencies.values[j]);
    }
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < rows; i++) {
      const xi = x[i];
      const j = freq.index[i];
      const w = count[i];
      const rx = r + xi;
      const jT = ages.index[i];
      const A3 = -rx * lnAT[jT];
      let L = A3;
      let dr = -lnAT[jT];
      let dAlpha = -rx * inAT[jT];
      let da = da2a[j];
      let db = da2b[j];
      if (xi > 0) {
        const jt = recencies.index[i];
        const A4 = lnA - lnB1[j] - rx * lnAt[jt];
        // ln(e^A₃ + e^A₄) and the weights of its two terms, from one exp.
        const e = Math.exp(-Math.abs(A3 - A4));
        L = Math.max(A3, A4) + Math.log1p(e);
        const wBig = 1 / (1 + e);
        const w3 = A3 >= A4 ? wBig : 1 - wBig;
        const w4 = 1 - w3;
        dr = -(w3 * lnAT[jT] + w4 * lnAt[jt]);
        dAlpha = -rx * (w3 * inAT[jT] + w4 * inAt[jt]);
        da += w4 / a;
        db -= w4 * inB1[j];
      }
      ll += w * (lgr[j] + r * lnAlpha + a2[j] + L);
      gr += w * (dgr[j] + lnAlpha + dr);
      gAlpha += w * (r / alpha + dAlpha);
      ga += w * da;
      gb += w * db;
    }
    return { value: -ll / customers, gradient: [(-gr * r) / customers, (-gAlpha * alpha) / customers, (-ga * a) / customers, (-gb * b) / customers] };
  };
}

/** The BG/NBD log-likelihood of the histories (summed over customers, in the data's time unit). */
export function bgNbdLogLikelihood(p: BgNbdParams, data: RfmData): number {
  const { r, alpha, a, b } = params(p);
  const groups = groupRfm(data);
  const f = objective(groups);
  return finiteResult('params', -f([r, alpha, a, b].map(Math.log)).value * groups.customers);
}

/** ∂LL/∂r, ∂LL/∂α, ∂LL/∂a, ∂LL/∂b: the analytic gradient the fit climbs. */
export function bgNbdLogLikelihoodGradient(p: BgNbdParams, data: RfmData): BgNbdParams {
  const { r, alpha, a, b } = params(p);
  const groups = groupRfm(data);
  const g = objective(groups)([r, alpha, a, b].map(Math.log)).gradient;
  const [dr, dAlpha, da, db] = [r, alpha, a, b].map((v, k) => finiteResult('params', (-g[k] * groups.customers) / v));
  return { r: dr, alpha: dAlpha, a: da, b: db };
}

export interface FitOptions<P> {
  /** Where the search starts. Default: every parameter 1, the scale parameter the largest T. */
  start?: P;
}

/** Fits the BG/NBD by maximum likelihood. */
export function fitBgNbd(data: RfmData, options: FitOptions<BgNbdParams> = {}): BgNbdFit {
  const groups = groupRfm(data);
  const maxT = groups.T.reduce((m, v) => Math.max(m, v), 0);
  const start = options.start ? params(options.start) : { r: 1, alpha: Math.max(maxT, 1e-3), a: 1, b: 1 };
  const f = objective(groups);
  const min = bfgs(f, [start.r, start.alpha, start.a, start.b].map(Math.log), { gradientTolerance: 1e-10 });
  const [r, alpha, a, b] = min.x.map(Math.exp);
  return {
    params: { r, alpha, a, b },
    logLikelihood: finiteResult('data', -min.value * groups.customers),
    customers: groups.customers,
    rows: groups.x.length,
    iterations: min.iterations,
    evaluations: min.evaluations,
    converged: min.converged,
  };
}

/** Largest t/(α+T) summed as a series; beyond it, quadrature. */
const SERIES_MAX_Z = 0.999;
const MAX_TERMS = 1_000_000;

/**
 * Expected purchases in the next t by a customer alive now whose λ ~ Gamma(k, A)
 * and p ~ Beta(a, β): E[(1 − (A/(A + p·t))^k)/p]. For a new customer this is
 * E[X(t)] (k = r, A = α, β = b); for one with history it is the part after
 * P(alive) in eq. (10) (k = r + x, A = α + T, β = b + x).
 *
 * With c = a + β − 1 and z = t/(A + t), eq. (10)'s closed form after Euler's
 * transformation is c/(a − 1)·[1 − (1 − z)^(a−1)·S], S = ₂F₁(c − k, a − 1; c; z).
 * Writing S = 1 + (a − 1)·S₁ gives c·[(1 − (1 − z)^(a−1))/(a − 1) − (1 − z)^(a−1)·S₁]
 * with S₁ = Σₙ≥₁ (c − k)ₙ (a)ₙ₋₁/((c)ₙ n!) zⁿ: no division by a − 1 remains.
 */
function expectedWhileAlive(k: number, A: number, a: number, beta: number, t: number): number {
  if (t === 0) return 0;
  const c = a + beta - 1;
  const z = t / (A + t);
  // The series' terms keep one sign when c − k > −1; below, they alternate and cancel.
  if (c > 0 && z <= SERIES_MAX_Z && c - k > -1) {
    const lnOneMinusZ = -Math.log1p(t / A);
    const upper = c - k;
    let term = (upper / c) * z;
    let s1 = term;
    for (let n = 1; n < MAX_TERMS && term !== 0; n++) {
      term *= (((upper + n) * (a + n - 1)) / ((c + n) * (n + 1))) * z;
      s1 += term;
      const next = Math.abs(((upper + n + 1) * (a + n)) / ((c + n + 1) * (n + 2))) * z;
      const rho = Math.max(next, z);
      if (rho < 1 && Math.abs(term) * rho <= 1e-17 * (1 - rho) * Math.abs(s1)) break;
    }
    const e1 = oneMinusExpOver(a - 1, -lnOneMinusZ);
    const value = c * (e1 - Math.exp((a - 1) * lnOneMinusZ) * s1);
    // The two parts nearly cancel when k is small beside c; past a million to one, or when the
    // series overflows (large a with z near 1), the quadrature is the better answer.
    if (Number.isFinite(value) && value > 0 && c * e1 <= 1e6 * value) return value;
  }
  const w = t / A;
  return betaMean(a, beta, lnBeta(a, beta), (p) => {
    const pw = p * w;
    // For tiny p (subnormal ones carry few digits) the first two terms of the series in p·w.
    if ((k + 1) * pw < 1e-6) return k * w * (1 - 0.5 * (k + 1) * pw);
    return -Math.expm1(-k * Math.log1p(pw)) / p;
  });
}

/** E[X(t)]: expected repeat purchases in t by a customer who has just made their first. */
export function bgNbdExpectedPurchases(p: BgNbdParams, t: number): number {
  const { r, alpha, a, b } = params(p);
  return finiteResult('t', expectedWhileAlive(r, alpha, a, b, forecastHorizon('t', t)));
}

/** P(alive | x, tₓ, T): 1 when x = 0 (in the BG/NBD a customer can drop out only after a repeat purchase). */
export function bgNbdProbabilityAlive(p: BgNbdParams, history: CustomerHistory): number {
  const { r, alpha, a, b } = params(p);
  const { x, tx, T } = customerHistory(history);
  return aliveUnchecked(r, alpha, a, b, x, tx, T);
}

function aliveUnchecked(r: number, alpha: number, a: number, b: number, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/** E[Y(t) | x, tₓ, T]: expected repeat purchases in the next t by a customer with this history (eq. 10). */
export function bgNbdConditionalExpectedPurchases(p: BgNbdParams, history: CustomerHistory, t: number): number {
  const { r, alpha, a, b } = params(p);
  const { x, tx, T } = customerHistory(history);
  const time = forecastHorizon('t', t);
  const alive = aliveUnchecked(r, alpha, a, b, x, tx, T);
  return finiteResult('t', alive === 0 ? 0 : alive * expectedWhileAlive(r + x, alpha + T, a, b + x, time));
}

/** The largest n accepted by bgNbdProbabilityOfPurchases. */
export const MAX_PURCHASES_PMF = 10_000;

/**
 * P(X(t) = n): the chance that a customer makes exactly n repeat purchases in
 * their first t (eq. 8). Σₙ P(X(Tᵢ) = n) over customers is the expected number
 * of customers with n repeat purchases, the paper's check of the fit (Figure 2).
 */
export function bgNbdProbabilityOfPurchases(p: BgNbdParams, t: number, n: number): number {
  const { r, alpha, a, b } = params(p);
  const time = forecastHorizon('t', t);
  const count = wholeNumber('n', n, 0, MAX_PURCHASES_PMF);
  if (time === 0) return count === 0 ? 1 : 0;
  const lnB = lnBeta(a, b);
  const lnStay = Math.log(alpha / (alpha + time)); // ln(α/(α+t))
  const lnGo = Math.log(time / (alpha + time)); // ln(t/(α+t))
  // The NBD term: P(n purchases in t while alive throughout).
  const nbd = (j: number) => Math.exp(lnG(r + j) - lnG(r) - lnG(j + 1) + r * lnStay + j * lnGo);
  let prob = Math.exp(lnBeta(a, b + count) - lnB) * nbd(count);
  if (count > 0) {
    let below = 0;
    for (let j = 0; j < count; j++) below += nbd(j);
    prob += Math.exp(lnBeta(a + 1, b + count - 1) - lnB) * Math.max(0, 1 - below);
  }
  return Math.min(1, Math.max(0, finiteResult('t', prob)));
}
