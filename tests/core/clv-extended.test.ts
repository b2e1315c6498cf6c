// The cohort model's newer inputs: spend per year, a yearly cost per customer, referred customers,
// and the one-at-a-time sensitivity that the calculator's tornado chart draws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohortLifetimeValue, cohortSensitivity, COHORT_LIMITS, type CohortInput, type CohortResult } from '../../src/core';
import { valueAt } from '../../src/core/validate';
import { expectInvalid } from './invalid';

const hughes: CohortInput = {
  customers: 20000,
  retention: [0.4, 0.45, 0.5],
  revenuePerCustomer: 150,
  costShare: [0.8, 0.7, 0.65],
  discount: { rate: 0.2 },
  horizon: 3,
};

describe('new inputs, worked by hand', () => {
  it('spend that grows: 150, 165, 180 a year gives (600,000 + 330,000 + 157,500) ÷ 20,000 = 54.375', () => {
    const r = cohortLifetimeValue({ ...hughes, revenuePerCustomer: [150, 165, 180] });
    r.years.forEach((y, i) => expect(y.discountedProfit).toBeCloseTo([600_000, 330_000, 157_500][i], 6));
    expect(r.valuePerCustomer).toBeCloseTo(54.375, 9);
    expect(r.years.map((y) => y.revenuePerCustomer)).toEqual([150, 165, 180]);
  });

  it('a referral rate of 10%: referred customers buy that year and are retained with the others', () => {
    const r = cohortLifetimeValue({ ...hughes, referralRate: 0.1 });
    // Year 1: 20,000 + 2,000 buy; year 2: 22,000 × 40% = 8,800 carried in, 880 referred; year 3: 9,680 × 45% = 4,356.
    r.years.forEach((y, i) => expect(y.customers).toBeCloseTo([20_000, 8_800, 4_356][i], 9));
    r.years.forEach((y, i) => expect(y.referred).toBeCloseTo([2_000, 880, 435.6][i], 9));
    // 660,000 + 435,600 ÷ 1.2 + 251,559 ÷ 1.44 = 1,197,693.75, still per original customer.
    expect(r.valuePerCustomer).toBeCloseTo(1_197_693.75 / 20_000, 9);
  });

  it('a cost per customer and a referral reward come off each year’s profit', () => {
    const r = cohortLifetimeValue({ ...hughes, revenuePerCustomer: [150, 160, 170], costPerCustomer: 5, referralRate: 0.1, referralReward: 10 });
    const y1 = r.years[0];
    expect(y1.revenue).toBe(3_300_000);
    expect(y1.costs).toBeCloseTo(2_640_000, 6);
    expect(y1.customerCosts).toBe(110_000);
    expect(y1.referralRewards).toBe(20_000);
    expect(y1.profit).toBeCloseTo(530_000, 6);
    // Year 2: 9,680 buy at 160 → 1,548,800; less 70% (1,084,160), 9,680 × 5, 880 × 10 → 407,440.
    expect(r.years[1].profit).toBeCloseTo(407_440, 6);
    // Year 3: 4,791.6 buy at 170 → 814,572; less 65% (529,471.8), 23,958 and 4,356 → 256,786.2.
    expect(r.years[2].profit).toBeCloseTo(256_786.2, 6);
    expect(r.valuePerCustomer).toBeCloseTo((530_000 + 407_440 / 1.2 + 256_786.2 / 1.44) / 20_000, 9);
  });

  it('a yearly cost per customer can be set year by year, the last carried forward', () => {
    const r = cohortLifetimeValue({ ...hughes, costPerCustomer: [10, 2], horizon: 4 });
    expect(r.years.map((y) => y.costPerCustomer)).toEqual([10, 2, 2, 2]);
    expect(r.years[3].customerCosts).toBeCloseTo(1_800 * 2, 9);
  });

  it.each([
    ['a negative cost per customer', { costPerCustomer: -1 }, 'costPerCustomer', 'min'],
    ['a per-year revenue below 0', { revenuePerCustomer: [150, -1] }, 'revenuePerCustomer[1]', 'min'],
    ['a referral rate above 100%', { referralRate: 1.5 }, 'referralRate', 'max'],
    ['a negative referral reward', { referralReward: -3 }, 'referralReward', 'min'],
    ['a text referral rate', { referralRate: '0.1' as unknown as number }, 'referralRate', 'number'],
  ] as [string, Partial<CohortInput>, string, string][])('refuses %s', (_, change, field, kind) => {
    expectInvalid(() => cohortLifetimeValue({ ...hughes, ...change }), field, kind);
  });
});

