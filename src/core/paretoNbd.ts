/**
 * Non-contractual repeat buying: the Pareto/NBD model.
 *
 * Sources: D. C. Schmittlein, D. G. Morrison & R. Colombo (1987), "Counting
 * your customers: who are they and what will they do next?", Management
 * Science 33(1), 1–24 (the model); its likelihood, P(alive), E[X(t)] and
 * E[Y(t) | x, tₓ, T] as written by P. S. Fader, B. G. S. Hardie & K. L. Lee
 * (2005), "A note on deriving the Pareto/NBD model and related expressions"
 * (brucehardie.com note 009, eqs. 18–22, 27, 36–37, 41), with the CDNOW
 * estimates of Fader, Hardie & Lee (2005), Marketing Science 24(2):
 * r 0.553, α 10.578, s 0.606, β 11.669, LL −9595.0. Checked against the
 * Python library `lifetimes` 0.11.3 (`ParetoNBDFitter`).
 *
 * While alive, a customer buys at rate λ; they stay alive for an exponential
 * time with rate μ. Across customers λ ~ Gamma(r, α) and μ ~ Gamma(s, β).
 *
 * The likelihood of a history (x, tₓ, T) is
 *   L = Γ(r+x)α^r β^s/Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s·I ],
 *   I = ∫ from tₓ to T of (α+τ)^−(r+x) (β+τ)^−(s+1) dτ
 * (the note's A₀ is (r+s+x)·I). With m = max(α, β), I(t) = ∫ from t to ∞ is
 *   (m+t)^−(r+s+x) · ₂F₁(r+s+x, b; r+s+x+1; |α−β|/(m+t)) / (r+s+x),
 * b = s + 1 when α ≥ β and r + x otherwise, so the argument z lies in [0, 1).
 * Since c − a − b = 1 − b ≤ 0 for the customers who count, ₂F₁ is summed
 * after Euler's transformation: (1 − z)^(1−b) · Σ (a+1−b)ₙ/(a+1)ₙ zⁿ, a series
 * of positive terms each at most zⁿ, so it never overflows and converges
 * geometrically (over CDNOW's range z < 0.2: a dozen terms). Its derivatives
 * in a, b and z are summed with it, term by term, which gives the analytic
 * gradient that the BFGS fit on ln r, ln α, ln s, ln β uses. I = I(tₓ) − I(T)
 * is taken in logarithms. Where α and β are so far apart that z passes 0.9
 * (the series would need hundreds of terms, then millions), I and its
 * gradient are integrated instead, by the tanh-sinh rule over [tₓ, T].
 */
import { digammaUnchecked as psi, lnGammaUnchecked as lnG, oneMinusExpOver, tanhSinhLevel } from './kernels';
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
import { finiteResult, InvalidInputError } from './validate';
import type { FitOptions } from './bgnbd';

export interface ParetoNbdParams {
  /** Shape and scale of the purchase rates' gamma distribution. */
  r: number;
  alpha: number;
  /** Shape and scale of the dropout rates' gamma distribution. */
  s: number;
  beta: number;
}

export type ParetoNbdFit = FitReport<ParetoNbdParams>;

function params(p: ParetoNbdParams): ParetoNbdParams {
  if (!p || typeof p !== 'object') throw new InvalidInputError('params', { kind: 'non-empty' });
  return { r: modelParameter('r', p.r), alpha: modelParameter('alpha', p.alpha), s: modelParameter('s', p.s), beta: modelParameter('beta', p.beta) };
}

const LOG_WALL = 30;
const MAX_TERMS = 100_000;

