import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdLogLikelihoodGradient,
  bgNbdProbabilityAlive,
  bgNbdProbabilityOfPurchases,
  fitBgNbd,
  type BgNbdParams,
} from '../../src/core/bgnbd';
import { rfmSummary } from '../../src/core/rfm';
import { cdnowSampleSummary, cdnowSampleTransactions } from './cdnow';
import { expectInvalid } from './invalid';
import { simulateBgNbd } from './simulate';

const rows = cdnowSampleSummary();
const sample = { x: rows.map((r) => r.x), tx: rows.map((r) => r.tx), T: rows.map((r) => r.T) };
const published: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const reference = JSON.parse(readFileSync(new URL('./data/lifetimes_reference.json', import.meta.url), 'utf8'));
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('BG/NBD on CDNOW: Fader, Hardie & Lee (2005)', () => {
  const fit = fitBgNbd(sample);

  it('2,357 customers: r 0.243, α 4.414, a 0.793, b 2.426, log-likelihood −9582.4', () => {
    expect(fit.customers).toBe(2357);
    expect(fit.converged).toBe(true);
    expect(fit.params.r).toBeCloseTo(0.243, 3);
    expect(fit.params.alpha).toBeCloseTo(4.414, 3);
    expect(fit.params.a).toBeCloseTo(0.793, 3);
    expect(fit.params.b).toBeCloseTo(2.426, 3);
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
  });

  it('agrees with lifetimes 0.11.3 (BetaGeoFitter) to 1e−6', () => {
    const peer = { r: 0.2425929282798217, alpha: 4.413532265271817, a: 0.7928859664406721, b: 2.4257523826257996 };
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(rel(fit.params[k], peer[k])).toBeLessThan(1e-6);
  });

  it('fits the same parameters from its own summary of the sample transactions', () => {
    const log = cdnowSampleTransactions();
    const s = rfmSummary({ customers: log.ids.length, customer: log.customer, day: log.day }, { observationEnd: Date.UTC(1997, 8, 30) / 86_400_000 });
    const own = fitBgNbd(s);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(rel(own.params[k], fit.params[k])).toBeLessThan(2e-3);
  });

  it('groups identical histories: the 2,357 customers are 1,016 distinct rows, and counts give the same fit', () => {
    expect(fit.rows).toBe(1016);
    const doubled = fitBgNbd({ ...sample, count: sample.x.map(() => 2) });
    expect(doubled.customers).toBe(4714);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(rel(doubled.params[k], fit.params[k])).toBeLessThan(1e-6);
    expect(bgNbdLogLikelihood(published, { ...sample, count: sample.x.map(() => 2) })).toBeCloseTo(2 * bgNbdLogLikelihood(published, sample), 6);
  });

  it('its analytic gradient matches finite differences', () => {
    const at = { r: 0.3, alpha: 5, a: 0.9, b: 2 };
    const g = bgNbdLogLikelihoodGradient(at, sample);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      const h = 1e-6 * at[k];
      const fd = (bgNbdLogLikelihood({ ...at, [k]: at[k] + h }, sample) - bgNbdLogLikelihood({ ...at, [k]: at[k] - h }, sample)) / (2 * h);
      expect(rel(g[k], fd)).toBeLessThan(1e-6);
    }
  });

  it('is deterministic', () => {
    expect(fitBgNbd(sample)).toEqual(fit);
  });
});

describe('BG/NBD forecasts against lifetimes 0.11.3 at the published parameters', () => {
  it('E[X(t)] (eq. 9)', () => {
    for (const [t, value] of reference.bg.E) expect(rel(bgNbdExpectedPurchases(published, t), value)).toBeLessThan(1e-10);
  });
  it('P(alive | x, tₓ, T)', () => {
    for (const [x, tx, T, value] of reference.bg.alive) expect(bgNbdProbabilityAlive(published, { x, tx, T })).toBeCloseTo(value, 12);
  });
  it('E[Y(t) | x, tₓ, T] (eq. 10)', () => {
    for (const [x, tx, T, t, value] of reference.bg.cond) {
      expect(rel(bgNbdConditionalExpectedPurchases(published, { x, tx, T }, t), value)).toBeLessThan(1e-10);
    }
  });
  it('P(X(t) = n) (eq. 8)', () => {
    for (const [t, n, value] of reference.bg.pmf) expect(rel(bgNbdProbabilityOfPurchases(published, t, n), value)).toBeLessThan(1e-10);
  });
  it('the probabilities P(X(t) = n) add up to 1', () => {
    let total = 0;
    for (let n = 0; n <= 400; n++) total += bgNbdProbabilityOfPurchases(published, 39, n);
    expect(total).toBeCloseTo(1, 9);
  });
});

