import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  customerType,
  dickBasuFromAnswers,
  dickBasuType,
  LOYALTY_LIMITS,
  loyaltyCurve,
  loyaltyFromSatisfaction,
  loyaltyIndex,
  satisfactionZone,
  type LoyaltyIndexInput,
  type LoyaltySubsystem,
} from '../../src/core/loyalty';
import { expectInvalid } from './invalid';

const runs = { numRuns: 1000 };
const tiny = 1e-12;
const satisfaction = fc.double({ min: 1, max: 5, noNaN: true });
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const L = (s: number, k: number) => loyaltyFromSatisfaction({ satisfaction: s, competition: k });


describe('satisfaction → loyalty curves (Jones & Sasser 1995, shape only)', () => {
  it('follows L = (1 − k)(0.9 + 0.1x) + k·x⁴ with x = (s − 1)/4', () => {
    expect(L(4, 1)).toBeCloseTo(0.31640625, 12);
    expect(L(5, 1)).toBe(1);
    expect(L(1, 1)).toBe(0);
    expect(L(1, 0)).toBeCloseTo(0.9, 12);
    expect(L(3, 0.5)).toBeCloseTo(0.5 * 0.95 + 0.5 * 0.0625, 12);
  });

  it('samples a curve from 1 to exactly 5', () => {
    const curve = loyaltyCurve({ competition: 1, points: 5 });
    expect(curve.map((p) => p.satisfaction)).toEqual([1, 2, 3, 4, 5]);
    expect(curve[4].loyalty).toBe(1);
    expect(loyaltyCurve({ competition: 0 })).toHaveLength(41);
  });

  it('places the zones: defection below 2, indifference 2 to below 4, affection from 4', () => {
    expect([1, 1.99, 2, 3.99, 4, 5].map(satisfactionZone)).toEqual([
      'defection',
      'defection',
      'indifference',
      'indifference',
      'affection',
      'affection',
    ]);
  });

  it('stays in [0, 1] and never falls as satisfaction rises, whatever the competition', () => {
    fc.assert(
      fc.property(satisfaction, satisfaction, unit, (a, b, k) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = L(lo, k);
        const high = L(hi, k);
        for (const v of [low, high]) expect(v >= 0 && v <= 1).toBe(true);
        expect(high).toBeGreaterThanOrEqual(low - tiny);
      }),
      runs,
    );
  });

  it('in intense competition the step from 4 to 5 is larger than the whole climb from 1 to 4', () => {
    expect(L(5, 1) - L(4, 1)).toBeGreaterThan(L(4, 1) - L(1, 1));
  });

  it('with little competition the curve is flat and high', () => {
    fc.assert(
      fc.property(satisfaction, satisfaction, (a, b) => {
        expect(Math.abs(L(a, 0) - L(b, 0))).toBeLessThanOrEqual(0.1 + tiny);
        expect(Math.min(L(a, 0), L(b, 0))).toBeGreaterThanOrEqual(0.9 - tiny);
      }),
      runs,
    );
  });

  it('below complete satisfaction, more competition never raises loyalty', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, maxExcluded: true, noNaN: true }), unit, unit, (s, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(L(s, hi)).toBeLessThanOrEqual(L(s, lo) + tiny);
      }),
      runs,
    );
  });

  it('names the field and rule of a bad input', () => {
    expectInvalid(() => L(0.5, 0.5), 'satisfaction', 'min');
    expectInvalid(() => L(3, 1.5), 'competition', 'max');
    expectInvalid(() => L(Number.NaN, 0.5), 'satisfaction', 'number');
    expectInvalid(() => loyaltyCurve({ competition: 0.5, points: 2.5 }), 'points', 'integer');
    expectInvalid(() => satisfactionZone(6), 'satisfaction', 'max');
  });
});

describe('four customer types by satisfaction × loyalty', () => {
  it('sorts the corners (defaults: satisfaction ≥ 4, loyalty ≥ 0.5)', () => {
    expect(customerType({ satisfaction: 5, loyalty: 0.9 })).toBe('loyalist');
    expect(customerType({ satisfaction: 4.5, loyalty: 0.2 })).toBe('mercenary');
    expect(customerType({ satisfaction: 2, loyalty: 0.8 })).toBe('hostage');
    expect(customerType({ satisfaction: 1, loyalty: 0.1 })).toBe('defector');
  });

  it('flips exactly at the thresholds: a value on the threshold counts as high', () => {
    expect(customerType({ satisfaction: 4, loyalty: 0.5 })).toBe('loyalist');
    expect(customerType({ satisfaction: 3.999999, loyalty: 0.5 })).toBe('hostage');
    expect(customerType({ satisfaction: 4, loyalty: 0.499999 })).toBe('mercenary');
  });

  it('puts every customer in exactly the type its two comparisons give', () => {
    fc.assert(
      fc.property(satisfaction, unit, satisfaction, unit, (s, l, sCut, lCut) => {
        const type = customerType({ satisfaction: s, loyalty: l }, { satisfaction: sCut, loyalty: lCut });
        const expected = { 'true,true': 'loyalist', 'true,false': 'mercenary', 'false,true': 'hostage', 'false,false': 'defector' };
        expect(type).toBe(expected[`${s >= sCut},${l >= lCut}` as keyof typeof expected]);
        expect(customerType({ satisfaction: sCut, loyalty: lCut }, { satisfaction: sCut, loyalty: lCut })).toBe('loyalist');
      }),
      runs,
    );
  });

  it('rejects a threshold off the scale', () => {
    expectInvalid(() => customerType({ satisfaction: 3, loyalty: 0.5 }, { loyalty: -0.1 }), 'thresholds.loyalty', 'min');
  });
});

