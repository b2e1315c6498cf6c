import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topShare } from '../../src/core/concentration';
import { customerTiers, moveUp, ZEITHAML_TIERS } from '../../src/core/pyramid';
import { cdnowCents } from './cdnow';
import { expectInvalid } from './invalid';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("Curry's pyramid by hand", () => {
  // Customer i (0-based) spends 100 − i: customer 0 is the largest.
  const revenues = Array.from({ length: 100 }, (_, i) => 100 - i);
  const tiers = customerTiers({ revenues });

  it('cuts 100 customers into 1, 4, 15 and 80', () => {
    expect(tiers.map((t) => t.name)).toEqual(['vip', 'large', 'medium', 'small']);
    expect(tiers.map((t) => t.customers)).toEqual([1, 4, 15, 80]);
    expect(tiers[1].members).toEqual([1, 2, 3, 4]);
  });

  it('adds up each tier: 100; 99+98+97+96; 95…81; 80…1', () => {
    expect(tiers.map((t) => t.revenue)).toEqual([100, 390, 1320, 3240]);
    expect(tiers.map((t) => t.averageRevenue)).toEqual([100, 97.5, 88, 40.5]);
    tiers.forEach((t, i) => expect(t.revenueShare).toBeCloseTo([100, 390, 1320, 3240][i] / 5050, 12));
  });

  it('rounds boundaries up: 250 customers give 3, 10, 37, 200', () => {
    // ceil(2.5) = 3, ceil(12.5) = 13, ceil(50) = 50, 250.
    const t = customerTiers({ revenues: Array(250).fill(1) });
    expect(t.map((x) => x.customers)).toEqual([3, 10, 37, 200]);
    expect(t[0].members).toEqual([0, 1, 2]); // ties keep input order
  });

  it('leaves a tier empty when there are too few customers', () => {
    // 3 customers: boundaries ceil(0.03) = 1, ceil(0.15) = 1, ceil(0.6) = 1, then 3.
    const t = customerTiers({ revenues: [5, 50, 20] });
    expect(t.map((x) => x.customers)).toEqual([1, 0, 0, 2]);
    expect(t.map((x) => x.members)).toEqual([[1], [], [], [2, 0]]);
    expect(t[1].averageRevenue).toBe(0);
  });

  it('takes Zeithaml, Rust & Lemon names with the cut-offs a firm chooses', () => {
    const t = customerTiers({ revenues, cutoffs: [0.1, 0.2, 0.3, 0.4], names: [...ZEITHAML_TIERS] });
    expect(t.map((x) => [x.name, x.customers])).toEqual([
      ['platinum', 10],
      ['gold', 20],
      ['iron', 30],
      ['lead', 40],
    ]);
  });
});

describe('moving customers up a tier', () => {
  const tiers = customerTiers({ revenues: Array.from({ length: 100 }, (_, i) => 100 - i) });

  it('1% of the 80 small customers taking on the medium average of 88 instead of 40.5', () => {
    const r = moveUp({ tiers, fromTier: 3 });
    expect(r.toTier).toBe(2);
    expect(r.customersMoved).toBeCloseTo(0.8, 12);
    expect(r.revenueChange).toBeCloseTo(0.8 * (88 - 40.5), 9);
    expect(r.revenueAfter).toBeCloseTo(5050 + 38, 9);
    expect(r.tiers[3].customers).toBeCloseTo(79.2, 12);
    expect(r.tiers[2].revenue).toBeCloseTo(1320 + 0.8 * 88, 9);
  });

  it('works from tier totals alone', () => {
    const r = moveUp({ tiers: [{ customers: 10, revenue: 1000 }, { customers: 90, revenue: 900 }], fromTier: 1, share: 0.1 });
    expect(r.revenueChange).toBeCloseTo(9 * 90, 9);
  });
});

describe('CDNOW with Curry’s cut-offs', () => {
  const cents = cdnowCents();
  const tiers = customerTiers({ revenues: cents });

  it('puts the 23,570 customers into 236, 943, 3,535 and 18,856', () => {
    // ceil(235.7) = 236; ceil(1178.5) = 1179; 4714; 23,570.
    expect(tiers.map((t) => t.customers)).toEqual([236, 943, 3535, 18_856]);
    expect(sum(tiers.map((t) => t.customers))).toBe(23_570);
    expect(sum(tiers.map((t) => t.customerShare))).toBeCloseTo(1, 12);
    expect(sum(tiers.map((t) => t.revenueShare))).toBeCloseTo(1, 12);
  });

  it('agrees with a direct sort of the cents and with the top-20% share', () => {
    const sorted = [...cents].sort((a, b) => b - a);
    const bounds = [0, 236, 1179, 4714, 23_570];
    tiers.forEach((t, j) => expect(t.revenue).toBe(sum(sorted.slice(bounds[j], bounds[j + 1]))));
    expect(sum(tiers.map((t) => t.revenue))).toBe(250_031_563);
    expect(tiers[0].revenueShare + tiers[1].revenueShare + tiers[2].revenueShare).toBeCloseTo(topShare(cents, 0.2), 12);
  });
});