/** ln I(t) and its partial derivatives in r, s, α, β, written into `grad`. */
function lnTail(r: number, s: number, alpha: number, beta: number, x: number, t: number, grad: Float64Array | null): number {
  const a = r + s + x;
  const q = a + 1;
  const alphaBig = alpha >= beta;
  const m = alphaBig ? alpha : beta;
  const mt = m + t;
  const z = (alphaBig ? alpha - beta : beta - alpha) / mt;
  const b = alphaBig ? s + 1 : r + x;
  const p = q - b; // r + x when α ≥ β, s + 1 otherwise: > 0 either way
  // G = Σ (p)ₙ/(q)ₙ zⁿ with ∂G/∂p, ∂G/∂q and ∂G/∂z, term by term.
  let term = 1;
  let G = 1;
  let Gp = 0;
  let Gq = 0;
  let Gz = p / q;
  if (z > 0) {
    let Sp = 0;
    let Sq = 0;
    const floor = 1e-17 * (1 - z) * (1 - z);
    let n = 0;
    for (; n < MAX_TERMS; n++) {
      Sp += 1 / (p + n);
      Sq += 1 / (q + n);
      term *= ((p + n) / (q + n)) * z;
      G += term;
      Gp += term * Sp;
      Gq -= term * Sq;
      Gz += (n + 2) * term * ((p + n + 1) / (q + n + 1));
      if (term * (n + 2) * (1 + Sp + Sq) <= floor * G) break;
    }
    if (n === MAX_TERMS) return NaN;
  }
  const lnOneMinusZ = Math.log1p(-z);
  const lnI = -a * Math.log(mt) - Math.log(a) + (1 - b) * lnOneMinusZ + Math.log(G);
  if (grad) {
    const common = -Math.log(mt) - 1 / a + Gq / G; // through a and q = a + 1, which move with r and s alike
    const viaP = Gp / G;
    const viaB = -lnOneMinusZ;
    const dz = (b - 1) / (1 - z) + Gz / G;
    if (alphaBig) {
      grad[0] = common + viaP; // p = r + x
      grad[1] = common + viaB; // b = s + 1
      grad[2] = -a / mt + (dz * (beta + t)) / (mt * mt);
      grad[3] = -dz / mt;
    } else {
      grad[0] = common + viaB; // b = r + x
      grad[1] = common + viaP; // p = s + 1
      grad[2] = -dz / mt;
      grad[3] = -a / mt + (dz * (alpha + t)) / (mt * mt);
    }
  }
  return lnI;
}

/** Beyond this z the series is slow (hundreds of terms and more): I is integrated instead. */
const QUADRATURE_Z = 0.9;

/**
 * ln I by quadrature over [tₓ, T] in v = ln(min(α, β) + τ), in which the
 * integrand's power laws become smooth, and (into `grad`) its derivatives in
 * r, s, α, β: the integrand-weighted means of −ln(α+τ), −ln(β+τ),
 * −(r+x)/(α+τ) and −(s+1)/(β+τ). Used where α and β are far apart.
 */
function lnIByQuadrature(r: number, s: number, alpha: number, beta: number, x: number, tx: number, T: number, grad: Float64Array | null): number {
  const m0 = Math.min(alpha, beta);
  const da = alpha - m0;
  const db = beta - m0;
  const lo = Math.log(m0 + tx);
  const hi = Math.log(m0 + T);
  if (!(hi > lo)) return -Infinity; // T − tₓ below rounding: the integral is 0 to double precision
  const ln: number[] = [];
  const d: number[][] = [[], [], [], []];
  const visit = (v: number, lnW: number) => {
    const e = Math.exp(v);
    const lnA = da === 0 ? v : Math.log(da + e);
    const lnB = db === 0 ? v : Math.log(db + e);
    ln.push(lnW + v - (r + x) * lnA - (s + 1) * lnB);
    if (grad) {
      d[0].push(-lnA);
      d[1].push(-lnB);
      d[2].push(-(r + x) / (da + e));
      d[3].push(-(s + 1) / (db + e));
    }
  };
  const sum = () => {
    let top = -Infinity;
    for (const t of ln) if (t > top) top = t;
    let total = 0;
    for (const t of ln) total += Math.exp(t - top);
    return { top, total };
  };
  let h = 0.5;
  tanhSinhLevel(lo, hi, h, 0, 1, visit);
  let { top, total } = sum();
  let estimate = top + Math.log(total * h);
  for (let level = 0; level < 12; level++) {
    h /= 2;
    tanhSinhLevel(lo, hi, h, 1, 2, visit);
    ({ top, total } = sum());
    const next = top + Math.log(total * h);
    const done = Math.abs(next - estimate) <= 1e-14 * Math.max(1, Math.abs(next));
    estimate = next;
    if (done) break;
  }
  if (grad) {
    for (let k = 0; k < 4; k++) {
      let acc = 0;
      for (let j = 0; j < ln.length; j++) acc += Math.exp(ln[j] - top) * d[k][j];
      grad[k] = acc / total;
    }
  }
  return estimate;
}

