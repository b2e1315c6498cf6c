/**
 * Minimising a function: without derivatives, the Nelder–Mead simplex; with
 * an analytic gradient, BFGS (below).
 *
 * Source: J. A. Nelder & R. Mead (1965), "A simplex method for function
 * minimization", The Computer Journal 7(4); the standard coefficients and
 * acceptance rules as set out by J. C. Lagarias et al. (1998), "Convergence
 * properties of the Nelder–Mead simplex method in low dimensions", SIAM
 * Journal on Optimization 9(1).
 *
 * Deterministic: the same function and start always give the same answer.
 */
import { atLeast, finite, greaterThan, InvalidInputError, list, wholeNumber } from './validate';

export interface NelderMeadOptions {
  /** Distance from the start to the other corners of the first simplex. Default 1. */
  step?: number;
  /** Stop once every corner lies within this distance of the best, in every coordinate. Default 1e-9. */
  xTolerance?: number;
  /** …and the corners' values differ by at most this. Default 1e-12. */
  fTolerance?: number;
  /** Stop after this many iterations even if not converged. Default 2000. */
  maxIterations?: number;
}

export interface Minimum {
  x: number[];
  value: number;
  iterations: number;
  /** False when the iteration cap stopped the search first. */
  converged: boolean;
}

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

/**
 * Minimises `f` starting from `start`. Where `f` is NaN it is treated as
 * +Infinity, so a caller can wall off a region by returning Infinity there.
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions = {},
): Minimum {
  const x0 = list('start', start, finite);
  const step = greaterThan('step', options.step ?? 1, 0);
  const xTolerance = atLeast('xTolerance', options.xTolerance ?? 1e-9, 0);
  const fTolerance = atLeast('fTolerance', options.fTolerance ?? 1e-12, 0);
  const maxIterations = wholeNumber('maxIterations', options.maxIterations ?? 2000, 1);

  const evaluate = (x: number[]) => {
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };
  const n = x0.length;
  const points = [x0, ...x0.map((_, i) => x0.map((v, j) => (i === j ? v + step : v)))];
  const values = points.map(evaluate);
  // Along the line from the centroid c through the worst corner: c + t·(c − worst).
  const along = (c: number[], worst: number[], t: number) => c.map((v, j) => v + t * (v - worst[j]));

  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations; iterations++) {
    // Stable order (ties keep their index order) keeps the search deterministic.
    const order = points.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
    const best = order[0];
    const worst = order[n];
    const secondWorst = order[n - 1];
    const spread = Math.max(...points.map((p) => Math.max(...p.map((v, j) => Math.abs(v - points[best][j])))));
    if (spread <= xTolerance && values[worst] - values[best] <= fTolerance) {
      converged = true;
      break;
    }

    const centroid = x0.map((_, j) => order.slice(0, n).reduce((s, i) => s + points[i][j], 0) / n);
    const reflected = along(centroid, points[worst], REFLECT);
    const fr = evaluate(reflected);
    let replacement: number[] | null = null;
    let replacementValue = fr;
    if (fr < values[best]) {
      const expanded = along(centroid, points[worst], EXPAND);
      const fe = evaluate(expanded);
      [replacement, replacementValue] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < values[secondWorst]) {
      replacement = reflected;
    } else {
      const outside = fr < values[worst];
      const contracted = along(centroid, points[worst], outside ? CONTRACT : -CONTRACT);
      const fc = evaluate(contracted);
      if (outside ? fc <= fr : fc < values[worst]) [replacement, replacementValue] = [contracted, fc];
    }

    if (replacement) {
      points[worst] = replacement;
      values[worst] = replacementValue;
    } else {
      for (const i of order.slice(1)) {
        points[i] = points[i].map((v, j) => points[best][j] + SHRINK * (v - points[best][j]));
        values[i] = evaluate(points[i]);
      }
    }
  }

  const best = values.reduce((b, v, i) => (v < values[b] ? i : b), 0);
  return { x: points[best], value: values[best], iterations, converged };
}

export interface BfgsOptions {
  /** Stop once every component of the gradient is at most this in size. Default 1e-9. */
  gradientTolerance?: number;
  /** Stop after this many iterations even if not converged. Default 500. */
  maxIterations?: number;
  /** Largest move of any one coordinate in one step; keeps a first step on log parameters sane. Default 10. */
  maxStep?: number;
  /**
   * Start from the inverse of a Hessian estimated by forward differences of
   * the gradient (n more evaluations) instead of the identity: on smooth
   * likelihoods this halves the iterations. If it is not positive definite
   * there, it is tried once more after 5 iterations. Default false.
   */
  estimateHessian?: boolean;
}

