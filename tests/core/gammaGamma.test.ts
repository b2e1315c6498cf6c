import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  customerLifetimeValue,
  discountedPurchases,
  fitGammaGamma,
  gammaGammaExpectedSpend,
  gammaGammaLogLikelihood,
  gammaGammaLogLikelihoodGradient,
  type GammaGammaParams,
} from '../../src/core/gammaGamma';
import { bgNbdConditionalExpectedPurchases } from '../../src/core/bgnbd';
import { rfmSummary } from '../../src/core/rfm';
import { cdnowSampleSummary, cdnowSampleTransactions } from './cdnow';
import { expectInvalid } from './invalid';
import { simulateGammaGamma } from './simulate';

const repeat = cdnowSampleSummary().filter((r) => r.x > 0);
const spend = { x: repeat.map((r) => r.x), m: repeat.map((r) => r.zbar) };
const published: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
const reference = JSON.parse(readFileSync(new URL('./data/lifetimes_reference.json', import.meta.url), 'utf8'));
const bg = { kind: 'bgnbd' as const, params: reference.params.bgnbd };
const pn = { kind: 'paretonbd' as const, params: reference.params.paretonbd };
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('Gamma-Gamma on CDNOW: Fader & Hardie (2013)', () => {
  const fit = fitGammaGamma(spend);

  it('946 repeat buyers, their mean spend from the sample transactions: p 6.25, q 3.74, γ 15.44', () => {
    const log = cdnowSampleTransactions();
    const s = rfmSummary({ customers: log.ids.length, customer: log.customer, day: log.day, amount: log.amount }, { observationEnd: Date.UTC(1997, 8, 30) / 86_400_000 });
    const buyers = [...s.x.keys()].filter((i) => s.x[i] > 0);
    const own = fitGammaGamma({ x: buyers.map((i) => s.x[i]), m: buyers.map((i) => s.monetary[i]) });
    expect(own.customers).toBe(946);
    expect(own.converged).toBe(true);
    expect(own.params.p).toBeCloseTo(6.25, 2);
    expect(own.params.q).toBeCloseTo(3.74, 2);
    expect(own.params.gamma).toBeCloseTo(15.44, 2);
  });

  it('on the summary file, whose spend is rounded to cents, γ moves to 15.448, as lifetimes also finds', () => {
    expect(fit.customers).toBe(946);
    expect(fit.params.gamma).toBeCloseTo(15.448, 3);
  });

  it('agrees with lifetimes 0.11.3 (GammaGammaFitter) to 1e−6', () => {
    const peer = { p: 6.248802496072247, q: 3.744588460923599, gamma: 15.447748064939473 };
    for (const k of ['p', 'q', 'gamma'] as const) expect(rel(fit.params[k], peer[k])).toBeLessThan(1e-6);
  });

  it('its analytic gradient matches finite differences', () => {
    const at = { p: 5, q: 3, gamma: 12 };
    const g = gammaGammaLogLikelihoodGradient(at, spend);
    for (const k of ['p', 'q', 'gamma'] as const) {
      const h = 1e-6 * at[k];
      const fd = (gammaGammaLogLikelihood({ ...at, [k]: at[k] + h }, spend) - gammaGammaLogLikelihood({ ...at, [k]: at[k] - h }, spend)) / (2 * h);
      expect(rel(g[k], fd)).toBeLessThan(1e-6);
    }
  });

  it('recovers the parameters used to simulate spend', () => {
    for (const [seed, truth] of [
      [31, { p: 6, q: 4, gamma: 15 }],
      [32, { p: 2, q: 8, gamma: 100 }],
    ] as [number, GammaGammaParams][]) {
      const data = simulateGammaGamma(seed, 20_000, truth);
      const f = fitGammaGamma(data);
      expect(f.converged).toBe(true);
      expect(rel(f.params.p, truth.p)).toBeLessThan(0.2);
      expect(rel(f.params.q, truth.q)).toBeLessThan(0.1);
      expect(rel(f.params.gamma, truth.gamma)).toBeLessThan(0.2);
      expect(2 * (f.logLikelihood - gammaGammaLogLikelihood(truth, data))).toBeLessThan(16.27); // χ²₃ at 99.9%
    }
  });
});

