import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  customersToReach,
  customersToReachOnCurve,
  gini,
  giniOnCurve,
  lorenzCurve,
  paretoCurve,
  topShare,
  topShareOnCurve,
} from '../../src/core/concentration';
import { cdnowRevenues } from './cdnow';
import { expectInvalid } from './invalid';

describe('CDNOW: 23,570 customers over 18 months', () => {
  const all = cdnowRevenues();
  const spenders = all.filter((r) => r > 0);

  it('has 23,570 customers, 68 of whom spent nothing', () => {
    expect(all).toHaveLength(23_570);
    expect(all.length - spenders.length).toBe(68);
  });

  it('top 20% hold 0.678 of revenue, Gini 0.635, 80% of revenue takes 0.3265 of customers', () => {
    expect(topShare(all, 0.2).toFixed(3)).toBe('0.678');
    expect(gini(all).toFixed(3)).toBe('0.635');
    expect(customersToReach(all, 0.8).toFixed(4)).toBe('0.3265');
  });

  it('reproduces the published 32.7% only without the zero-spend customers', () => {
    // The published figure for reaching 80% of revenue is 32.7%, but over all
    // 23,570 customers it is 7,695 customers = 32.65%. Leaving out the 68
    // customers who spent nothing gives 7,695 of 23,502 = 32.74%, the published
    // figure; that same convention would make the other two published figures
    // 0.677 and 0.634 instead of 0.678 and 0.635. So the published numbers mix
    // the two conventions.
    expect(customersToReach(spenders, 0.8).toFixed(3)).toBe('0.327');
    expect(customersToReach(all, 0.8).toFixed(3)).toBe('0.326');
    expect(topShare(spenders, 0.2).toFixed(3)).toBe('0.677');
    expect(gini(spenders).toFixed(3)).toBe('0.634');
  });

  it('gives a Lorenz curve of 23,571 points whose area matches Gini', () => {
    const curve = lorenzCurve(all);
    expect(curve).toHaveLength(23_571);
    const area = curve.slice(1).reduce((a, p, i) => a + (p.revenueShare + curve[i].revenueShare) / (2 * all.length), 0);
    expect(1 - 2 * area).toBeCloseTo(gini(all), 12);
  });
});

describe('the Pareto curve: the top customers first', () => {
  it('four customers 1, 2, 3, 4: the top quarter brings 0.4, the top half 0.7', () => {
    const curve = paretoCurve([3, 1, 4, 2]);
    expect(curve.map((p) => [p.customerShare, p.revenueShare])).toEqual([
      [0, 0],
      [0.25, 0.4],
      [0.5, 0.7],
      [0.75, 0.9],
      [1, 1],
    ]);
    expect(topShareOnCurve(curve, 0.25)).toBe(0.4);
    expect(topShareOnCurve(curve, 0.3)).toBeCloseTo(0.7, 12);
    expect(customersToReachOnCurve(curve, 0.7)).toBe(0.5);
    expect(customersToReachOnCurve(curve, 0.71)).toBe(0.75);
    expect(giniOnCurve(curve)).toBeCloseTo(0.25, 12);
  });

  it('reads CDNOW as the sorting models do: 0.678 at 20%, 80% at 0.3265, Gini 0.635', () => {
    const curve = paretoCurve(cdnowRevenues());
    expect(curve).toHaveLength(23_571);
    expect(topShareOnCurve(curve, 0.2).toFixed(3)).toBe('0.678');
    expect(customersToReachOnCurve(curve, 0.8).toFixed(4)).toBe('0.3265');
    expect(giniOnCurve(curve).toFixed(3)).toBe('0.635');
  });

  it('refuses a curve of less than two points, and shares outside (0, 1]', () => {
    expectInvalid(() => topShareOnCurve([], 0.2), 'curve', 'min-length');
    expectInvalid(() => giniOnCurve([{ customerShare: 0, revenueShare: 0 }]), 'curve', 'min-length');
    expectInvalid(() => topShareOnCurve(paretoCurve([1, 2]), 0), 'share', 'min');
    expectInvalid(() => customersToReachOnCurve(paretoCurve([1, 2]), 1.2), 'revenueShare', 'max');
  });
});

describe('small examples by hand', () => {
  it('four customers 1, 2, 3, 4', () => {
    const revenues = [3, 1, 4, 2];
    expect(lorenzCurve(revenues).map((p) => [p.customerShare, p.revenueShare])).toEqual([
      [0, 0],
      [0.25, 0.1],
      [0.5, 0.3],
      [0.75, 0.6],
      [1, 1],
    ]);
    // 1 − 2(0.1 + 0.3 + 0.6 + 1)/4 + 1/4 = 0.25
    expect(gini(revenues)).toBeCloseTo(0.25, 12);
    expect(topShare(revenues, 0.25)).toBe(0.4);
    expect(topShare(revenues, 0.3)).toBeCloseTo(0.7, 12); // ceil(1.2) = 2 customers
    expect(customersToReach(revenues, 0.7)).toBe(0.5);
    expect(customersToReach(revenues, 0.71)).toBe(0.75);
  });

  it('counts 0.07 of 100 customers as 7, not 8', () => {
    const revenues = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(topShare(revenues, 0.07)).toBeCloseTo((94 + 100) * 3.5 / 5050, 12);
  });

  it('one customer with everything has Gini 1 − 1/N; equal customers have Gini 0', () => {
    expect(gini([0, 0, 0, 5])).toBeCloseTo(0.75, 12);
    expect(gini([7, 7, 7])).toBeCloseTo(0, 12);
    expect(gini([42])).toBe(0);
  });
});