/**
 * ln of the part of the likelihood after Γ(r+x)α^r β^s/Γ(r): the two terms in
 * the bracket, as logs, and their gradients; shared by the fit and P(alive).
 */
function bracket(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  gA: Float64Array | null,
  gB: Float64Array | null,
  scratch: Float64Array | null,
): { A: number; B: number } {
  const lnAT = Math.log(alpha + T);
  const lnBT = Math.log(beta + T);
  const A = -(r + x) * lnAT - s * lnBT;
  if (gA) {
    gA[0] = -lnAT;
    gA[1] = -lnBT;
    gA[2] = -(r + x) / (alpha + T);
    gA[3] = -s / (beta + T);
  }
  let B = -Infinity;
  if (T > tx) {
    if (Math.abs(alpha - beta) / (Math.max(alpha, beta) + tx) > QUADRATURE_Z) {
      B = Math.log(s) + lnIByQuadrature(r, s, alpha, beta, x, tx, T, gB);
      if (gB) gB[1] += 1 / s;
    } else {
      const l1 = lnTail(r, s, alpha, beta, x, tx, gB);
      const l2 = lnTail(r, s, alpha, beta, x, T, scratch);
      const ratio = Math.exp(l2 - l1); // I(T)/I(tₓ) < 1
      if (ratio < 1) {
        const lnI = l1 + Math.log1p(-ratio);
        B = Math.log(s) + lnI;
        if (gB && scratch) {
          for (let k = 0; k < 4; k++) gB[k] = (gB[k] - ratio * scratch[k]) / (1 - ratio);
          gB[1] += 1 / s;
        }
      }
    }
  }
  return { A, B };
}

function objective(groups: RfmGroups) {
  const { x, tx, T, count, customers } = groups;
  const freq = distinctFrequencies(groups);
  const k = freq.values.length;
  const lgr = new Float64Array(k);
  const dgr = new Float64Array(k);
  const gA = new Float64Array(4);
  const gB = new Float64Array(4);
  const scratch = new Float64Array(4);
  return (theta: readonly number[]) => {
    if (theta.some((v) => Math.abs(v) > LOG_WALL)) return { value: Infinity, gradient: [NaN, NaN, NaN, NaN] };
    const [r, alpha, s, beta] = theta.map(Math.exp);
    const lgR = lnG(r);
    const psiR = psi(r);
    for (let j = 0; j < k; j++) {
      const xj = freq.values[j];
      lgr[j] = xj === 0 ? 0 : lnG(r + xj) - lgR;
      dgr[j] = xj === 0 ? 0 : psi(r + xj) - psiR;
    }
    const lnAlpha = Math.log(alpha);
    const lnBeta = Math.log(beta);
    let ll = 0;
    const g = [0, 0, 0, 0];
    for (let i = 0; i < x.length; i++) {
      const w = count[i];
      const j = freq.index[i];
      const { A, B } = bracket(r, alpha, s, beta, x[i], tx[i], T[i], gA, gB, scratch);
      let L: number;
      let wA = 1;
      if (B === -Infinity) L = A;
      else {
        const top = Math.max(A, B);
        const eA = Math.exp(A - top);
        const eB = Math.exp(B - top);
        L = top + Math.log(eA + eB);
        wA = eA / (eA + eB);
      }
      const wB = 1 - wA;
      ll += w * (lgr[j] + r * lnAlpha + s * lnBeta + L);
      g[0] += w * (dgr[j] + lnAlpha + wA * gA[0] + (wB && wB * gB[0]));
      g[1] += w * (lnBeta + wA * gA[1] + (wB && wB * gB[1]));
      g[2] += w * (r / alpha + wA * gA[2] + (wB && wB * gB[2]));
      g[3] += w * (s / beta + wA * gA[3] + (wB && wB * gB[3]));
    }
    const scale = [r, s, alpha, beta];
    // θ is (ln r, ln α, ln s, ln β); g is in the order (r, s, α, β).
    return { value: -ll / customers, gradient: [0, 2, 1, 3].map((k) => (-g[k] * scale[k]) / customers) };
  };
}