/** The model as it was before the new inputs, kept here as the reference the defaults must reproduce. */
function before(input: CohortInput): CohortResult {
  const list = (v: number | readonly number[]) => (typeof v === 'number' ? [v] : [...v]);
  const retention = list(input.retention);
  const costShare = list(input.costShare);
  const revenue = input.revenuePerCustomer as number;
  const rate = (input.discount as { rate: number }).rate;
  const acquisitionCostTotal = input.customers * (input.acquisitionCost ?? 0);
  let active = input.customers;
  let cumulative = -acquisitionCostTotal;
  const years = [];
  for (let i = 0; i < input.horizon; i++) {
    const r = active * revenue;
    const share = valueAt(costShare, i);
    const costs = r * share;
    const profit = r - costs;
    const factor = (1 + rate) ** i;
    cumulative += profit / factor;
    years.push({ customers: active, revenue: r, costs, profit, discountFactor: factor, discountedProfit: profit / factor, cumulativeDiscountedProfit: cumulative, valuePerCustomer: cumulative / input.customers });
    active *= valueAt(retention, i);
  }
  return { years, acquisitionCostTotal, valuePerCustomer: cumulative / input.customers } as unknown as CohortResult;
}

const share = fc.double({ min: 0, max: 1, noNaN: true });
const oldCohort = fc.record({
  customers: fc.integer({ min: 1, max: 10_000_000 }),
  retention: fc.array(share, { minLength: 1, maxLength: 20 }),
  revenuePerCustomer: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
  costShare: fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 1, maxLength: 20 }),
  acquisitionCost: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
  discount: fc.record({ rate: share }),
  horizon: fc.integer({ min: 1, max: 20 }),
});
const runs = { numRuns: 1000 };
const tolerance = (v: number) => 1e-9 * Math.max(1, Math.abs(v));
const pick = (r: CohortResult) => ({
  value: r.valuePerCustomer,
  total: r.acquisitionCostTotal,
  years: r.years.map((y) => [y.customers, y.revenue, y.costs, y.profit, y.discountedProfit, y.cumulativeDiscountedProfit, y.valuePerCustomer]),
});

describe('what the new inputs guarantee, over random valid inputs', () => {
  it('with every new input at its default, each result equals the old model’s exactly', () => {
    fc.assert(
      fc.property(oldCohort, (input) => {
        const old = pick(before(input));
        expect(pick(cohortLifetimeValue(input))).toEqual(old);
        const explicit = { ...input, revenuePerCustomer: [input.revenuePerCustomer], costPerCustomer: 0, referralRate: 0, referralReward: 0 };
        expect(pick(cohortLifetimeValue(explicit))).toEqual(old);
        cohortLifetimeValue(explicit).years.forEach((y) => {
          expect(y.referred).toBe(0);
          expect(y.customerCosts).toBe(0);
          expect(y.referralRewards).toBe(0);
        });
      }),
      runs,
    );
  });

  it('rises with the referral rate while each customer’s yearly margin is not negative', () => {
    const margin = oldCohort.map((c) => ({ ...c, costShare: c.costShare.map((s) => Math.min(s, 1)), customers: Math.min(c.customers, 100_000) }));
    fc.assert(
      fc.property(margin, share, share, (input, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const low = cohortLifetimeValue({ ...input, referralRate: lo }).valuePerCustomer;
        const high = cohortLifetimeValue({ ...input, referralRate: hi }).valuePerCustomer;
        expect(high).toBeGreaterThanOrEqual(low - tolerance(low));
      }),
      runs,
    );
  });

  it('rises with spend growth while the cost share is at most 100%', () => {
    fc.assert(
      fc.property(oldCohort, fc.double({ min: 0, max: 0.4, noNaN: true }), (input, growth) => {
        // Growth stays inside the model's revenue limit over 20 years.
        const costShare = input.costShare.map((s) => Math.min(s, 1));
        const base = { ...input, costShare, revenuePerCustomer: Math.min(input.revenuePerCustomer, 1000) };
        const grown = Array.from({ length: input.horizon }, (_, i) => (base.revenuePerCustomer as number) * (1 + growth) ** i);
        const flat = cohortLifetimeValue(base).valuePerCustomer;
        const rising = cohortLifetimeValue({ ...base, revenuePerCustomer: grown }).valuePerCustomer;
        expect(rising).toBeGreaterThanOrEqual(flat - tolerance(flat));
      }),
      runs,
    );
  });

  it('falls as the cost per customer or the referral reward rises', () => {
    fc.assert(
      fc.property(oldCohort, share, fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (input, referral, cost, reward) => {
        const base = cohortLifetimeValue({ ...input, referralRate: referral }).valuePerCustomer;
        expect(cohortLifetimeValue({ ...input, referralRate: referral, costPerCustomer: cost }).valuePerCustomer).toBeLessThanOrEqual(base + tolerance(base));
        expect(cohortLifetimeValue({ ...input, referralRate: referral, referralReward: reward }).valuePerCustomer).toBeLessThanOrEqual(base + tolerance(base));
      }),
      runs,
    );
  });
});