describe('expected spend and lifetime value against lifetimes 0.11.3', () => {
  it('E(M | x, m̄) (eq. 5), the population mean γp/(q − 1) for x = 0', () => {
    for (const [x, m, value] of reference.spend) expect(rel(gammaGammaExpectedSpend(published, x, m), value)).toBeLessThan(1e-12);
    expect(gammaGammaExpectedSpend(published, 0, 0)).toBeCloseTo((15.44 * 6.25) / 2.74, 12);
  });

  it('customer_lifetime_value with BG/NBD, 12 months at 1% a month, weeks', () => {
    for (const [x, tx, T, m, value] of reference.clv_bg) {
      const clv = customerLifetimeValue({ model: bg, spend: published, history: { x, tx, T }, monetary: m, months: 12, monthlyDiscount: 0.01, unit: 'weeks' });
      expect(rel(clv, value)).toBeLessThan(1e-10);
    }
  });

  it('customer_lifetime_value with Pareto/NBD, 24 months at 2% a month', () => {
    for (const [x, tx, T, m, value] of reference.clv_pn) {
      const clv = customerLifetimeValue({ model: pn, spend: published, history: { x, tx, T }, monetary: m, months: 24, monthlyDiscount: 0.02 });
      expect(rel(clv, value)).toBeLessThan(1e-10);
    }
  });

  it('with no discount, value is spend times the expected purchases over the horizon (12 months = 52.14 weeks)', () => {
    const history = { x: 2, tx: 30.43, T: 38.86 };
    const purchases = bgNbdConditionalExpectedPurchases(bg.params, history, 12 * 4.345);
    expect(discountedPurchases(bg, history, { monthlyDiscount: 0 })).toBeCloseTo(purchases, 12);
    const clv = customerLifetimeValue({ model: bg, spend: published, history, monetary: 22.35, monthlyDiscount: 0 });
    expect(clv).toBeCloseTo(purchases * gammaGammaExpectedSpend(published, 2, 22.35), 10);
  });

  it('in days and months the month is 30 days and 1 month', () => {
    const history = { x: 2, tx: 30.43 * 7, T: 38.86 * 7 };
    const daily = { kind: 'bgnbd' as const, params: { ...bg.params, alpha: bg.params.alpha * 7 } };
    const byDays = discountedPurchases(daily, history, { unit: 'days', months: 3, monthlyDiscount: 0 });
    expect(byDays).toBeCloseTo(bgNbdConditionalExpectedPurchases(daily.params, history, 90), 12);
    const monthly = discountedPurchases(bg, { x: 1, tx: 1, T: 5 }, { unit: 'months', months: 2, monthlyDiscount: 0 });
    expect(monthly).toBeCloseTo(bgNbdConditionalExpectedPurchases(bg.params, { x: 1, tx: 1, T: 5 }, 2), 12);
  });
});

describe('Gamma-Gamma properties', () => {
  it('expected spend lies between the customer’s own mean and the population mean', () => {
    const param = fc.double({ min: 0.01, max: 100, noNaN: true });
    fc.assert(
      fc.property(param, fc.double({ min: 1.01, max: 100, noNaN: true }), param, fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 1e4, noNaN: true }), (p, q, gamma, x, m) => {
        const e = gammaGammaExpectedSpend({ p, q, gamma }, x, m);
        const population = (gamma * p) / (q - 1);
        expect(e).toBeGreaterThanOrEqual(Math.min(m, population) * (1 - 1e-12));
        expect(e).toBeLessThanOrEqual(Math.max(m, population) * (1 + 1e-12));
      }),
      { numRuns: 1000 },
    );
  });

  it('lifetime value is finite and ≥ 0, and falls as the discount rate rises', () => {
    const param = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({ r: param, alpha: param, a: param, b: param }),
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (params, x, share, d) => {
          const history = { x, tx: x === 0 ? 0 : share * 40, T: 40 };
          const input = { model: { kind: 'bgnbd' as const, params }, spend: published, history, monetary: x === 0 ? 0 : 30 };
          const low = customerLifetimeValue({ ...input, monthlyDiscount: d });
          const high = customerLifetimeValue({ ...input, monthlyDiscount: d + 0.1 });
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(low * (1 + 1e-12));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Gamma-Gamma refuses bad input with the field named', () => {
  it('data, parameters and horizons', () => {
    expectInvalid(() => fitGammaGamma({ x: [0], m: [10] }), 'data[0].x', 'min');
    expectInvalid(() => fitGammaGamma({ x: [2], m: [0] }), 'data[0].m', 'min');
    expectInvalid(() => fitGammaGamma({ x: [2], m: [-5] }), 'data[0].m', 'min');
    expectInvalid(() => fitGammaGamma({ x: [2, 3], m: [5] }), 'data.m', 'length');
    expectInvalid(() => fitGammaGamma({ x: [], m: [] }), 'data.x', 'non-empty');
    expectInvalid(() => gammaGammaExpectedSpend({ ...published, q: 0.5 }, 0, 0), 'q', 'min');
    expectInvalid(() => gammaGammaExpectedSpend({ ...published, p: NaN }, 1, 1), 'p', 'number');
    expectInvalid(() => gammaGammaExpectedSpend(published, 1, -1), 'm', 'min');
    const input = { model: bg, spend: published, history: { x: 1, tx: 1, T: 2 }, monetary: 10 };
    expectInvalid(() => customerLifetimeValue({ ...input, months: 0 }), 'months', 'min');
    expectInvalid(() => customerLifetimeValue({ ...input, months: 1.5 }), 'months', 'integer');
    expectInvalid(() => customerLifetimeValue({ ...input, monthlyDiscount: -0.1 }), 'monthlyDiscount', 'min');
    expectInvalid(() => customerLifetimeValue({ ...input, monthlyDiscount: 2 }), 'monthlyDiscount', 'max');
    expectInvalid(() => customerLifetimeValue({ ...input, unit: 'years' as never }), 'unit', 'non-empty');
    expectInvalid(() => customerLifetimeValue({ ...input, model: { kind: 'other' } as never }), 'model', 'non-empty');
    expectInvalid(() => customerLifetimeValue({ ...input, history: { x: 1, tx: 3, T: 2 } }), 'tx', 'max');
    expectInvalid(() => customerLifetimeValue({ ...input, monetary: NaN }), 'monetary', 'number');
  });
});