/** The Pareto/NBD log-likelihood of the histories (summed over customers). */
export function paretoNbdLogLikelihood(p: ParetoNbdParams, data: RfmData): number {
  const { r, alpha, s, beta } = params(p);
  const groups = groupRfm(data);
  return finiteResult('params', -objective(groups)([r, alpha, s, beta].map(Math.log)).value * groups.customers);
}

/** ∂LL/∂r, ∂LL/∂α, ∂LL/∂s, ∂LL/∂β: the analytic gradient the fit climbs. */
export function paretoNbdLogLikelihoodGradient(p: ParetoNbdParams, data: RfmData): ParetoNbdParams {
  const { r, alpha, s, beta } = params(p);
  const groups = groupRfm(data);
  const g = objective(groups)([r, alpha, s, beta].map(Math.log)).gradient;
  const [dr, dAlpha, ds, dBeta] = [r, alpha, s, beta].map((v, k) => finiteResult('params', (-g[k] * groups.customers) / v));
  return { r: dr, alpha: dAlpha, s: ds, beta: dBeta };
}

/** Fits the Pareto/NBD by maximum likelihood. */
export function fitParetoNbd(data: RfmData, options: FitOptions<ParetoNbdParams> = {}): ParetoNbdFit {
  const groups = groupRfm(data);
  const maxT = groups.T.reduce((m, v) => Math.max(m, v), 0);
  const scale = Math.max(maxT, 1e-3);
  const start = options.start ? params(options.start) : { r: 1, alpha: scale, s: 1, beta: scale };
  const min = bfgs(objective(groups), [start.r, start.alpha, start.s, start.beta].map(Math.log), { gradientTolerance: 1e-10 });
  const [r, alpha, s, beta] = min.x.map(Math.exp);
  return {
    params: { r, alpha, s, beta },
    logLikelihood: finiteResult('data', -min.value * groups.customers),
    customers: groups.customers,
    rows: groups.x.length,
    iterations: min.iterations,
    evaluations: min.evaluations,
    converged: min.converged,
  };
}

function aliveUnchecked(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const { A, B } = bracket(r, alpha, s, beta, x, tx, T, null, null, null);
  if (B === -Infinity) return 1;
  return finiteResult('params', 1 / (1 + Math.exp(B - A)));
}

/** P(alive | x, tₓ, T) (note 009, eq. 37 in the form 1/(1 + s·I·(α+T)^(r+x)(β+T)^s)). */
export function paretoNbdProbabilityAlive(p: ParetoNbdParams, history: CustomerHistory): number {
  const { r, alpha, s, beta } = params(p);
  const { x, tx, T } = customerHistory(history);
  return aliveUnchecked(r, alpha, s, beta, x, tx, T);
}

/** E[X(t)] = rβ/(α(s−1))·[1 − (β/(β+t))^(s−1)] (eq. 27), with its limit at s = 1. */
export function paretoNbdExpectedPurchases(p: ParetoNbdParams, t: number): number {
  const { r, alpha, s, beta } = params(p);
  const time = forecastHorizon('t', t);
  return finiteResult('t', ((r * beta) / alpha) * oneMinusExpOver(s - 1, Math.log1p(time / beta)));
}

/** E[Y(t) | x, tₓ, T] = P(alive)·(r+x)(β+T)/((α+T)(s−1))·[1 − ((β+T)/(β+T+t))^(s−1)] (eq. 41). */
export function paretoNbdConditionalExpectedPurchases(p: ParetoNbdParams, history: CustomerHistory, t: number): number {
  const { r, alpha, s, beta } = params(p);
  const { x, tx, T } = customerHistory(history);
  const time = forecastHorizon('t', t);
  const alive = aliveUnchecked(r, alpha, s, beta, x, tx, T);
  const whileAlive = (((r + x) * (beta + T)) / (alpha + T)) * oneMinusExpOver(s - 1, Math.log1p(time / (beta + T)));
  return finiteResult('t', alive * whileAlive);
}
