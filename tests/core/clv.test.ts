import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bergerNasrClv,
  clvEndOfPeriodMargins,
  clvExcludingFirstMargin,
  clvIncludingFirstMargin,
  cohortLifetimeValue,
  InvalidInputError,
  type CohortInput,
} from '../../src/core';
import { expectInvalid } from './invalid';

// Hughes, Strategic Database Marketing: the 20,000-customer cohort of deck 003.
const hughes: CohortInput = {
  customers: 20000,
  retention: [0.4, 0.45, 0.5],
  revenuePerCustomer: 150,
  costShare: [0.8, 0.7, 0.65],
  discount: { factors: [1, 1.2, 1.44] },
  horizon: 3,
};

const column = (input: CohortInput, key: keyof ReturnType<typeof cohortLifetimeValue>['years'][number]) =>
  cohortLifetimeValue(input).years.map((y) => y[key]);

describe('cohort lifetime value: Hughes worked example', () => {
  it('follows the customers, revenue and profit year by year', () => {
    expect(column(hughes, 'customers')).toEqual([20000, 8000, 3600]);
    expect(column(hughes, 'revenue')).toEqual([3_000_000, 1_200_000, 540_000]);
    column(hughes, 'profit').forEach((v, i) => expect(v).toBeCloseTo([600_000, 360_000, 189_000][i], 6));
  });

  it('discounts and accumulates to 51.56 per original customer', () => {
    column(hughes, 'discountedProfit').forEach((v, i) => expect(v).toBeCloseTo([600_000, 300_000, 131_250][i], 6));
    column(hughes, 'cumulativeDiscountedProfit').forEach((v, i) =>
      expect(v).toBeCloseTo([600_000, 900_000, 1_031_250][i], 6),
    );
    const perCustomer = column(hughes, 'valuePerCustomer').map((v) => Number((v as number).toFixed(2)));
    expect(perCustomer).toEqual([30, 45, 51.56]);
  });

  it('gives the same result from a 20% discount rate as from the factors 1, 1.2, 1.44', () => {
    const byRate = cohortLifetimeValue({ ...hughes, discount: { rate: 0.2 } });
    expect(byRate.valuePerCustomer).toBeCloseTo(51.5625, 9);
    byRate.years.forEach((y, i) => expect(y.discountFactor).toBeCloseTo([1, 1.2, 1.44][i], 12));
  });

  it('carries the last retention and cost share past the end of their lists', () => {
    const five = cohortLifetimeValue({ ...hughes, discount: { rate: 0.2 }, horizon: 5 });
    expect(five.years.map((y) => y.customers)).toEqual([20000, 8000, 3600, 1800, 900]);
    expect(five.years[4].costs / five.years[4].revenue).toBeCloseTo(0.65, 12);
  });

  it('charges acquisition up front, undiscounted', () => {
    const withCost = cohortLifetimeValue({ ...hughes, acquisitionCost: 20 });
    expect(withCost.acquisitionCostTotal).toBe(400_000);
    expect(withCost.years[0].cumulativeDiscountedProfit).toBeCloseTo(200_000, 6);
    expect(withCost.valuePerCustomer).toBeCloseTo(31.5625, 9);
  });
});

describe('closed forms (Fader & Hardie 2012)', () => {
  const input = { margin: 100, retention: 0.8, discountRate: 0.1 };
  it('m·r/(1+d−r), m(1+d)/(1+d−r), m/(1+d−r) at m = 100, r = 0.8, d = 0.1', () => {
    expect(clvExcludingFirstMargin(input)).toBeCloseTo(266.67, 2);
    expect(clvIncludingFirstMargin(input)).toBeCloseTo(366.67, 2);
    expect(clvEndOfPeriodMargins(input)).toBeCloseTo(333.33, 2);
  });

  it('agrees with the cohort model over 20 years, less the discounted tail beyond them', () => {
    const cohort = cohortLifetimeValue({
      customers: 1,
      retention: 0.8,
      revenuePerCustomer: 100,
      costShare: 0,
      discount: { rate: 0.1 },
      horizon: 20,
    });
    // The geometric series stopped after n terms: m(1+d)/(1+d−r) · (1 − (r/(1+d))ⁿ).
    expect(cohort.valuePerCustomer).toBeCloseTo(clvIncludingFirstMargin(input) * (1 - (0.8 / 1.1) ** 20), 6);
  });
});