describe('BG/NBD numerics at the edges', () => {
  it('a = 1 has no 0/0: E[X(t)] is continuous through it', () => {
    const at = (a: number) => bgNbdExpectedPurchases({ r: 0.5, alpha: 4, a, b: 2 }, 30);
    expect(Number.isFinite(at(1))).toBe(true);
    expect(rel(at(1), at(1 + 1e-7))).toBeLessThan(1e-6);
    expect(rel(at(1), at(1 - 1e-7))).toBeLessThan(1e-6);
  });

  it('the quadrature used for a + b ≤ 1 joins the series used above it', () => {
    const at = (b: number) => bgNbdExpectedPurchases({ r: 0.5, alpha: 4, a: 0.5, b }, 30);
    expect(rel(at(0.5 - 1e-9), at(0.5 + 1e-9))).toBeLessThan(1e-8);
    const cond = (b: number) => bgNbdConditionalExpectedPurchases({ r: 0.5, alpha: 4, a: 0.3, b }, { x: 0, tx: 0, T: 10 }, 30);
    expect(rel(cond(0.7 - 1e-9), cond(0.7 + 1e-9))).toBeLessThan(1e-8);
  });

  it('…and so does the quadrature used far beyond a thousand times α + T', () => {
    const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const edge = 999 * p.alpha; // z = t/(α + t) = 0.999
    expect(rel(bgNbdExpectedPurchases(p, edge * (1 - 1e-9)), bgNbdExpectedPurchases(p, edge * (1 + 1e-9)))).toBeLessThan(1e-8);
  });

  it('a customer with no repeat purchases is alive for sure; a long silence after many purchases makes one nearly surely gone', () => {
    expect(bgNbdProbabilityAlive(published, { x: 0, tx: 0, T: 100 })).toBe(1);
    expect(bgNbdProbabilityAlive(published, { x: 50, tx: 1, T: 1000 })).toBeLessThan(1e-6);
  });
});