export interface GradientMinimum extends Minimum {
  gradient: number[];
  /** How many times f and its gradient were evaluated. */
  evaluations: number;
}

/** A function's value and gradient at one point. */
export interface ValueAndGradient {
  value: number;
  gradient: number[];
}

const WOLFE_C1 = 1e-4;
const WOLFE_C2 = 0.9;
const LINE_SEARCH_STEPS = 40;
/** A gradient this small counts as converged when no step can lower f any more (f is then flat to rounding). */
const STALL_TOLERANCE = 1e-6;
/** A Hessian estimate that is not positive definite at the start is tried once more, at iteration 5. */
const HESSIAN_RETRY = 5;
const HESSIAN_RETRIES = 1;

const dot = (u: readonly number[], v: readonly number[]) => u.reduce((s, ui, i) => s + ui * v[i], 0);
const maxAbs = (u: readonly number[]) => u.reduce((m, ui) => Math.max(m, Math.abs(ui)), 0);

/**
 * Minimises `fg` (value and gradient) from `start` by BFGS: quasi-Newton steps
 * whose inverse-Hessian estimate is updated from the change in the gradient,
 * with a line search that meets the strong Wolfe conditions.
 *
 * Source: J. Nocedal & S. J. Wright (2006), *Numerical Optimization*, 2nd ed.,
 * Springer: Algorithm 6.1 (BFGS), the first-step scaling of eq. (6.20), and
 * Algorithms 3.5–3.6 (line search and zoom) with c₁ = 1e−4, c₂ = 0.9.
 *
 * Converged when every gradient component is within `gradientTolerance`, or
 * when the gradient is within 1e−6 and f no longer falls beyond its rounding
 * (a step lowers it by under 1e−13 of itself, or no step lowers it at all).
 * A value that is NaN or ±Infinity counts as +Infinity: the line search steps
 * back from it, so a caller can wall off a region. Deterministic.
 */
