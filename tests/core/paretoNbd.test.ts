import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fitParetoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdLogLikelihoodGradient,
  paretoNbdProbabilityAlive,
  type ParetoNbdParams,
} from '../../src/core/paretoNbd';
import { cdnowSampleSummary } from './cdnow';
import { expectInvalid } from './invalid';
import { simulateParetoNbd } from './simulate';

const rows = cdnowSampleSummary();
const sample = { x: rows.map((r) => r.x), tx: rows.map((r) => r.tx), T: rows.map((r) => r.T) };
const published: ParetoNbdParams = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const reference = JSON.parse(readFileSync(new URL('./data/lifetimes_reference.json', import.meta.url), 'utf8'));
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const keys = ['r', 'alpha', 's', 'beta'] as const;

describe('Pareto/NBD on CDNOW: Fader, Hardie & Lee (2005)', () => {
  const fit = fitParetoNbd(sample);

  it('2,357 customers: r 0.553, α 10.578, s 0.606, β 11.669, log-likelihood −9595.0', () => {
    expect(fit.converged).toBe(true);
    expect(fit.params.r).toBeCloseTo(0.553, 3);
    expect(fit.params.alpha).toBeCloseTo(10.578, 3);
    expect(fit.params.s).toBeCloseTo(0.606, 3);
    // The maximum is at β = 11.6679; the paper's 11.669 is where its optimiser stopped on a ridge so flat that
    // the log-likelihood differs by 1e−7 between the two (lifetimes, run to tol 1e−10, also finds 11.66791).
    expect(Math.abs(fit.params.beta - 11.669)).toBeLessThan(0.0015);
    expect(fit.params.beta).toBeCloseTo(11.66791, 4);
    expect(fit.logLikelihood).toBeCloseTo(-9595.0, 1);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(paretoNbdLogLikelihood(published, sample));
  });

  it('agrees with lifetimes 0.11.3 (ParetoNBDFitter) to 1e−3 at its default tolerance and to 1e−6 at tol 1e−10', () => {
    const defaultTol = { r: 0.5532628378634097, alpha: 10.577335382288352, s: 0.6062367546574372, beta: 11.668951952615814 };
    const tight = { r: 0.55327551, alpha: 10.57761208, s: 0.60621353, beta: 11.66790994 };
    for (const k of keys) {
      expect(rel(fit.params[k], defaultTol[k])).toBeLessThan(1e-3);
      expect(rel(fit.params[k], tight[k])).toBeLessThan(1e-6);
    }
  });

  it('its analytic gradient matches finite differences, with α above β and below it', () => {
    for (const at of [
      { r: 0.5, alpha: 9, s: 0.7, beta: 12 },
      { r: 0.5, alpha: 14, s: 0.7, beta: 8 },
      { r: 2, alpha: 3, s: 0.2, beta: 40 },
    ]) {
      const g = paretoNbdLogLikelihoodGradient(at, sample);
      for (const k of keys) {
        const h = 1e-6 * at[k];
        const fd = (paretoNbdLogLikelihood({ ...at, [k]: at[k] + h }, sample) - paretoNbdLogLikelihood({ ...at, [k]: at[k] - h }, sample)) / (2 * h);
        expect(rel(g[k], fd)).toBeLessThan(1e-5);
      }
    }
  });

  it('groups: 1,016 distinct rows, and counts give the same fit', () => {
    expect(fit.rows).toBe(1016);
    const doubled = fitParetoNbd({ ...sample, count: sample.x.map(() => 2) });
    for (const k of keys) expect(rel(doubled.params[k], fit.params[k])).toBeLessThan(1e-5);
  });
});

