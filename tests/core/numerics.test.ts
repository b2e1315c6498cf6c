import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hyp2f1 } from '../../src/core/hypergeometric';
import { betaMean, lnIntegral, oneMinusExpOver } from '../../src/core/kernels';
import { bfgs } from '../../src/core/optimize';
import { digamma, lnBeta, lnGamma } from '../../src/core/special';
import { expectInvalid } from './invalid';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const EULER_GAMMA = 0.5772156649015329;

describe('digamma ψ', () => {
  it('at known points: ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ(10) = H₉ − γ', () => {
    expect(digamma(1)).toBeCloseTo(-EULER_GAMMA, 14);
    expect(digamma(0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.LN2, 14);
    let h = 0;
    for (let k = 1; k <= 9; k++) h += 1 / k;
    expect(digamma(10)).toBeCloseTo(h - EULER_GAMMA, 14);
  });

  it('the recurrence ψ(x + 1) = ψ(x) + 1/x, and the derivative of ln Γ (properties)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => {
        expect(Math.abs(digamma(x + 1) - digamma(x) - 1 / x)).toBeLessThan(1e-12 * Math.max(1, 1 / x, Math.abs(digamma(x))));
      }),
      { numRuns: 1000 },
    );
    for (const x of [0.3, 1.7, 4.2, 25, 300]) {
      const h = 1e-5 * x;
      expect(rel(digamma(x), (lnGamma(x + h) - lnGamma(x - h)) / (2 * h))).toBeLessThan(1e-7);
    }
  });

  it('refuses x ≤ 0', () => {
    expectInvalid(() => digamma(0), 'x', 'min');
    expectInvalid(() => digamma(NaN), 'x', 'number');
  });
});

