import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clvIncludingFirstMargin, COHORT_LIMITS, cohortLifetimeValue, InvalidInputError, RETENTION_LIMITS } from '../../src/core';
import {
  cohortProfit,
  expectedLifetime,
  retentionUplift,
  survivors,
  type CohortProfitInput,
  type RetentionUpliftInput,
} from '../../src/core/retention';
import { expectInvalid } from './invalid';

describe('survivors', () => {
  it('1,000 customers at 80% retention: 1000, 800, 640, 512', () => {
    const counts = survivors({ customers: 1000, retention: 0.8, periods: 3 });
    expect(counts).toHaveLength(4);
    counts.forEach((c, i) => expect(c).toBeCloseTo([1000, 800, 640, 512][i], 9));
  });

  it('carries the last per-period rate forward', () => {
    const counts = survivors({ customers: 1000, retention: [0.5, 0.8], periods: 4 });
    counts.forEach((c, i) => expect(c).toBeCloseTo([1000, 500, 400, 320, 256][i], 9));
  });
});

describe('expected lifetime 1/(1 − r)', () => {
  it('is 5 periods at 80%, 10 at 90%, 1 at 0%', () => {
    expect(expectedLifetime(0.8)).toBeCloseTo(5, 12);
    expect(expectedLifetime(0.9)).toBeCloseTo(10, 12);
    expect(expectedLifetime(0)).toBe(1);
  });
});

describe('cohort profit', () => {
  const base: CohortProfitInput = { customers: 1000, retention: 0.8, marginPerCustomer: 100, periods: 3, discountRate: 0.1 };

  it('1,000 customers, 80%, margin 100, 10%: 100,000 + 72,727.27 + 52,892.56', () => {
    const { byPeriod, total, valuePerCustomer } = cohortProfit(base);
    expect(byPeriod.map((p) => p.period)).toEqual([1, 2, 3]);
    byPeriod.forEach((p, i) => {
      expect(p.customers).toBeCloseTo([1000, 800, 640][i], 9);
      expect(p.profit).toBeCloseTo([100_000, 80_000, 64_000][i], 6);
      expect(p.discountedProfit).toBeCloseTo([100_000, 72_727.27, 52_892.56][i], 2);
    });
    expect(total).toBeCloseTo(225_619.83, 2);
    expect(valuePerCustomer).toBeCloseTo(225.62, 2);
  });

  it('matches the closed form m(1+d)/(1+d−r) per customer over a long horizon', () => {
    const long = cohortProfit({ ...base, periods: 100 });
    expect(long.valuePerCustomer).toBeCloseTo(clvIncludingFirstMargin({ margin: 100, retention: 0.8, discountRate: 0.1 }), 3);
  });

  it('takes a loss-making margin', () => {
    expect(cohortProfit({ ...base, marginPerCustomer: -100 }).total).toBeCloseTo(-225_619.83, 2);
  });

  it('grows each customer’s margin with tenure: 10% a year gives 100, 110, 121', () => {
    const { byPeriod, total } = cohortProfit({ ...base, marginGrowth: 0.1 });
    byPeriod.forEach((p, i) => {
      expect(p.margin).toBeCloseTo([100, 110, 121][i], 9);
      expect(p.profit).toBeCloseTo([100_000, 88_000, 77_440][i], 6);
    });
    // With growth equal to the discount rate, only survival discounts: 100,000 + 80,000 + 64,000.
    expect(total).toBeCloseTo(244_000, 6);
    expect(cohortProfit(base).byPeriod.map((p) => p.margin)).toEqual([100, 100, 100]);
  });

  it('keeps a zero margin at zero however fast it would grow', () => {
    const flat = cohortProfit({ ...base, marginPerCustomer: 0, marginGrowth: 1e6, periods: 100 });
    expect(flat.total).toBe(0);
    expect(flat.byPeriod.every((p) => p.profit === 0)).toBe(true);
  });
});