describe('Berger & Nasr case 1', () => {
  it('GC = 260, M = 50, r = 0.75, d = 0.2, n = 10 gives 568.78', () => {
    const v = bergerNasrClv({ grossContribution: 260, promotionCost: 50, retention: 0.75, discountRate: 0.2, years: 10 });
    expect(v).toBeCloseTo(568.78, 2);
  });
});

describe('invalid input names the field and the rule', () => {
  const cases: [string, Partial<CohortInput>, string, string][] = [
    ['retention above 1', { retention: 1.2 }, 'retention', 'max'],
    ['retention below 0 in a list', { retention: [0.4, -0.1] }, 'retention[1]', 'min'],
    ['an empty retention list', { retention: [] }, 'retention', 'non-empty'],
    ['a discount rate of −100%', { discount: { rate: -1 } }, 'discount.rate', 'min'],
    ['too few discount factors', { discount: { factors: [1, 1.2] } }, 'discount.factors', 'min-length'],
    ['a negative customer count', { customers: -5 }, 'customers', 'min'],
    ['no customers', { customers: 0 }, 'customers', 'min'],
    ['a non-number revenue', { revenuePerCustomer: Number('abc') }, 'revenuePerCustomer', 'number'],
    ['a text cost share', { costShare: '0.8' as unknown as number }, 'costShare', 'number'],
    ['a fractional horizon', { horizon: 2.5 }, 'horizon', 'integer'],
    ['a zero horizon', { horizon: 0 }, 'horizon', 'min'],
  ];
  it.each(cases)('%s', (_, change, field, kind) => {
    const run = () => cohortLifetimeValue({ ...hughes, ...change });
    expectInvalid(run, field, kind);
  });

  it('refuses a closed form that would not converge', () => {
    expect(() => clvExcludingFirstMargin({ margin: 100, retention: 1, discountRate: 0 })).toThrow(/discountRate/);
  });

  it.each([
    ['a negative discount rate', { discount: { rate: -0.05 } }, 'discount.rate', 'min'],
    ['a discount rate above 100%', { discount: { rate: 1.5 } }, 'discount.rate', 'max'],
    ['more than 10 million customers', { customers: 2e7 }, 'customers', 'max'],
    ['a fractional customer count', { customers: 20000.5 }, 'customers', 'integer'],
    ['a horizon past 20 years', { horizon: 21 }, 'horizon', 'max'],
    ['a cost share above 200%', { costShare: [0.8, 2.5] }, 'costShare[1]', 'max'],
  ] as [string, Partial<CohortInput>, string, string][])('refuses %s, the limits a calculator takes from COHORT_LIMITS', (_, change, field, kind) => {
    expectInvalid(() => cohortLifetimeValue({ ...hughes, ...change }), field, kind);
  });

  it('refuses inputs that overflow together instead of returning Infinity', () => {
    expect(() => cohortLifetimeValue({ ...hughes, customers: 1e300, revenuePerCustomer: 1e300 })).toThrow(
      InvalidInputError,
    );
  });
});

const rate = fc.double({ min: 0, max: 1, noNaN: true });
const validCohort = fc.record({
  customers: fc.integer({ min: 1, max: 1_000_000 }),
  retention: fc.array(rate, { minLength: 1, maxLength: 6 }),
  revenuePerCustomer: fc.double({ min: 0, max: 10_000, noNaN: true }),
  costShare: fc.array(rate, { minLength: 1, maxLength: 6 }),
  acquisitionCost: fc.double({ min: 0, max: 1_000, noNaN: true }),
  discount: fc.record({ rate: fc.double({ min: 0, max: 1, noNaN: true }) }),
  horizon: fc.integer({ min: 1, max: 20 }),
});
const runs = { numRuns: 1000 };
const tolerance = (v: number) => 1e-9 * Math.max(1, Math.abs(v));