describe('the Gauss hypergeometric function ₂F₁', () => {
  it('closed forms: ₂F₁(1, 1; 2; z) = −ln(1 − z)/z, ₂F₁(a, b; b; z) = (1 − z)^−a, ₂F₁(½, ½; 3/2; z²) = asin z / z', () => {
    for (const z of [0.01, 0.3, 0.7, 0.95, 0.999]) {
      expect(rel(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-13);
      expect(rel(hyp2f1(2.5, 1.3, 1.3, z), (1 - z) ** -2.5)).toBeLessThan(1e-12);
      expect(rel(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z)).toBeLessThan(1e-13);
    }
  });

  it('against 30-digit mpmath, with c − a − b of either sign and z up to 0.999', () => {
    const cases = [
      [0.5, 1.5, 2.2, 0.3, 1.1251183188950565186],
      [10.5, 3.2, 1.7, 0.9, 11650238220490.947679],
      [0.243, 2.426, 2.219, 0.9, 1.9476311698186018571],
      [2.3, -0.6, 3.1, 0.99, 0.41340577842958782216],
      [50.5, 60.2, 3.3, 0.5, 3.8697494394071451003e52],
      [1.2, 0.7, 5.5, 0.999, 1.2312996047699186071],
    ];
    for (const [a, b, c, z, value] of cases) expect(rel(hyp2f1(a, b, c, z), value)).toBeLessThan(1e-12);
  });

  it('refuses c ≤ 0 and z outside [0, 1 − 1e−6]', () => {
    expectInvalid(() => hyp2f1(1, 1, 0, 0.5), 'c', 'min');
    expectInvalid(() => hyp2f1(1, 1, 2, -0.1), 'z', 'min');
    expectInvalid(() => hyp2f1(1, 1, 2, 1), 'z', 'max');
    expectInvalid(() => hyp2f1(NaN, 1, 2, 0.5), 'a', 'number');
  });
});

describe('the quadratures and a guarded ratio', () => {
  it('E[p] for p ~ Beta(a, b) is a/(a + b), down to a, b = 0.01', () => {
    for (const [a, b] of [
      [2, 3],
      [0.5, 0.5],
      [0.01, 5],
      [5, 0.01],
      [200, 300],
    ]) {
      expect(rel(betaMean(a, b, lnBeta(a, b), (p) => p), a / (a + b))).toBeLessThan(1e-11);
      expect(rel(betaMean(a, b, lnBeta(a, b), () => 1), 1)).toBeLessThan(1e-11);
    }
  });

  it('ln ∫ exp(lnF) over a finite interval, far outside the range of doubles', () => {
    expect(lnIntegral((v) => -v, 0, 1)).toBeCloseTo(Math.log(1 - Math.exp(-1)), 13);
    // ∫₁² v^−2000 dv = (1 − 2^−1999)/1999: the integrand's logs run from 0 to −1386.
    expect(lnIntegral((v) => -2000 * Math.log(v), 1, 2)).toBeCloseTo(-Math.log(1999), 11);
    expect(lnIntegral((v) => 5000 - v * v, -3, 3) - 5000).toBeCloseTo(Math.log(Math.sqrt(Math.PI) * 0.9999779095030014), 11);
    expect(lnIntegral(() => 0, 2, 2)).toBe(-Infinity);
  });

  it('(1 − e^−εL)/ε is L at ε = 0 and continuous through it', () => {
    expect(oneMinusExpOver(0, 2.5)).toBe(2.5);
    for (const e of [1e-12, -1e-12, 1e-6, -1e-6, 0.3]) expect(rel(oneMinusExpOver(e, 2.5), -Math.expm1(-e * 2.5) / e)).toBeLessThan(1e-12);
  });
});

describe('BFGS', () => {
  const rosenbrock = ([x, y]: readonly number[]) => ({
    value: 100 * (y - x * x) ** 2 + (1 - x) ** 2,
    gradient: [-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x)],
  });

  it('finds the Rosenbrock minimum at (1, 1) from the classic start, in far fewer evaluations than Nelder–Mead', () => {
    const min = bfgs(rosenbrock, [-1.2, 1]);
    expect(min.converged).toBe(true);
    min.x.forEach((v) => expect(v).toBeCloseTo(1, 8));
    expect(min.evaluations).toBeLessThan(100);
  });

  it('minimises a badly scaled quadratic exactly', () => {
    const scales = [1, 100, 1e4, 1e-2];
    const f = (x: readonly number[]) => ({
      value: x.reduce((s, v, i) => s + scales[i] * (v - i) ** 2, 0),
      gradient: x.map((v, i) => 2 * scales[i] * (v - i)),
    });
    const min = bfgs(f, [5, 5, 5, 5], { gradientTolerance: 1e-10 });
    expect(min.converged).toBe(true);
    min.x.forEach((v, i) => expect(v).toBeCloseTo(i, 6));
  });

  it('started from an estimated Hessian, needs fewer iterations; where it is not positive definite, starts from the identity', () => {
    const scales = [1, 100, 1e4];
    const quadratic = (x: readonly number[]) => ({
      value: x.reduce((s, v, i) => s + scales[i] * (v - 1) ** 2, 0),
      gradient: x.map((v, i) => 2 * scales[i] * (v - 1)),
    });
    const plain = bfgs(quadratic, [0, 0, 0]);
    const estimated = bfgs(quadratic, [0, 0, 0], { estimateHessian: true });
    expect(estimated.converged).toBe(true);
    expect(estimated.iterations).toBeLessThanOrEqual(2);
    expect(plain.iterations).toBeGreaterThan(estimated.iterations);
    estimated.x.forEach((v) => expect(v).toBeCloseTo(1, 8));
    // At (0, 1) Rosenbrock's Hessian is diag(−398, 200), not positive definite: the estimate is refused and the search still converges.
    const min = bfgs(rosenbrock, [0, 1], { estimateHessian: true });
    expect(min.converged).toBe(true);
    min.x.forEach((v) => expect(v).toBeCloseTo(1, 7));
  });

  it('steps back from a wall of Infinity or NaN', () => {
    // Minimum of (x − 3)² beyond a wall at x > 2: the answer is at the wall's edge, found without crossing it.
    const f = ([x]: readonly number[]) => (x > 2 ? { value: NaN, gradient: [NaN] } : { value: (x - 3) ** 2, gradient: [2 * (x - 3)] });
    const min = bfgs(f, [0]);
    expect(min.x[0]).toBeLessThanOrEqual(2);
    expect(min.x[0]).toBeGreaterThan(1.99);
    expect(Number.isFinite(min.value)).toBe(true);
  });

  it('reports the iteration cap and is deterministic', () => {
    const capped = bfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(capped.converged).toBe(false);
    expect(capped.iterations).toBe(3);
    expect(bfgs(rosenbrock, [-1.2, 1])).toEqual(bfgs(rosenbrock, [-1.2, 1]));
  });

  it('refuses a start where f is not finite, and bad options', () => {
    expectInvalid(() => bfgs(() => ({ value: Infinity, gradient: [0] }), [0]), 'start', 'too-large');
    expectInvalid(() => bfgs(rosenbrock, []), 'start', 'non-empty');
    expectInvalid(() => bfgs(rosenbrock, [NaN, 1]), 'start[0]', 'number');
    expectInvalid(() => bfgs(rosenbrock, [0, 1], { maxIterations: 0 }), 'maxIterations', 'min');
    expectInvalid(() => bfgs(rosenbrock, [0, 1], { maxStep: 0 }), 'maxStep', 'min');
  });
});