describe('Dick & Basu loyalty types', () => {
  it('relative attitude × repeat patronage, threshold 0.5 counting as high', () => {
    expect(dickBasuType({ relativeAttitude: 0.8, repeatPatronage: 0.9 })).toBe('loyalty');
    expect(dickBasuType({ relativeAttitude: 0.8, repeatPatronage: 0.2 })).toBe('latent');
    expect(dickBasuType({ relativeAttitude: 0.2, repeatPatronage: 0.9 })).toBe('spurious');
    expect(dickBasuType({ relativeAttitude: 0.2, repeatPatronage: 0.2 })).toBe('none');
    expect(dickBasuType({ relativeAttitude: 0.5, repeatPatronage: 0.5 })).toBe('loyalty');
    expect(dickBasuType({ relativeAttitude: 0.6, repeatPatronage: 0.6 }, { repeatPatronage: 0.7 })).toBe('latent');
  });

  it('rejects an attitude outside [0, 1]', () => {
    expectInvalid(() => dickBasuType({ relativeAttitude: 1.2, repeatPatronage: 0.5 }), 'relativeAttitude', 'max');
  });
});

describe('loyalty index: duration, share of wallet, referral', () => {
  it('weights the three subsystem scores, normalising the weights', () => {
    const r = loyaltyIndex({ duration: 0.8, shareOfWallet: 0.4, referral: 0.6, weights: { duration: 2, shareOfWallet: 1, referral: 1 } });
    expect(r.index).toBeCloseTo(0.65, 12);
    expect(r.weights).toEqual({ duration: 0.5, shareOfWallet: 0.25, referral: 0.25 });
    expect(loyaltyIndex({ duration: 0.9, shareOfWallet: 0.3, referral: 0.6 }).index).toBeCloseTo(0.6, 12);
  });

  it('averages the given factors into their subsystem, price sensitivity inverted', () => {
    const r = loyaltyIndex({
      duration: { purchaseFrequency: 0.9, amountSpent: 0.5 },
      shareOfWallet: { crossBuying: 0.2, emotionalAttachment: 0.6 },
      referral: { priceSensitivity: 0.8, satisfaction: 0.9, willingnessToBuyAgain: 0.7, mentionsToOthers: 0.2 },
    });
    expect(r.subsystems.duration).toBeCloseTo(0.7, 12);
    expect(r.subsystems.shareOfWallet).toBeCloseTo(0.4, 12);
    expect(r.subsystems.referral).toBeCloseTo(0.5, 12);
    expect(r.index).toBeCloseTo(1.6 / 3, 12);
  });

  it('names the field and rule of a bad input', () => {
    const base: LoyaltyIndexInput = { duration: 0.5, shareOfWallet: 0.5, referral: 0.5 };
    expectInvalid(() => loyaltyIndex({ ...base, weights: { duration: 0, shareOfWallet: 0, referral: 0 } }), 'weights', 'min');
    expectInvalid(() => loyaltyIndex({ ...base, weights: { duration: -1, shareOfWallet: 1, referral: 1 } }), 'weights.duration', 'min');
    expectInvalid(() => loyaltyIndex({ ...base, referral: { mentionsToOthers: 2 } }), 'referral.mentionsToOthers', 'max');
    expectInvalid(() => loyaltyIndex({ ...base, duration: {} }), 'duration', 'non-empty');
    expectInvalid(() => loyaltyIndex({ ...base, shareOfWallet: Number.POSITIVE_INFINITY }), 'shareOfWallet', 'number');
  });

  const weights = fc.record({
    duration: fc.double({ min: 0, max: 1e300, noNaN: true }),
    shareOfWallet: fc.double({ min: 0, max: 1e300, noNaN: true }),
    referral: fc.double({ min: 0, max: 1e300, noNaN: true }),
  }).filter((w) => w.duration + w.shareOfWallet + w.referral > 0);
  const scores = fc.record({ duration: unit, shareOfWallet: unit, referral: unit });

  it('stays in [0, 1], and raising any subsystem never lowers it', () => {
    const subsystem = fc.constantFrom<LoyaltySubsystem>('duration', 'shareOfWallet', 'referral');
    fc.assert(
      fc.property(scores, weights, subsystem, unit, (s, w, name, lift) => {
        const base = loyaltyIndex({ ...s, weights: w }).index;
        expect(base >= 0 && base <= 1).toBe(true);
        const raised = loyaltyIndex({ ...s, [name]: s[name] + (1 - s[name]) * lift, weights: w }).index;
        expect(raised).toBeGreaterThanOrEqual(base);
      }),
      runs,
    );
  });

  it('gives the common score when all three subsystems agree, whatever the weights', () => {
    fc.assert(
      fc.property(unit, weights, (v, w) => {
        expect(loyaltyIndex({ duration: v, shareOfWallet: v, referral: v, weights: w }).index).toBeCloseTo(v, 12);
      }),
      runs,
    );
  });
});