describe('+N points of retention', () => {
  const base: RetentionUpliftInput = {
    customers: 1000,
    retention: 0.8,
    marginPerCustomer: 10,
    periods: 3,
    discountRate: 0,
    points: 5,
  };

  it('+5 points from 80% to 85%: lifetime 5 → 6.67, three-period profit 24,400 → 25,725 (+5.43%)', () => {
    const u = retentionUplift(base);
    expect(u.after.retention).toBeCloseTo(0.85, 12);
    expect(u.before.expectedLifetime).toBeCloseTo(5, 12);
    expect(u.after.expectedLifetime).toBeCloseTo(6.67, 2);
    expect(u.before.totalProfit).toBeCloseTo(24_400, 6);
    expect(u.after.totalProfit).toBeCloseTo(25_725, 6);
    expect(u.profitChange).toBeCloseTo(1_325, 6);
    expect(u.profitChangeShare).toBeCloseTo(0.0543, 4);
    expect(u.before.valuePerCustomer).toBeCloseTo(24.4, 9);
    expect(u.after.valuePerCustomer).toBeCloseTo(25.725, 9);
  });

  it('over a long horizon at 10%, +5 points from 80% raises value per customer by 20% (366.67 → 440)', () => {
    const u = retentionUplift({ ...base, marginPerCustomer: 100, periods: 100, discountRate: 0.1 });
    expect(u.before.valuePerCustomer).toBeCloseTo(366.67, 2);
    expect(u.after.valuePerCustomer).toBeCloseTo(440, 2);
    expect(u.profitChangeShare).toBeCloseTo(0.2, 3);
  });

  it('caps retention at 1 and then reports the lifetime as null, not Infinity', () => {
    const u = retentionUplift({ ...base, retention: 0.98 });
    expect(u.after.retention).toBe(1);
    expect(u.after.expectedLifetime).toBeNull();
    expect(u.after.totalProfit).toBe(30_000);
    expect(u.before.expectedLifetime).toBeCloseTo(50, 9);
  });

  it('has no change share when there was no profit to begin with', () => {
    expect(retentionUplift({ ...base, marginPerCustomer: 0 }).profitChangeShare).toBeNull();
  });

  it('shows a smaller loss as a positive change', () => {
    const u = retentionUplift({ ...base, marginPerCustomer: -10, retention: 0.5, points: 0 });
    expect(u.profitChange).toBe(0);
    const v = retentionUplift({ ...base, marginPerCustomer: -10 });
    expect(v.profitChange).toBeLessThan(0);
    expect(v.profitChangeShare).toBeCloseTo(-0.0543, 4);
  });
});