describe('what the theory guarantees, over random valid inputs', () => {
  it('is finite, and customers never rise', () => {
    fc.assert(
      fc.property(validCohort, (input) => {
        const { years, valuePerCustomer } = cohortLifetimeValue(input);
        expect(Number.isFinite(valuePerCustomer)).toBe(true);
        years.slice(1).forEach((y, i) => expect(y.customers).toBeLessThanOrEqual(years[i].customers));
      }),
      runs,
    );
  });

  it('rises with retention', () => {
    fc.assert(
      fc.property(validCohort, rate, (input, extra) => {
        const higher = input.retention.map((r) => r + (1 - r) * extra);
        const base = cohortLifetimeValue(input).valuePerCustomer;
        const raised = cohortLifetimeValue({ ...input, retention: higher }).valuePerCustomer;
        expect(raised).toBeGreaterThanOrEqual(base - tolerance(base));
      }),
      runs,
    );
  });

  it('rises with margin (a lower cost share)', () => {
    fc.assert(
      fc.property(validCohort, rate, (input, cut) => {
        const lower = input.costShare.map((c) => c * (1 - cut));
        const base = cohortLifetimeValue(input).valuePerCustomer;
        const raised = cohortLifetimeValue({ ...input, costShare: lower }).valuePerCustomer;
        expect(raised).toBeGreaterThanOrEqual(base - tolerance(base));
      }),
      runs,
    );
  });

  it('falls as the discount rate rises', () => {
    fc.assert(
      fc.property(validCohort, fc.double({ min: 0, max: 1, noNaN: true }), (input, step) => {
        const base = cohortLifetimeValue(input).valuePerCustomer;
        const steeper = cohortLifetimeValue({ ...input, discount: { rate: Math.min(1, input.discount.rate + step) } });
        expect(steeper.valuePerCustomer).toBeLessThanOrEqual(base + tolerance(base));
      }),
      runs,
    );
  });

  it('closed forms rise with retention and margin and fall with the discount rate', () => {
    const forms = [clvExcludingFirstMargin, clvIncludingFirstMargin, clvEndOfPeriodMargins];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (m, r, d) => {
          for (const form of forms) {
            const v = form({ margin: m, retention: r, discountRate: d });
            expect(Number.isFinite(v)).toBe(true);
            expect(form({ margin: m, retention: Math.min(1, r + 0.01), discountRate: d })).toBeGreaterThanOrEqual(v - tolerance(v));
            expect(form({ margin: m + 1, retention: r, discountRate: d })).toBeGreaterThanOrEqual(v);
            expect(form({ margin: m, retention: r, discountRate: d + 0.01 })).toBeLessThanOrEqual(v + tolerance(v));
          }
        },
      ),
      runs,
    );
  });

  it('always gives the typed error for retention outside [0, 1] or a discount rate at or below −100%', () => {
    const badRetention = fc.oneof(fc.double({ max: -1e-9, noNaN: true }), fc.double({ min: 1 + 1e-9, noNaN: true }));
    fc.assert(
      fc.property(validCohort, badRetention, fc.double({ max: -1, noNaN: true }), (input, r, d) => {
        expect(() => cohortLifetimeValue({ ...input, retention: r })).toThrow(InvalidInputError);
        expect(() => cohortLifetimeValue({ ...input, discount: { rate: d } })).toThrow(InvalidInputError);
        expect(() => bergerNasrClv({ grossContribution: 1, promotionCost: 0, retention: r, discountRate: 0.1, years: 3 })).toThrow(InvalidInputError);
      }),
      runs,
    );
  });
});
