import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROFIT_COMPONENTS, profitStack, type ProfitStackInput, type YearlyAmount } from '../../src/core/profitStack';
import { expectInvalid } from './invalid';

// Worked on paper: three years, 25% discount, 80 to acquire.
//              year 1  year 2  year 3   total  share
// initial        100     100     100     300   0.60
// repeat/wallet    0      30      60      90   0.18
// cross-selling    0      10      40      50   0.10
// cost to serve    0       5      10      15   0.03
// referrals        0      15      15      30   0.06
// price premium    0       5      10      15   0.03
// total          100     165     235     500
// ÷ 1.25^(t−1)   100     132   150.4   382.4  → less 80 = 302.4
const paper: ProfitStackInput = {
  years: 3,
  components: {
    initialPurchase: 100,
    repeatAndShareOfWallet: { start: 0, growthPerYear: 30 },
    crossSelling: [0, 10, 40],
    costToServeSavings: { start: 0, growthPerYear: 5 },
    referrals: [0, 15],
    pricePremium: { start: 0, growthPerYear: 5 },
  },
  acquisitionCost: 80,
  discountRate: 0.25,
};

describe('profit per customer: a three-year example checked on paper', () => {
  const result = profitStack(paper);

  it('stacks the six components year by year', () => {
    expect(result.years.map((y) => y.components)).toEqual([
      { initialPurchase: 100, repeatAndShareOfWallet: 0, crossSelling: 0, costToServeSavings: 0, referrals: 0, pricePremium: 0 },
      { initialPurchase: 100, repeatAndShareOfWallet: 30, crossSelling: 10, costToServeSavings: 5, referrals: 15, pricePremium: 5 },
      { initialPurchase: 100, repeatAndShareOfWallet: 60, crossSelling: 40, costToServeSavings: 10, referrals: 15, pricePremium: 10 },
    ]);
    expect(result.years.map((y) => y.total)).toEqual([100, 165, 235]);
  });

  it('discounts, accumulates and nets off the acquisition cost', () => {
    result.years.forEach((y, i) => {
      expect(y.discountFactor).toBeCloseTo([1, 1.25, 1.5625][i], 12);
      expect(y.discountedTotal).toBeCloseTo([100, 132, 150.4][i], 9);
      expect(y.cumulativeDiscountedProfit).toBeCloseTo([20, 152, 302.4][i], 9);
    });
    expect(result.total).toBe(500);
    expect(result.discountedTotal).toBeCloseTo(382.4, 9);
    expect(result.lifetimeValue).toBeCloseTo(302.4, 9);
  });

  it('gives each component its total and share, in the deck’s order', () => {
    expect(result.components.map((c) => c.component)).toEqual([...PROFIT_COMPONENTS]);
    expect(result.components.map((c) => c.total)).toEqual([300, 90, 50, 15, 30, 15]);
    result.components.forEach((c, i) => expect(c.share).toBeCloseTo([0.6, 0.18, 0.1, 0.03, 0.06, 0.03][i], 12));
  });

  it('counts a component left out as 0, and defaults to no discount and no acquisition cost', () => {
    const bare = profitStack({ years: 2, components: { initialPurchase: [40, 50, 60] } });
    expect(bare.years.map((y) => y.total)).toEqual([40, 50]);
    expect(bare.years[1].components.referrals).toBe(0);
    expect(bare.lifetimeValue).toBe(90);
    const nothing = profitStack({ years: 2, components: {} });
    expect(nothing.components.every((c) => c.share === 0)).toBe(true);
  });
});

describe('invalid input names the field and the rule', () => {
  const cases: [string, Partial<ProfitStackInput>, string, string][] = [
    ['zero years', { years: 0 }, 'years', 'min'],
    ['more than 50 years', { years: 51 }, 'years', 'max'],
    ['a fractional year count', { years: 2.5 }, 'years', 'integer'],
    ['a negative amount', { components: { crossSelling: -5 } }, 'components.crossSelling', 'min'],
    ['a negative amount in a list', { components: { referrals: [0, 10, -1] } }, 'components.referrals[2]', 'min'],
    ['an empty list', { components: { referrals: [] } }, 'components.referrals', 'non-empty'],
    ['a shrinking line', { components: { pricePremium: { start: 10, growthPerYear: -2 } } }, 'components.pricePremium.growthPerYear', 'min'],
    ['a line with no start', { components: { pricePremium: { growthPerYear: 2 } as unknown as YearlyAmount } }, 'components.pricePremium.start', 'number'],
    ['a text amount', { components: { initialPurchase: '100' as unknown as number } }, 'components.initialPurchase', 'number'],
    ['a negative acquisition cost', { acquisitionCost: -1 }, 'acquisitionCost', 'min'],
    ['a discount rate of −100%', { discountRate: -1 }, 'discountRate', 'min'],
    ['amounts that overflow together', { components: { initialPurchase: 1e308, referrals: 1e308 } }, 'components', 'too-large'],
  ];
  it.each(cases)('%s', (_, change, field, kind) => {
    const run = () => profitStack({ ...paper, ...change });
    expectInvalid(run, field, kind);
  });
});

const runs = { numRuns: 1000 };
const amount = fc.double({ min: 0, max: 1e6, noNaN: true });
const yearly: fc.Arbitrary<YearlyAmount> = fc.oneof(
  amount,
  fc.array(amount, { minLength: 1, maxLength: 8 }),
  fc.record({ start: amount, growthPerYear: fc.double({ min: 0, max: 1e4, noNaN: true }) }),
);
const validInput: fc.Arbitrary<ProfitStackInput> = fc.record({
  years: fc.integer({ min: 1, max: 50 }),
  components: fc.record(Object.fromEntries(PROFIT_COMPONENTS.map((c) => [c, yearly])), { requiredKeys: [] }),
  acquisitionCost: amount,
  discountRate: fc.double({ min: -0.5, max: 1, noNaN: true }),
});
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

describe('what the decomposition guarantees, over random valid inputs', () => {
  it('every component and total is non-negative and finite', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = profitStack(input);
        const sound = result.years.every(
          (y) => PROFIT_COMPONENTS.every((c) => y.components[c] >= 0) && y.total >= 0 && Number.isFinite(y.discountedTotal),
        );
        expect(sound).toBe(true);
        expect(Number.isFinite(result.lifetimeValue)).toBe(true);
      }),
      runs,
    );
  });

  it('each year’s total is exactly the sum of its parts', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const years = profitStack(input).years;
        const mismatch = years.find((y) => y.total !== PROFIT_COMPONENTS.reduce((s, c) => s + y.components[c], 0));
        expect(mismatch).toBeUndefined();
      }),
      runs,
    );
  });

  it('component totals add up to the grand total, and so do the years', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = profitStack(input);
        close(result.components.reduce((s, c) => s + c.total, 0), result.total);
        close(result.years.reduce((s, y) => s + y.total, 0), result.total);
        close(result.years[result.years.length - 1].cumulativeDiscountedProfit, result.lifetimeValue);
      }),
      runs,
    );
  });

  it('shares sum to 1 when there is any profit', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const result = profitStack(input);
        const shares = result.components.reduce((s, c) => s + c.share, 0);
        if (result.total > 0) close(shares, 1);
        else expect(shares).toBe(0);
      }),
      runs,
    );
  });
});