describe('invalid input names the field and the rule', () => {
  const expectError = (run: () => unknown, field: string, kind: string) => {
    expectInvalid(run, field, kind);
  };
  const cohort = { customers: 1000, retention: 0.8, marginPerCustomer: 10, periods: 3, discountRate: 0.1 };

  it('expected lifetime at 100% retention: retention, less than 1', () => {
    expectError(() => expectedLifetime(1), 'retention', 'max');
    try {
      expectedLifetime(1);
    } catch (e) {
      expect((e as InvalidInputError).rule).toEqual({ kind: 'max', max: 1, inclusive: false });
      expect((e as InvalidInputError).message).toBe('retention: must be less than 1');
    }
  });

  it.each<[string, () => unknown, string, string]>([
    ['a negative lifetime retention', () => expectedLifetime(-0.1), 'retention', 'min'],
    ['a text lifetime retention', () => expectedLifetime('0.8' as unknown as number), 'retention', 'number'],
    ['a listed retention above 1', () => survivors({ customers: 10, retention: [0.8, 0.9, 1.2], periods: 3 }), 'retention[2]', 'max'],
    ['an empty retention list', () => survivors({ customers: 10, retention: [], periods: 3 }), 'retention', 'non-empty'],
    ['no customers', () => survivors({ customers: 0, retention: 0.8, periods: 3 }), 'customers', 'min'],
    ['a fractional period count', () => survivors({ customers: 10, retention: 0.8, periods: 2.5 }), 'periods', 'integer'],
    ['too many periods', () => survivors({ customers: 10, retention: 0.8, periods: 101 }), 'periods', 'max'],
    ['a non-number margin', () => cohortProfit({ ...cohort, marginPerCustomer: NaN }), 'marginPerCustomer', 'number'],
    ['a negative discount rate', () => cohortProfit({ ...cohort, discountRate: -0.05 }), 'discountRate', 'min'],
    ['zero periods', () => cohortProfit({ ...cohort, periods: 0 }), 'periods', 'min'],
    ['negative points', () => retentionUplift({ ...cohort, points: -1 }), 'points', 'min'],
    ['more than 100 points', () => retentionUplift({ ...cohort, points: 101 }), 'points', 'max'],
    ['a retention list for the uplift', () => retentionUplift({ ...cohort, retention: [0.8] as unknown as number, points: 5 }), 'retention', 'number'],
    ['an uplift retention above 1', () => retentionUplift({ ...cohort, retention: 1.1, points: 5 }), 'retention', 'max'],
    ['a margin that overflows', () => cohortProfit({ ...cohort, customers: 1e300, marginPerCustomer: 1e300 }), 'marginPerCustomer', 'too-large'],
    ['a margin that grows past any number', () => cohortProfit({ ...cohort, periods: 100, marginGrowth: 1e10 }), 'marginPerCustomer', 'too-large'],
    ['a margin growth below −100%', () => cohortProfit({ ...cohort, marginGrowth: -1.5 }), 'marginGrowth', 'min'],
    ['a margin growth that is not a number', () => retentionUplift({ ...cohort, points: 5, marginGrowth: NaN }), 'marginGrowth', 'number'],
  ])('%s', (_, run, field, kind) => expectError(run, field, kind));
});