const param = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
const params = fc.record({ r: param, alpha: param, a: param, b: param });
const history = fc
  .record({ x: fc.integer({ min: 0, max: 500 }), T: fc.double({ min: 0, max: 1000, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ x, T, share }) => ({ x, tx: x === 0 ? 0 : share * T, T }));

describe('BG/NBD properties', () => {
  it('P(alive) lies in [0, 1], and is exactly 1 when x = 0', () => {
    fc.assert(
      fc.property(params, history, (p, h) => {
        const alive = bgNbdProbabilityAlive(p, h);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        if (h.x === 0) expect(alive).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('expected purchases are finite, ≥ 0 and rise with t, for a new customer and for one with history', () => {
    fc.assert(
      fc.property(params, history, fc.double({ min: 0, max: 500, noNaN: true }), fc.double({ min: 0.01, max: 500, noNaN: true }), (p, h, t, dt) => {
        const e1 = bgNbdExpectedPurchases(p, t);
        const e2 = bgNbdExpectedPurchases(p, t + dt);
        expect(e1).toBeGreaterThanOrEqual(0);
        expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-9));
        const c1 = bgNbdConditionalExpectedPurchases(p, h, t);
        const c2 = bgNbdConditionalExpectedPurchases(p, h, t + dt);
        expect(c1).toBeGreaterThanOrEqual(0);
        expect(c2).toBeGreaterThanOrEqual(c1 * (1 - 1e-9));
      }),
      { numRuns: 300 },
    );
  });

  it('fitted parameters recover those used to simulate the data', () => {
    const sets: [number, BgNbdParams][] = [
      [11, { r: 0.5, alpha: 5, a: 0.8, b: 2.5 }],
      [12, { r: 1.5, alpha: 10, a: 1.5, b: 6 }],
      [13, { r: 0.25, alpha: 3, a: 0.4, b: 1.2 }],
    ];
    for (const [seed, truth] of sets) {
      const data = simulateBgNbd(seed, 10_000, truth, 52, 104);
      const fit = fitBgNbd(data);
      expect(fit.converged).toBe(true);
      expect(rel(fit.params.r, truth.r)).toBeLessThan(0.1);
      expect(rel(fit.params.alpha, truth.alpha)).toBeLessThan(0.1);
      expect(rel(fit.params.a, truth.a)).toBeLessThan(0.35);
      expect(rel(fit.params.b, truth.b)).toBeLessThan(0.35);
      // The likelihood-ratio test: the truth lies inside the 99.9% confidence region (χ²₄ = 18.47).
      expect(2 * (fit.logLikelihood - bgNbdLogLikelihood(truth, data))).toBeLessThan(18.47);
    }
  });
});

describe('BG/NBD refuses bad input with the field named', () => {
  it('parameters', () => {
    expectInvalid(() => bgNbdExpectedPurchases({ ...published, r: 0 }, 1), 'r', 'min');
    expectInvalid(() => bgNbdExpectedPurchases({ ...published, alpha: NaN }, 1), 'alpha', 'number');
    expectInvalid(() => bgNbdExpectedPurchases({ ...published, a: -1 }, 1), 'a', 'min');
    expectInvalid(() => bgNbdExpectedPurchases({ ...published, b: Infinity }, 1), 'b', 'number');
    expectInvalid(() => bgNbdExpectedPurchases({ ...published, b: 1e9 }, 1), 'b', 'max');
    expectInvalid(() => bgNbdExpectedPurchases(null as unknown as BgNbdParams, 1), 'params', 'non-empty');
  });
  it('times and histories', () => {
    expectInvalid(() => bgNbdExpectedPurchases(published, -1), 't', 'min');
    expectInvalid(() => bgNbdExpectedPurchases(published, NaN), 't', 'number');
    expectInvalid(() => bgNbdProbabilityAlive(published, { x: 1.5, tx: 1, T: 2 }), 'x', 'integer');
    expectInvalid(() => bgNbdProbabilityAlive(published, { x: -1, tx: 0, T: 2 }), 'x', 'min');
    expectInvalid(() => bgNbdProbabilityAlive(published, { x: 1, tx: 3, T: 2 }), 'tx', 'max');
    expectInvalid(() => bgNbdProbabilityAlive(published, { x: 1, tx: -1, T: 2 }), 'tx', 'min');
    expectInvalid(() => bgNbdProbabilityAlive(published, { x: 0, tx: 1, T: 2 }), 'tx', 'max');
    expectInvalid(() => bgNbdConditionalExpectedPurchases(published, { x: 1, tx: 1, T: NaN }, 1), 'T', 'number');
    expectInvalid(() => bgNbdProbabilityOfPurchases(published, 10, 0.5), 'n', 'integer');
  });
  it('data', () => {
    expectInvalid(() => fitBgNbd({ x: [], tx: [], T: [] }), 'data.x', 'non-empty');
    expectInvalid(() => fitBgNbd({ x: [1, 2], tx: [1], T: [2, 3] }), 'data.tx', 'length');
    expectInvalid(() => fitBgNbd({ x: [1], tx: [5], T: [2] }), 'data[0].tx', 'max');
    expectInvalid(() => fitBgNbd({ x: [1], tx: [1], T: [2], count: [-1] }), 'data.count[0]', 'min');
    expectInvalid(() => fitBgNbd({ x: [1], tx: [1], T: [2], count: [0] }), 'data.count', 'min');
    expectInvalid(() => bgNbdLogLikelihood(published, { x: [NaN], tx: [0], T: [1] }), 'data[0].x', 'number');
  });
});