export function bfgs(fg: (x: readonly number[]) => ValueAndGradient, start: readonly number[], options: BfgsOptions = {}): GradientMinimum {
  let x = list('start', start, finite);
  const gradientTolerance = atLeast('gradientTolerance', options.gradientTolerance ?? 1e-9, 0);
  const maxIterations = wholeNumber('maxIterations', options.maxIterations ?? 500, 1);
  const maxStep = greaterThan('maxStep', options.maxStep ?? 10, 0);
  const n = x.length;
  let evaluations = 0;
  const evaluate = (at: number[]) => {
    evaluations++;
    const r = fg(at);
    const ok = Number.isFinite(r.value) && r.gradient.length === n && r.gradient.every(Number.isFinite);
    return ok ? { value: r.value, gradient: [...r.gradient] } : { value: Infinity, gradient: at.map(() => NaN) };
  };

  let here = evaluate(x);
  if (!Number.isFinite(here.value)) throw new InvalidInputError('start', { kind: 'too-large' });
  const identity = (): number[][] => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let H = identity();
  let fresh = true; // H is still the identity: the next update scales it first
  // Estimated at the start and, if it is not positive definite there, once more after a few steps.
  let retryHessianAt = options.estimateHessian ? 0 : -1;
  const tryHessian = () => {
    const estimate = inverseHessian(evaluate, x, here.gradient);
    if (estimate) [H, fresh, retryHessianAt] = [estimate, false, -1];
    else retryHessianAt = retryHessianAt < HESSIAN_RETRIES * HESSIAN_RETRY ? retryHessianAt + HESSIAN_RETRY : -1;
  };
  let iterations = 0;
  let converged = maxAbs(here.gradient) <= gradientTolerance;

  while (!converged && iterations < maxIterations) {
    if (iterations === retryHessianAt) tryHessian();
    iterations++;
    const g = here.gradient;
    let p = H.map((row) => -dot(row, g));
    let slope = dot(p, g);
    if (!(slope < 0)) {
      // Not a descent direction (rounding in H): fall back to steepest descent.
      H = identity();
      fresh = true;
      p = g.map((v) => -v);
      slope = dot(p, g);
    }
    const longest = maxAbs(p);
    const stepCap = longest > 0 ? maxStep / longest : 1;
    const first = fresh ? Math.min(1, 1 / Math.max(maxAbs(g), 1e-300)) : 1;
    const found = lineSearch(evaluate, x, here, p, slope, Math.min(first, stepCap), stepCap);
    if (!found) {
      // No step lowers f any further at the precision of its arithmetic: converged if the gradient is small.
      if (maxAbs(g) <= STALL_TOLERANCE) {
        converged = true;
        break;
      }
      if (fresh) break; // even a steepest-descent step finds no decrease
      H = identity();
      fresh = true;
      continue;
    }
    const s = found.x.map((v, i) => v - x[i]);
    const y = found.point.gradient.map((v, i) => v - g[i]);
    const sy = dot(s, y);
    const decrease = here.value - found.point.value;
    x = found.x;
    here = found.point;
    const gradient = maxAbs(here.gradient);
    // Converged: the gradient is within tolerance, or small and f no longer falls beyond its rounding.
    if (gradient <= gradientTolerance || (gradient <= STALL_TOLERANCE && decrease <= 1e-13 * Math.max(1, Math.abs(here.value)))) {
      converged = true;
      break;
    }
    if (maxAbs(s) <= 1e-15 * Math.max(1, maxAbs(x))) break;
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (fresh) {
        const scale = sy / dot(y, y);
        H = H.map((row) => row.map((v) => v * scale));
        fresh = false;
      }
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
      const rho = 1 / sy;
      const Hy = H.map((row) => dot(row, y));
      const yHy = dot(y, Hy);
      H = H.map((row, i) => row.map((v, j) => v - rho * (s[i] * Hy[j] + Hy[i] * s[j]) + (rho * rho * yHy + rho) * s[i] * s[j]));
    }
  }
    return { x, value: here.value, gradient: here.gradient, iterations, evaluations, converged };
}

interface Point {
  value: number;
  gradient: number[];
}

/**
 * The inverse of the Hessian at x from forward differences of the gradient
 * (step 1e−5 per coordinate, symmetrised), by Gauss–Jordan elimination; null
 * unless it is positive definite (every pivot > 0) and finite.
 */
function inverseHessian(evaluate: (at: number[]) => Point, x: readonly number[], g: readonly number[]): number[][] | null {
  const n = x.length;
  const h = 1e-5;
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const at = x.map((v, j) => (j === i ? v + h : v));
    const gi = evaluate(at).gradient;
    if (!gi.every(Number.isFinite)) return null;
    rows.push(gi.map((v, j) => (v - g[j]) / h));
  }
  const a = rows.map((row, i) => row.map((v, j) => (v + rows[j][i]) / 2).concat(Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))));
  for (let c = 0; c < n; c++) {
    // No pivoting: a positive definite matrix never needs it, and a pivot ≤ 0 means it is not one.
    const pivot = a[c][c];
    if (!(pivot > 0) || !Number.isFinite(pivot)) return null;
    for (let j = 0; j < 2 * n; j++) a[c][j] /= pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let j = 0; j < 2 * n; j++) a[r][j] -= f * a[c][j];
    }
  }
  const inverse = a.map((row) => row.slice(n));
  return inverse.every((row) => row.every(Number.isFinite)) ? inverse : null;
}