describe('placing a customer by answers (Dick & Basu questionnaire)', () => {
  const answers = (a: [number, number, number], r: [number, number, number]) => ({
    compare: a[0], recommend: a[1], premium: a[2], share: r[0], frequency: r[1], tenure: r[2],
  });

  it('scores each axis as the mean answer over 3 and names the type', () => {
    // The station-kiosk regular: rates us no better than others, buys from us every day.
    const kiosk = dickBasuFromAnswers(answers([1, 1, 0], [3, 3, 2]));
    expect(kiosk.relativeAttitude).toBeCloseTo(2 / 9, 12);
    expect(kiosk.repeatPatronage).toBeCloseTo(8 / 9, 12);
    expect(kiosk.type).toBe('spurious');
    expect(dickBasuFromAnswers(answers([3, 3, 2], [3, 2, 3])).type).toBe('loyalty');
    expect(dickBasuFromAnswers(answers([3, 2, 2], [0, 1, 1])).type).toBe('latent');
    expect(dickBasuFromAnswers(answers([0, 0, 0], [0, 0, 0])).type).toBe('none');
    expect(dickBasuFromAnswers(answers([3, 3, 3], [3, 3, 3]))).toEqual({ relativeAttitude: 1, repeatPatronage: 1, type: 'loyalty' });
  });

  it('never lands on the threshold: a sum of 4 is low, 5 is high', () => {
    expect(dickBasuFromAnswers(answers([2, 1, 1], [2, 1, 1])).type).toBe('none');
    expect(dickBasuFromAnswers(answers([2, 2, 1], [2, 2, 1])).type).toBe('loyalty');
    const level = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(fc.tuple(level, level, level), fc.tuple(level, level, level), (a, r) => {
        const p = dickBasuFromAnswers(answers(a, r));
        expect(Math.abs(p.relativeAttitude - 0.5)).toBeGreaterThan(0.05);
        expect(Math.abs(p.repeatPatronage - 0.5)).toBeGreaterThan(0.05);
        expect(p.type).toBe(dickBasuType(p));
      }),
      runs,
    );
  });

  it('names the question of a bad answer', () => {
    expectInvalid(() => dickBasuFromAnswers(answers([1, 4, 0], [3, 3, 2])), 'answers.recommend', 'max');
    expectInvalid(() => dickBasuFromAnswers(answers([1, 1, 0], [3, 1.5, 2])), 'answers.frequency', 'integer');
    expectInvalid(() => dickBasuFromAnswers({ ...answers([1, 1, 0], [3, 3, 2]), tenure: undefined as unknown as number }), 'answers.tenure', 'number');
    expectInvalid(() => dickBasuFromAnswers(null as unknown as Parameters<typeof dickBasuFromAnswers>[0]), 'answers', 'non-empty');
  });
});

describe('the chart’s limits are inside what the models accept', () => {
  it('every satisfaction, loyalty and competition in LOYALTY_LIMITS gives a curve value and a type', () => {
    const inRange = (l: { min: number; max: number }) => fc.double({ min: l.min, max: l.max, noNaN: true });
    fc.assert(
      fc.property(inRange(LOYALTY_LIMITS.satisfaction), inRange(LOYALTY_LIMITS.loyalty), inRange(LOYALTY_LIMITS.competition), (s, l, k) => {
        const curve = L(s, k);
        expect(curve >= 0 && curve <= 1).toBe(true);
        expect(['loyalist', 'mercenary', 'hostage', 'defector']).toContain(customerType({ satisfaction: s, loyalty: l }));
        expect(['defection', 'indifference', 'affection']).toContain(satisfactionZone(s));
      }),
      runs,
    );
  });
});

describe('the hardware-store customer of module 4, lesson 3', () => {
  it('scores 0.70, 0.40 and 0.50 on the three subsystems and 0.53 overall', () => {
    const r = loyaltyIndex({
      duration: { purchaseFrequency: 0.9, frequencyTrend: 0.6, amountSpent: 0.6 },
      shareOfWallet: { crossBuying: 0.2, emotionalAttachment: 0.6 },
      referral: { priceSensitivity: 0.8, satisfaction: 0.9, willingnessToBuyAgain: 0.7, mentionsToOthers: 0.2 },
    });
    expect(r.subsystems.duration.toFixed(2)).toBe('0.70');
    expect(r.subsystems.shareOfWallet.toFixed(2)).toBe('0.40');
    expect(r.subsystems.referral.toFixed(2)).toBe('0.50');
    expect(r.index.toFixed(2)).toBe('0.53');
  });
});
