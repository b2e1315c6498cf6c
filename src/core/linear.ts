/**
 * Small dense linear algebra for the models that need it (the migration model
 * solves (I − P/(1+d))V = R and raises P to a power). Matrices are lists of
 * rows. Sizes here are a handful of states, so plain O(n³) methods are right.
 *
 * Method: Gaussian elimination with partial pivoting (G. H. Golub & C. F. Van
 * Loan, *Matrix Computations*, §3.4); powers by repeated squaring.
 */
import { exactLength, finite, finiteResult, InvalidInputError, list, wholeNumber } from './validate';

export type Matrix = readonly (readonly number[])[];


/** A square matrix of finite numbers; entries are reported as `field[i][j]`. */
export function squareMatrix(field: string, value: unknown): number[][] {
  if (!Array.isArray(value) || value.length === 0) throw new InvalidInputError(field, { kind: 'non-empty' });
  const n = value.length;
  return value.map((row, i) => exactLength(`${field}[${i}]`, row, n, finite));
}

function multiply(a: Matrix, b: Matrix): number[][] {
  const n = a.length;
  const m = b[0].length;
  return a.map((row) => {
    const out = new Array<number>(m).fill(0);
    for (let k = 0; k < n; k++) {
      const aik = row[k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[j] += aik * b[k][j];
    }
    return out;
  });
}

function checkedResult(field: string, m: number[][]): number[][] {
  for (const row of m) for (const v of row) finiteResult(field, v);
  return m;
}

export const MAX_POWER = 1_000_000;

/** Mᵗ for a whole t ≥ 0 (M⁰ = I), by repeated squaring. */
export function matrixPower(matrix: Matrix, power: number, field = 'matrix'): number[][] {
  const m = squareMatrix(field, matrix);
  let t = wholeNumber('power', power, 0, MAX_POWER);
  let result: number[][] = m.map((_, i) => m.map((__, j) => (i === j ? 1 : 0)));
  let base = m;
  while (t > 0) {
    if (t % 2 === 1) result = checkedResult(field, multiply(result, base));
    t = Math.floor(t / 2);
    if (t > 0) base = checkedResult(field, multiply(base, base));
  }
  return result;
}

/**
 * x with A·x = b. A singular (or numerically singular) A has no single
 * answer; it is reported on `field` as "makes the result too large to
 * compute", since that is what an almost-singular system does to x.
 */
export function solveLinearSystem(matrix: Matrix, rhs: readonly number[], field = 'matrix'): number[] {
  const a = squareMatrix(field, matrix);
  const n = a.length;
  const b = exactLength('rhs', rhs, n, finite);
  const scale = Math.max(...a.map((row) => Math.max(...row.map(Math.abs))));
  const tiny = n * Number.EPSILON * scale;

  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (!(Math.abs(a[pivot][col]) > tiny)) throw new InvalidInputError(field, { kind: 'too-large' });
    [a[col], a[pivot]] = [a[pivot], a[col]];
    [b[col], b[pivot]] = [b[pivot], b[col]];
    for (let r = col + 1; r < n; r++) {
      const factor = a[r][col] / a[col][col];
      if (factor === 0) continue;
      for (let c = col; c < n; c++) a[r][c] -= factor * a[col][c];
      b[r] -= factor * b[col];
    }
  }

  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = b[r];
    for (let c = r + 1; c < n; c++) sum -= a[r][c] * x[c];
    x[r] = finiteResult(field, sum / a[r][r]);
  }
  return x;
}
