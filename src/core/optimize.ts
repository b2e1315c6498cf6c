/**
 * Minimising a function without derivatives: the Nelder–Mead simplex.
 *
 * Source: J. A. Nelder & R. Mead (1965), "A simplex method for function
 * minimization", The Computer Journal 7(4); the standard coefficients and
 * acceptance rules as set out by J. C. Lagarias et al. (1998), "Convergence
 * properties of the Nelder–Mead simplex method in low dimensions", SIAM
 * Journal on Optimization 9(1).
 *
 * Deterministic: the same function and start always give the same answer.
 */
import { atLeast, finite, greaterThan, list, wholeNumber } from './validate';

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