/** A step length meeting the strong Wolfe conditions along p, or null (Nocedal & Wright, Algorithms 3.5 and 3.6). */
function lineSearch(
  evaluate: (at: number[]) => Point,
  x: readonly number[],
  here: Point,
  p: readonly number[],
  slope0: number,
  initial: number,
  largest: number,
): { x: number[]; point: Point } | null {
  const f0 = here.value;
  const at = (alpha: number) => {
    const xa = x.map((v, i) => v + alpha * p[i]);
    const point = evaluate(xa);
    return { alpha, x: xa, point, slope: Number.isFinite(point.value) ? dot(point.gradient, p) : NaN };
  };
  type Trial = ReturnType<typeof at>;
  const sufficient = (t: Trial) => t.point.value <= f0 + WOLFE_C1 * t.alpha * slope0;
  const curvature = (t: Trial) => Math.abs(t.slope) <= -WOLFE_C2 * slope0;

  const start: Trial = { alpha: 0, x: [...x], point: here, slope: slope0 };
  const stepLength = maxAbs(p);
  const xScale = Math.max(1, maxAbs(x));

  // lo meets sufficient decrease (or is the start); a minimiser along p lies between lo and hi.
  const zoom = (lo: Trial, hi: Trial): Trial | null => {
    let flat = 0;
    for (let i = 0; i < LINE_SEARCH_STEPS; i++) {
      const width = hi.alpha - lo.alpha;
      let alpha = lo.alpha + width / 2;
      if (Number.isFinite(hi.point.value)) {
        // The minimum of the quadratic through lo (value and slope) and hi (value).
        const curve = hi.point.value - lo.point.value - lo.slope * width;
        if (curve > 0) alpha = lo.alpha - (lo.slope * width * width) / (2 * curve);
      }
      const margin = 0.1 * Math.abs(width);
      if (!(alpha >= Math.min(lo.alpha, hi.alpha) + margin && alpha <= Math.max(lo.alpha, hi.alpha) - margin)) {
        alpha = lo.alpha + width / 2;
      }
      const t = at(alpha);
      // Values equal to f's rounding: the bracket holds nothing more to find.
      if (Math.abs(t.point.value - f0) <= 1e-15 * Math.max(1, Math.abs(f0)) && ++flat >= 3) break;
      if (!sufficient(t) || t.point.value >= lo.point.value) {
        hi = t;
      } else {
        if (curvature(t)) return t;
        if (t.slope * (hi.alpha - lo.alpha) >= 0) hi = lo;
        lo = t;
      }
      if (Math.abs(hi.alpha - lo.alpha) * stepLength <= 1e-13 * xScale) break; // the bracket no longer moves x
    }
    return lo.alpha > 0 ? lo : null; // sufficient decrease without the curvature condition is still a step forward
  };

  let previous: Trial | null = null;
  let alpha = initial;
  for (let i = 0; i < LINE_SEARCH_STEPS; i++) {
    const t = at(alpha);
    if (!sufficient(t) || (previous && t.point.value >= previous.point.value)) {
      const z = zoom(previous ?? start, t);
      return z ? { x: z.x, point: z.point } : null;
    }
    if (curvature(t)) return { x: t.x, point: t.point };
    if (t.slope >= 0) {
      const z = zoom(t, previous ?? start);
      return z ? { x: z.x, point: z.point } : null;
    }
    if (alpha >= largest) return { x: t.x, point: t.point };
    previous = t;
    alpha = Math.min(2 * alpha, largest);
  }
  return previous ? { x: previous.x, point: previous.point } : null;
}
