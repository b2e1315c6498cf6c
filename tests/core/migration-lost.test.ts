// The recency model's lost-for-good reading, and the limits the widgets take from core.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clvIncludingFirstMargin, lostForGoodProbabilities, migrationValue, MIGRATION_LIMITS, MAX_STATES, PROFIT_STACK_LIMITS, MAX_YEARS } from '../../src/core';
import { expectInvalid } from './invalid';

describe('the same customers, read as lost-for-good', () => {
  it('keeps the chance of buying right after a purchase and zeroes every lapsed state', () => {
    expect(lostForGoodProbabilities([0.5, 0.3, 0.15, 0.05])).toEqual([0.5, 0, 0, 0]);
  });

  it('then values a customer who just bought as the retention closed form m(1+d)/(1+d−r)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (p, m, d) => {
          const rewards = p.map((_, i) => (i === 0 ? m : 0));
          const v = migrationValue({ repeatProbability: lostForGoodProbabilities(p), rewards, discountRate: d })[0];
          const closed = clvIncludingFirstMargin({ margin: m, retention: p[0], discountRate: d });
          expect(v).toBeCloseTo(closed, 6);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is worth no more than the always-a-share reading when every reward is not negative', () => {
    const p = [0.5, 0.3, 0.15, 0.05];
    const rewards = [100, 0, 0, 0];
    const share = migrationValue({ repeatProbability: p, rewards, discountRate: 0.1 })[0];
    const lost = migrationValue({ repeatProbability: lostForGoodProbabilities(p), rewards, discountRate: 0.1 })[0];
    expect(lost).toBeCloseTo((100 * 1.1) / 0.6, 9);
    expect(share).toBeGreaterThan(lost);
  });

  it('refuses a single state', () => {
    expectInvalid(() => lostForGoodProbabilities([0.5]), 'repeatProbability', 'min-length');
  });
});

describe('widget limits stay inside what the models accept', () => {
  it('migration: states within the chain’s, a discount rate above 0', () => {
    expect(MIGRATION_LIMITS.states.max).toBeLessThanOrEqual(MAX_STATES);
    expect(MIGRATION_LIMITS.discountRate.min).toBeGreaterThan(0);
  });
  it('profit stack: years within the model’s', () => {
    expect(PROFIT_STACK_LIMITS.years.max).toBeLessThanOrEqual(MAX_YEARS);
  });
});