describe('invalid input names the field and the rule', () => {
  const cases: [string, () => unknown, string, string][] = [
    ['cut-offs summing to more than 1', () => customerTiers({ revenues: [1], cutoffs: [0.5, 0.6] }), 'cutoffs', 'sum'],
    ['cut-offs summing to less than 1', () => customerTiers({ revenues: [1], cutoffs: [0.5, 0.4] }), 'cutoffs', 'sum'],
    ['a zero cut-off', () => customerTiers({ revenues: [1], cutoffs: [0, 1] }), 'cutoffs[0]', 'min'],
    ['a cut-off above 1', () => customerTiers({ revenues: [1], cutoffs: [1.5, -0.5] }), 'cutoffs[0]', 'max'],
    ['no cut-offs', () => customerTiers({ revenues: [1], cutoffs: [] }), 'cutoffs', 'non-empty'],
    ['too few names', () => customerTiers({ revenues: [1], cutoffs: [0.5, 0.5], names: ['a'] }), 'names', 'min-length'],
    ['too many names', () => customerTiers({ revenues: [1], cutoffs: [1], names: ['a', 'b'] }), 'names', 'max'],
    ['a blank name', () => customerTiers({ revenues: [1], cutoffs: [1], names: [' '] }), 'names[0]', 'non-empty'],
    ['a negative revenue', () => customerTiers({ revenues: [1, -1] }), 'revenues[1]', 'min'],
    ['no revenue at all', () => customerTiers({ revenues: [0, 0] }), 'revenues', 'min'],
    ['moving the top tier', () => moveUp({ tiers: [{ customers: 1, revenue: 1 }, { customers: 1, revenue: 1 }], fromTier: 0 }), 'fromTier', 'min'],
    ['a share of 0', () => moveUp({ tiers: [{ customers: 1, revenue: 1 }, { customers: 1, revenue: 1 }], fromTier: 1, share: 0 }), 'share', 'min'],
    ['an empty tier above', () => moveUp({ tiers: [{ customers: 0, revenue: 0 }, { customers: 1, revenue: 1 }], fromTier: 1 }), 'tiers[0].customers', 'min'],
    ['a fractional tier count', () => moveUp({ tiers: [{ customers: 1, revenue: 1 }, { customers: 1.5, revenue: 1 }], fromTier: 1 }), 'tiers[1].customers', 'integer'],
    ['a single tier', () => moveUp({ tiers: [{ customers: 1, revenue: 1 }], fromTier: 1 }), 'tiers', 'min-length'],
  ];
  it.each(cases)('%s', (_, run, field, kind) => {
    expectInvalid(run, field, kind);
  });
});

const money = fc.oneof(fc.constant(0), fc.constant(25), fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100));
const revenues = fc.array(money, { minLength: 1, maxLength: 300 }).filter((r) => r.some((v) => v > 0));
// Random cut-offs: positive weights, normalised so they sum to 1.
const cutoffs = fc
  .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 })
  .map((w) => w.map((x) => x / sum(w)));
const input = fc.record({ revenues, cutoffs: fc.option(cutoffs, { nil: undefined }) });
const runs = { numRuns: 1000 };

describe('what the theory guarantees, over random valid inputs', () => {
  it('tiers partition the customers: every customer exactly once, counts adding to N', () => {
    fc.assert(
      fc.property(input, ({ revenues: r, cutoffs: c }) => {
        const tiers = customerTiers({ revenues: r, cutoffs: c });
        expect(sum(tiers.map((t) => t.customers))).toBe(r.length);
        const seen = tiers.flatMap((t) => t.members).sort((a, b) => a - b);
        expect(seen).toEqual(r.map((_, i) => i));
        tiers.forEach((t) => expect(t.members).toHaveLength(t.customers));
      }),
      runs,
    );
  });

  it('customer shares and revenue shares each sum to 1', () => {
    fc.assert(
      fc.property(input, ({ revenues: r, cutoffs: c }) => {
        const tiers = customerTiers({ revenues: r, cutoffs: c });
        expect(sum(tiers.map((t) => t.customerShare))).toBeCloseTo(1, 12);
        expect(sum(tiers.map((t) => t.revenueShare))).toBeCloseTo(1, 12);
      }),
      runs,
    );
  });

  it("a higher tier's average revenue is at least a lower tier's", () => {
    fc.assert(
      fc.property(input, ({ revenues: r, cutoffs: c }) => {
        const filled = customerTiers({ revenues: r, cutoffs: c }).filter((t) => t.customers > 0);
        for (let j = 1; j < filled.length; j++) {
          expect(filled[j - 1].averageRevenue).toBeGreaterThanOrEqual(filled[j].averageRevenue * (1 - 1e-12));
        }
      }),
      runs,
    );
  });

  it('moving customers up never loses revenue, and keeps the customer count', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.nat(), ({ revenues: r, cutoffs: c }, share, pick) => {
        const tiers = customerTiers({ revenues: r, cutoffs: c });
        const from = tiers.length > 1 ? 1 + (pick % (tiers.length - 1)) : 0;
        if (from === 0 || tiers[from].customers === 0 || tiers[from - 1].customers === 0) return;
        const result = moveUp({ tiers, fromTier: from, share });
        expect(result.revenueChange).toBeGreaterThanOrEqual(-1e-12 * result.revenueBefore);
        expect(sum(result.tiers.map((t) => t.customers))).toBeCloseTo(r.length, 9);
        expect(sum(result.tiers.map((t) => t.revenue))).toBeCloseTo(result.revenueAfter, 6);
      }),
      runs,
    );
  });
});