const runs = { numRuns: 1000 };
const rate = fc.double({ min: 0, max: 1, noNaN: true });
const validCohort = fc.record({
  customers: fc.double({ min: 1, max: 1e7, noNaN: true }),
  retention: fc.oneof(rate, fc.array(rate, { minLength: 1, maxLength: 6 })),
  marginPerCustomer: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  marginGrowth: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
  periods: fc.integer({ min: 1, max: 100 }),
  discountRate: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('what the theory guarantees, over random valid inputs', () => {
  it('survivors start at the cohort, never rise and never go below 0', () => {
    fc.assert(
      fc.property(validCohort, ({ customers, retention, periods }) => {
        const counts = survivors({ customers, retention, periods });
        expect(counts).toHaveLength(periods + 1);
        expect(counts[0]).toBe(customers);
        expect(counts.every((c, i) => c >= 0 && (i === 0 || c <= counts[i - 1]))).toBe(true);
      }),
      runs,
    );
  });

  it('expected lifetime is at least 1 period and rises with retention', () => {
    const below1 = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    fc.assert(
      fc.property(below1, below1, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(expectedLifetime(lo)).toBeGreaterThanOrEqual(1);
        expect(expectedLifetime(hi)).toBeGreaterThanOrEqual(expectedLifetime(lo));
        expect(Number.isFinite(expectedLifetime(hi))).toBe(true);
      }),
      runs,
    );
  });

  it('cohort profit is the cohort model of ./clv at that margin, over the years a cohort table follows', () => {
    const table = validCohort.map((c) => ({ ...c, customers: Math.round(c.customers), periods: Math.min(c.periods, COHORT_LIMITS.horizon.max) }));
    fc.assert(
      fc.property(table, (input) => {
        const margin = Math.abs(input.marginPerCustomer);
        const ours = cohortProfit({ ...input, marginPerCustomer: margin, marginGrowth: 0 });
        const clv = cohortLifetimeValue({
          customers: input.customers,
          retention: input.retention,
          revenuePerCustomer: margin,
          costShare: 0,
          discount: { rate: input.discountRate },
          horizon: input.periods,
        });
        expect(ours.valuePerCustomer).toBeCloseTo(clv.valuePerCustomer, 6);
      }),
      runs,
    );
  });

  it('more retention never lowers profit when margins are ≥ 0', () => {
    fc.assert(
      fc.property(validCohort, rate, fc.double({ min: 0, max: 100, noNaN: true }), (input, r, points) => {
        const u = retentionUplift({ ...input, marginPerCustomer: Math.abs(input.marginPerCustomer), retention: r, points });
        expect(u.profitChange).toBeGreaterThanOrEqual(0);
        expect(u.after.totalProfit).toBeGreaterThanOrEqual(u.before.totalProfit);
        expect(u.after.valuePerCustomer).toBeGreaterThanOrEqual(u.before.valuePerCustomer);
        if (u.after.expectedLifetime !== null && u.before.expectedLifetime !== null) {
          expect(u.after.expectedLifetime).toBeGreaterThanOrEqual(u.before.expectedLifetime);
        }
      }),
      runs,
    );
  });

  it('totals are finite, or the inputs are refused with the typed error, even at extreme sizes', () => {
    const huge = fc.double({ min: -1e308, max: 1e308, noNaN: true });
    fc.assert(
      fc.property(validCohort, huge, fc.double({ min: 1e-300, max: 1e308, noNaN: true }), rate, (input, margin, customers, r) => {
        try {
          const profit = cohortProfit({ ...input, customers, marginPerCustomer: margin });
          expect(Number.isFinite(profit.total)).toBe(true);
          expect(Number.isFinite(profit.valuePerCustomer)).toBe(true);
          expect(profit.byPeriod.every((p) => Number.isFinite(p.profit) && Number.isFinite(p.discountedProfit))).toBe(true);
          const u = retentionUplift({ ...input, customers, marginPerCustomer: margin, retention: r, points: 5 });
          const outputs = [u.before, u.after].flatMap((s) => [s.totalProfit, s.valuePerCustomer, s.expectedLifetime ?? 0]);
          expect([...outputs, u.profitChange, u.profitChangeShare ?? 0].every(Number.isFinite)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidInputError);
        }
      }),
      runs,
    );
  });
});

describe('the simulator’s limits are inside what the models accept', () => {
  const inRange = (l: { min: number; max: number; whole?: boolean }) =>
    l.whole ? fc.integer({ min: l.min, max: l.max }) : fc.double({ min: l.min, max: l.max, noNaN: true });
  const L = RETENTION_LIMITS;

  it('every scenario within RETENTION_LIMITS gives a finite uplift and a finite lifetime before it', () => {
    fc.assert(
      fc.property(
        fc.record({
          customers: inRange(L.customers),
          retention: inRange(L.retention),
          marginPerCustomer: inRange(L.marginPerCustomer),
          marginGrowth: inRange(L.marginGrowth),
          periods: inRange(L.periods),
          discountRate: inRange(L.discountRate),
          points: inRange(L.points),
        }),
        (input) => {
          const u = retentionUplift(input);
          expect(u.before.expectedLifetime).not.toBeNull();
          expect(Number.isFinite(u.before.expectedLifetime!)).toBe(true);
          expect([u.before.totalProfit, u.after.totalProfit, u.profitChange].every(Number.isFinite)).toBe(true);
          expect(u.profitChange).toBeGreaterThanOrEqual(0);
        },
      ),
      runs,
    );
  });

  it('+20 points from 99% stops at 100%, where the lifetime has no end', () => {
    const u = retentionUplift({ customers: 1000, retention: L.retention.max, marginPerCustomer: 100, periods: 10, discountRate: 0.1, points: L.points.max });
    expect(u.after.retention).toBe(1);
    expect(u.after.expectedLifetime).toBeNull();
  });
});
