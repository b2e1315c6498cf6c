import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gini, topShare } from '../../src/core/concentration';
import {
  generatedSpend,
  lognormalGini,
  lognormalTopShare,
  normalCdf,
  normalQuantile,
  seededNormals,
  seededUniform,
  SPEND_LIMITS,
} from '../../src/core/customerSpend';
import { expectInvalid } from './invalid';

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe('the seeded generator', () => {
  it('gives the mulberry32 sequence for seed 1', () => {
    // T. Ettinger's reference algorithm, worked separately in Python's unbounded integers modulo 2³².
    const next = seededUniform(1);
    expect([next(), next(), next()].map((u) => u.toFixed(10))).toEqual(['0.6270739406', '0.0027357212', '0.5274470400']);
  });

  it('is deterministic: the same seed gives the same customers, another seed others', () => {
    const a = generatedSpend({ customers: 500, spread: 1.2, meanRevenue: 100, seed: 7 });
    expect(generatedSpend({ customers: 500, spread: 1.2, meanRevenue: 100, seed: 7 })).toEqual(a);
    expect(generatedSpend({ customers: 500, spread: 1.2, meanRevenue: 100, seed: 8 })).not.toEqual(a);
  });

  it('draws standard normals: mean near 0, variance near 1, about 68% within one σ', () => {
    const z = seededNormals(100_000, 2024);
    const m = mean(z);
    const variance = mean(z.map((v) => (v - m) ** 2));
    expect(Math.abs(m)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    expect(Math.abs(z.filter((v) => Math.abs(v) < 1).length / z.length - 0.6827)).toBeLessThan(0.005);
  });

  it('with no spread every customer spends the mean, and the Gini is 0', () => {
    const r = generatedSpend({ customers: 50, spread: 0, meanRevenue: 80, seed: 3 });
    expect(new Set(r)).toEqual(new Set([80]));
    expect(gini(r)).toBeCloseTo(0, 12);
  });

  it('keeps the mean spend near meanRevenue whatever the spread', () => {
    for (const spread of [0.5, 1, 1.5]) {
      const r = generatedSpend({ customers: 100_000, spread, meanRevenue: 200, seed: 11 });
      expect(Math.abs(mean(r) / 200 - 1), `σ = ${spread}`).toBeLessThan(0.03);
    }
  });

  it('matches the log-normal theory on a large sample: Gini 2Φ(σ/√2) − 1 and the top 20%’s share', () => {
    for (const spread of [0.5, 1, 1.68]) {
      const r = generatedSpend({ customers: 100_000, spread, meanRevenue: 100, seed: 5 });
      expect(Math.abs(gini(r) - lognormalGini(spread)), `σ = ${spread}`).toBeLessThan(0.01);
      expect(Math.abs(topShare(r, 0.2) - lognormalTopShare(spread, 0.2)), `σ = ${spread}`).toBeLessThan(0.01);
    }
  });
});

describe('the normal distribution, by published values', () => {
  it('Φ(0) = 0.5, Φ(1) = 0.841345, Φ(1.96) = 0.975002, Φ(−2) = 0.022750', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1)).toBeCloseTo(0.841345, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975002, 6);
    expect(normalCdf(-2)).toBeCloseTo(0.02275, 6);
  });

  it('Φ⁻¹(0.975) = 1.959964, Φ⁻¹(0.8) = 0.841621, Φ⁻¹(0.001) = −3.090232', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it('log-normal shares by hand: σ = 1 gives Gini 2Φ(0.7071) − 1 = 0.5205; 80/20 needs σ ≈ 1.683', () => {
    expect(lognormalGini(1)).toBeCloseTo(0.5205, 4);
    expect(lognormalGini(0)).toBeCloseTo(0, 7);
    // Top 20% hold 80% when σ = 2·Φ⁻¹(0.8) = 1.6832.
    expect(lognormalTopShare(1.6832, 0.2)).toBeCloseTo(0.8, 4);
    expect(lognormalTopShare(0, 0.2)).toBeCloseTo(0.2, 6);
    expect(lognormalTopShare(2, 1)).toBe(1);
  });
});

describe('invalid input names the field and the rule', () => {
  const ok = { customers: 10, spread: 1, meanRevenue: 100, seed: 1 };
  const cases: [string, () => unknown, string, string][] = [
    ['no customers', () => generatedSpend({ ...ok, customers: 0 }), 'customers', 'min'],
    ['a fractional customer count', () => generatedSpend({ ...ok, customers: 2.5 }), 'customers', 'integer'],
    ['a negative spread', () => generatedSpend({ ...ok, spread: -0.1 }), 'spread', 'min'],
    ['a spread past the limit', () => generatedSpend({ ...ok, spread: 3.5 }), 'spread', 'max'],
    ['a mean of 0', () => generatedSpend({ ...ok, meanRevenue: 0 }), 'meanRevenue', 'min'],
    ['a NaN seed', () => generatedSpend({ ...ok, seed: NaN }), 'seed', 'number'],
    ['a top share of 0', () => lognormalTopShare(1, 0), 'share', 'min'],
  ];
  it.each(cases)('%s', (_, run, field, kind) => {
    expectInvalid(run, field, kind);
  });
});

const input = fc.record({
  customers: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 400 })),
  spread: fc.oneof(fc.constant(0), fc.constant(SPEND_LIMITS.spread.max), fc.double({ min: 0, max: SPEND_LIMITS.spread.max, noNaN: true })),
  meanRevenue: fc.oneof(fc.constant(SPEND_LIMITS.meanRevenue.min), fc.constant(SPEND_LIMITS.meanRevenue.max), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
  seed: fc.oneof(fc.constant(0), fc.constant(SPEND_LIMITS.seed.max), fc.integer({ min: 0, max: SPEND_LIMITS.seed.max })),
});
const runs = { numRuns: 1000 };

describe('what the generator guarantees, over every input its limits allow', () => {
  it('gives one finite, positive revenue per customer, which the concentration models accept', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = generatedSpend(i);
        expect(r).toHaveLength(i.customers);
        r.forEach((v) => {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        });
        expect(Number.isFinite(gini(r))).toBe(true);
      }),
      runs,
    );
  });

  it('a larger spread never makes the same customers less concentrated', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0, max: 3, noNaN: true }), (i, other) => {
        const [lo, hi] = i.spread <= other ? [i.spread, other] : [other, i.spread];
        const a = generatedSpend({ ...i, spread: lo });
        const b = generatedSpend({ ...i, spread: hi });
        expect(gini(b)).toBeGreaterThanOrEqual(gini(a) - 1e-9);
        expect(topShare(b, 0.2)).toBeGreaterThanOrEqual(topShare(a, 0.2) - 1e-9);
      }),
      runs,
    );
  });

  it('uniform numbers stay in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SPEND_LIMITS.seed.max }), (seed) => {
        const next = seededUniform(seed);
        for (let k = 0; k < 20; k++) {
          const u = next();
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThan(1);
        }
      }),
      runs,
    );
  });
});
