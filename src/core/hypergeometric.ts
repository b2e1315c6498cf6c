/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1, checked
 * (its series, and the quadratures the customer-base models use beside it,
 * are in kernels.ts).
 *
 * Source: M. Abramowitz & I. A. Stegun (1964), *Handbook of Mathematical
 * Functions*, 15.1.1 (the series) and 15.3.3 (Euler's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z)).
 *
 * The series' terms behave like n^(a+b−c−1)·zⁿ: when c − a − b < 0 they first
 * grow, and near z = 1 they grow for thousands of terms before they fall, to
 * values that overflow. Euler's transformation turns the exponent into
 * −(a + b − c) − 1 < −1, so the series summed is always one whose terms fall
 * from the start (within a factor of z each, for large n). That is the choice
 * `scipy.special.hyp2f1` (which `lifetimes` calls) also makes for z < 0.9 when
 * c − a − b < 0; above 0.9 scipy switches to the 1 − z expansions, which need
 * special cases when c − a − b is an integer. Here the series is summed to
 * z = 1 − 1e−6 instead (at most a few hundred thousand terms, which the
 * models never need: over CDNOW's range z stays below 0.2 in the Pareto/NBD
 * and below 0.9 in the BG/NBD's forecasts of a year or two).
 */
import { hyp2f1Unchecked } from './kernels';
import { finite, finiteResult, greaterThan, InvalidInputError, lessThan } from './validate';

/** Largest z accepted (the series needs ~ 37/(1 − z) terms). */
export const HYP2F1_MAX_Z = 1 - 1e-6;

/** ₂F₁(a, b; c; z) for finite a and b, c > 0 and 0 ≤ z ≤ 1 − 1e−6. */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  const av = finite('a', a);
  const bv = finite('b', b);
  const cv = greaterThan('c', c, 0);
  const zv = finite('z', z);
  if (zv < 0) throw new InvalidInputError('z', { kind: 'min', min: 0, inclusive: true });
  if (zv > HYP2F1_MAX_Z) lessThan('z', zv, HYP2F1_MAX_Z);
  return finiteResult('z', hyp2f1Unchecked(av, bv, cv, zv));
}