describe('Pareto/NBD forecasts against lifetimes 0.11.3 at the published parameters', () => {
  it('E[X(t)] (eq. 27)', () => {
    for (const [t, value] of reference.pn.E) expect(rel(paretoNbdExpectedPurchases(published, t), value)).toBeLessThan(1e-12);
  });
  it('P(alive | x, tₓ, T)', () => {
    for (const [x, tx, T, value] of reference.pn.alive) expect(rel(paretoNbdProbabilityAlive(published, { x, tx, T }), value)).toBeLessThan(1e-10);
  });
  it('E[Y(t) | x, tₓ, T] (eq. 41)', () => {
    for (const [x, tx, T, t, value] of reference.pn.cond) {
      expect(rel(paretoNbdConditionalExpectedPurchases(published, { x, tx, T }, t), value)).toBeLessThan(1e-10);
    }
  });
});

describe('Pareto/NBD numerics at the edges (against 40-digit mpmath quadrature of the likelihood)', () => {
  // [r, α, s, β, x, tₓ, T, P(alive), ln L] from /usr/bin/python3 with mpmath 1.2.1, mp.dps = 40.
  const cases = [
    [0.5, 1000, 0.6, 0.001, 3, 10, 40, 0.41828638596658261385, -25.718336566067556628],
    [0.5, 0.001, 0.6, 1000, 3, 10, 40, 0.77073842542789744906, -15.499560766652474345],
    [0.553, 10.578, 0.606, 11.669, 2, 30.43, 38.86, 0.869167559153011199, -9.5542832451504057193],
    [2, 3, 0.1, 50, 20, 5, 60, 2.6020162944875949751e-17, -5.462786302302412205],
    [0.5, 1e4, 2, 1e-3, 0, 0, 20, 2.4972541369728685783e-9, -4.9997434616669379196e-8],
  ];
  it('P(alive) and the log-likelihood, with α and β up to ten million-fold apart', () => {
    for (const [r, alpha, s, beta, x, tx, T, alive, ll] of cases) {
      expect(rel(paretoNbdProbabilityAlive({ r, alpha, s, beta }, { x, tx, T }), alive)).toBeLessThan(1e-9);
      expect(Math.abs(paretoNbdLogLikelihood({ r, alpha, s, beta }, { x: [x], tx: [tx], T: [T] }) - ll)).toBeLessThan(1e-9 * Math.max(1, Math.abs(ll)));
    }
  });

  it('where α and β are far apart the integral replaces the series: it joins it at the switch, and so does its gradient', () => {
    // The switch is at z = |α − β|/(max(α, β) + tₓ) = 0.9: with β = 1, tₓ = 0, at α = 10.
    const data = { x: [0, 3, 7], tx: [0, 0, 0.5], T: [30, 20, 39] };
    const at = (alpha: number) => paretoNbdLogLikelihood({ r: 0.5, alpha, s: 0.6, beta: 1 }, data);
    expect(Math.abs(at(10 * (1 - 1e-12)) - at(10 * (1 + 1e-12)))).toBeLessThan(1e-9);
    for (const p of [
      { r: 0.5, alpha: 1000, s: 0.6, beta: 0.5 },
      { r: 2, alpha: 0.01, s: 1.5, beta: 300 },
    ]) {
      const g = paretoNbdLogLikelihoodGradient(p, data);
      for (const k of keys) {
        const h = 1e-6 * p[k];
        const fd = (paretoNbdLogLikelihood({ ...p, [k]: p[k] + h }, data) - paretoNbdLogLikelihood({ ...p, [k]: p[k] - h }, data)) / (2 * h);
        expect(Math.abs(g[k] - fd)).toBeLessThan(1e-5 * Math.max(1, Math.abs(fd)));
      }
    }
  });

  it('s = 1 has no 0/0 (the limit is rβ/α · ln(1 + t/β))', () => {
    const p = { r: 0.5, alpha: 10, s: 1, beta: 12 };
    expect(paretoNbdExpectedPurchases(p, 52)).toBeCloseTo((0.5 * 12) / 10 * Math.log(1 + 52 / 12), 12);
    expect(rel(paretoNbdExpectedPurchases({ ...p, s: 1 + 1e-9 }, 52), paretoNbdExpectedPurchases(p, 52))).toBeLessThan(1e-8);
  });

  it('α = β exactly (z = 0) joins both sides', () => {
    const h = { x: 3, tx: 20, T: 39 };
    const at = (beta: number) => paretoNbdProbabilityAlive({ r: 0.5, alpha: 10, s: 0.6, beta }, h);
    expect(rel(at(10), at(10 * (1 + 1e-12)))).toBeLessThan(1e-10);
    expect(rel(at(10), at(10 * (1 - 1e-12)))).toBeLessThan(1e-10);
  });
});