describe('sensitivity: each input moved ±10% (retention ±10 points)', () => {
  const hughesLists: CohortInput = { ...hughes, retention: [0.4, 0.45, 0.5], costShare: [0.8, 0.7, 0.65] };

  it('in the Hughes cohort, year 1’s cost share moves value more than retention after year 1', () => {
    const entries = cohortSensitivity(hughesLists);
    const top = entries[0];
    expect([top.lever, top.year]).toEqual(['costShare', 1]);
    // 72% or 88% of year 1's 3,000,000 revenue: ±240,000 of profit, undiscounted, ÷ 20,000 = ±12 a head.
    expect(top.valueLow - top.valueHigh).toBeCloseTo(24, 9);
    const retention = entries.find((e) => e.lever === 'retention' && e.year === 1)!;
    expect(retention.low).toBeCloseTo(0.3, 12);
    expect(retention.high).toBeCloseTo(0.5, 12);
    expect(retention.valueHigh).toBeCloseTo(56.95, 2);
    expect(retention.valueLow).toBeCloseTo(46.17, 2);
    expect(entries[1]).toBe(retention);
    // Every profit scales with revenue: ±10% of 51.5625.
    const revenue = entries.find((e) => e.lever === 'revenuePerCustomer')!;
    expect(revenue.swing).toBeCloseTo(10.3125, 9);
  });

  it('lists only what the horizon reaches, sorted by swing, and gives inputs at 0 no swing', () => {
    const entries = cohortSensitivity(hughesLists);
    expect(entries.filter((e) => e.lever === 'retention').map((e) => e.year).sort()).toEqual([1, 2]);
    expect(entries.filter((e) => e.lever === 'costShare').map((e) => e.year).sort()).toEqual([1, 2, 3]);
    for (const lever of ['acquisitionCost', 'referralRate', 'referralReward', 'costPerCustomer'] as const) {
      expect(entries.find((e) => e.lever === lever)!.swing).toBe(0);
    }
    entries.slice(1).forEach((e, i) => expect(e.swing).toBeLessThanOrEqual(entries[i].swing));
  });

  it('keeps moved values inside the model’s limits', () => {
    const entries = cohortSensitivity({ ...hughes, retention: 0.95, costShare: 1.9, discount: { rate: 0.95 } });
    const r = entries.find((e) => e.lever === 'retention')!;
    expect(r.high).toBe(COHORT_LIMITS.retention.max);
    expect(entries.find((e) => e.lever === 'costShare')!.high).toBe(COHORT_LIMITS.costShare.max);
    expect(entries.find((e) => e.lever === 'discountRate')!.high).toBe(COHORT_LIMITS.discountRate.max);
  });

  it('never leaves NaN, over random valid inputs', () => {
    fc.assert(
      fc.property(oldCohort, (input) => {
        for (const e of cohortSensitivity(input)) {
          expect(Number.isFinite(e.swing)).toBe(true);
          expect(e.low).toBeLessThanOrEqual(e.high);
        }
      }),
      { numRuns: 200 },
    );
  });
});