describe('invalid input names the field and the rule', () => {
  const cases: [string, () => unknown, string, string][] = [
    ['no customers', () => gini([]), 'revenues', 'non-empty'],
    ['not a list', () => gini(5 as unknown as number[]), 'revenues', 'non-empty'],
    ['a negative revenue', () => lorenzCurve([1, -2]), 'revenues[1]', 'min'],
    ['a NaN revenue', () => topShare([1, NaN], 0.2), 'revenues[1]', 'number'],
    ['all revenues 0', () => customersToReach([0, 0], 0.8), 'revenues', 'min'],
    ['a total too large', () => gini([1e308, 1e308]), 'revenues', 'too-large'],
    ['a top share of 0', () => topShare([1, 2], 0), 'share', 'min'],
    ['a top share above 1', () => topShare([1, 2], 1.5), 'share', 'max'],
    ['a revenue share of 0', () => customersToReach([1, 2], 0), 'revenueShare', 'min'],
  ];
  it.each(cases)('%s', (_, run, field, kind) => {
    expectInvalid(run, field, kind);
  });
});

// Revenues in cents, with ties and zeros; at least one customer spends something.
const money = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100), fc.constant(9.99));
const revenues = fc.array(money, { minLength: 1, maxLength: 60 }).filter((r) => r.some((v) => v > 0));
const anyRevenues = fc
  .array(fc.double({ min: 0, max: 1e300, noNaN: true }), { minLength: 1, maxLength: 40 })
  .filter((r) => r.some((v) => v > 0));
const share = fc.double({ min: 1e-6, max: 1, noNaN: true });
const runs = { numRuns: 1000 };
const eps = 1e-12;

describe('what the theory guarantees, over random valid inputs', () => {
  it('the Lorenz curve runs from (0, 0) to (1, 1), rising, convex and on or below the diagonal', () => {
    fc.assert(
      fc.property(fc.oneof(revenues, anyRevenues), (r) => {
        const curve = lorenzCurve(r);
        expect(curve).toHaveLength(r.length + 1);
        expect(curve[0]).toEqual({ customerShare: 0, revenueShare: 0 });
        expect(curve[curve.length - 1]).toEqual({ customerShare: 1, revenueShare: 1 });
        let slope = 0;
        for (let i = 1; i < curve.length; i++) {
          const rise = curve[i].revenueShare - curve[i - 1].revenueShare;
          expect(rise).toBeGreaterThanOrEqual(0);
          expect(rise).toBeGreaterThanOrEqual(slope - eps);
          slope = rise;
          expect(curve[i].revenueShare).toBeLessThanOrEqual(curve[i].customerShare + eps);
          expect(Number.isFinite(curve[i].revenueShare)).toBe(true);
        }
      }),
      runs,
    );
  });

  it('Gini lies in [0, 1 − 1/N], and is 0 when all revenues are equal', () => {
    fc.assert(
      fc.property(fc.oneof(revenues, anyRevenues), (r) => {
        const g = gini(r);
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThanOrEqual(1 - 1 / r.length);
      }),
      runs,
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), fc.integer({ min: 1, max: 200 }), (v, n) => {
        expect(gini(Array(n).fill(v))).toBeCloseTo(0, 12);
      }),
      runs,
    );
  });

  it('topShare rises with the share of customers and is at least that share', () => {
    fc.assert(
      fc.property(fc.oneof(revenues, anyRevenues), share, share, (r, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(topShare(r, hi)).toBeGreaterThanOrEqual(topShare(r, lo));
        expect(topShare(r, lo)).toBeGreaterThanOrEqual(lo - eps);
      }),
      runs,
    );
  });

  it('the customers needed to reach topShare(q) are no more than the ceil(q·N) it was taken at', () => {
    fc.assert(
      fc.property(fc.oneof(revenues, anyRevenues), share, fc.nat(), (r, q, pick) => {
        const n = r.length;
        // q need not be a whole number of customers: the share was taken at ceil(q·N).
        expect(customersToReach(r, topShare(r, q))).toBeLessThanOrEqual(Math.ceil(q * n - 1e-9 * n) / n);
        const whole = ((pick % n) + 1) / n;
        expect(customersToReach(r, topShare(r, whole))).toBeLessThanOrEqual(whole);
      }),
      runs,
    );
  });

  it('the Pareto curve is the Lorenz curve turned half a turn, and reading it gives what the sorting models give', () => {
    fc.assert(
      fc.property(fc.oneof(revenues, anyRevenues), share, (r, q) => {
        const curve = paretoCurve(r);
        const lorenz = lorenzCurve(r);
        const n = r.length;
        curve.forEach((p, i) => {
          expect(p.customerShare).toBe(i / n);
          expect(p.revenueShare).toBeCloseTo(1 - lorenz[n - i].revenueShare, 9);
        });
        expect(topShareOnCurve(curve, q)).toBe(topShare(r, q));
        expect(customersToReachOnCurve(curve, q)).toBe(customersToReach(r, q));
        expect(giniOnCurve(curve)).toBeCloseTo(gini(r), 9);
      }),
      runs,
    );
  });

  it('scaling every revenue by a positive constant changes nothing', () => {
    fc.assert(
      fc.property(revenues, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), share, (r, c, q) => {
        const scaled = r.map((v) => v * c);
        expect(gini(scaled)).toBeCloseTo(gini(r), 9);
        expect(topShare(scaled, q)).toBeCloseTo(topShare(r, q), 9);
        expect(customersToReach(scaled, q)).toBe(customersToReach(r, q));
        lorenzCurve(scaled).forEach((p, i) => expect(p.revenueShare).toBeCloseTo(lorenzCurve(r)[i].revenueShare, 9));
      }),
      runs,
    );
  });
});