const param = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
const params = fc.record({ r: param, alpha: param, s: param, beta: param });
const history = fc
  .record({ x: fc.integer({ min: 0, max: 500 }), T: fc.double({ min: 0, max: 1000, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ x, T, share }) => ({ x, tx: x === 0 ? 0 : share * T, T }));

describe('Pareto/NBD properties', () => {
  it('P(alive) lies in [0, 1]; 1 at T = tₓ (just bought)', () => {
    fc.assert(
      fc.property(params, history, (p, h) => {
        const alive = paretoNbdProbabilityAlive(p, h);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        expect(paretoNbdProbabilityAlive(p, { ...h, tx: h.T, x: Math.max(1, h.x) })).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('expected purchases are finite, ≥ 0 and rise with t', () => {
    fc.assert(
      fc.property(params, history, fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0.01, max: 500, noNaN: true }), (p, h, t, dt) => {
        const e1 = paretoNbdExpectedPurchases(p, t);
        const e2 = paretoNbdExpectedPurchases(p, t + dt);
        expect(e1).toBeGreaterThanOrEqual(0);
        expect(e2).toBeGreaterThanOrEqual(e1);
        const c1 = paretoNbdConditionalExpectedPurchases(p, h, t);
        const c2 = paretoNbdConditionalExpectedPurchases(p, h, t + dt);
        expect(c1).toBeGreaterThanOrEqual(0);
        expect(c2).toBeGreaterThanOrEqual(c1);
      }),
      { numRuns: 500 },
    );
  });

  it('fitted parameters recover those used to simulate the data', () => {
    const sets: [number, ParetoNbdParams][] = [
      [21, { r: 0.5, alpha: 10, s: 0.6, beta: 12 }],
      [22, { r: 1.2, alpha: 8, s: 1.5, beta: 40 }],
    ];
    for (const [seed, truth] of sets) {
      const data = simulateParetoNbd(seed, 8_000, truth, 52, 104);
      const fit = fitParetoNbd(data);
      expect(fit.converged).toBe(true);
      expect(rel(fit.params.r, truth.r)).toBeLessThan(0.1);
      expect(rel(fit.params.alpha, truth.alpha)).toBeLessThan(0.1);
      // s and β are weakly identified on their own (a ridge), their ratio, the mean dropout rate, better.
      expect(rel(fit.params.s / fit.params.beta, truth.s / truth.beta)).toBeLessThan(0.25);
      expect(2 * (fit.logLikelihood - paretoNbdLogLikelihood(truth, data))).toBeLessThan(18.47);
    }
  });
});

describe('Pareto/NBD refuses bad input with the field named', () => {
  it('parameters, times, histories and data', () => {
    expectInvalid(() => paretoNbdExpectedPurchases({ ...published, s: 0 }, 1), 's', 'min');
    expectInvalid(() => paretoNbdExpectedPurchases({ ...published, beta: NaN }, 1), 'beta', 'number');
    expectInvalid(() => paretoNbdExpectedPurchases(published, -2), 't', 'min');
    expectInvalid(() => paretoNbdExpectedPurchases(published, 1e12), 't', 'max');
    expectInvalid(() => paretoNbdProbabilityAlive(published, { x: 2, tx: 5, T: 4 }), 'tx', 'max');
    expectInvalid(() => paretoNbdConditionalExpectedPurchases(published, { x: 2.5, tx: 1, T: 4 }, 1), 'x', 'integer');
    expectInvalid(() => fitParetoNbd({ x: [1], tx: [1], T: [] }), 'data.T', 'length');
    expectInvalid(() => paretoNbdLogLikelihood(published, { x: [1], tx: [Infinity], T: [2] }), 'data[0].tx', 'number');
  });
});
