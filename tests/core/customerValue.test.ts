import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CUSTOMER_VALUE_LIMITS,
  deliveredValue,
  qualityProfile,
  relativeScore,
  valueMapPosition,
  type CustomerCosts,
  type DeliveredValueInput,
} from '../../src/core/customerValue';
import { expectInvalid } from './invalid';


describe('relative perceived quality (Gale): each attribute’s ratio, ours ÷ competitors’, weighted by importance', () => {
  it('weights 40/35/25, ours 8/7/9, competitors 7/7/6: 0.4·8/7 + 0.35·7/7 + 0.25·9/6 = 1.1821', () => {
    // 0.4 × 1.142857 + 0.35 × 1 + 0.25 × 1.5 = 0.457143 + 0.35 + 0.375 = 1.182143.
    const profile = qualityProfile({ weights: [40, 35, 25], ours: [8, 7, 9], competitors: [7, 7, 6] });
    expect(profile.attributes.map((a) => a.share)).toEqual([0.4, 0.35, 0.25]);
    expect(profile.attributes[0].ratio).toBeCloseTo(8 / 7, 12);
    expect(profile.attributes[2].contribution).toBeCloseTo(0.375, 12);
    expect(profile.ratio).toBeCloseTo(0.4 * (8 / 7) + 0.35 + 0.375, 12);
    expect(profile.ratio).toBeCloseTo(1.1821, 4);
    expect(relativeScore({ weights: [40, 35, 25], ours: [8, 7, 9], competitors: [7, 7, 6] })).toBe(profile.ratio);
    // Not the ratio of the weighted totals, 7.90 ÷ 6.75 = 1.1704: the two conventions differ.
    expect(Math.abs(profile.ratio - 7.9 / 6.75)).toBeGreaterThan(0.01);
  });

  it('the course’s parcel-delivery example: 35/20/25/20, ours 8/7/8/6, the market 7/7/8/7 → 1.0214', () => {
    // 0.35 × 8/7 + 0.2 × 1 + 0.25 × 1 + 0.2 × 6/7 = 0.4 + 0.2 + 0.25 + 0.171429 = 1.021429.
    const profile = qualityProfile({ weights: [35, 20, 25, 20], ours: [8, 7, 8, 6], competitors: [7, 7, 8, 7] });
    expect(profile.attributes.map((a) => a.contribution.toFixed(4))).toEqual(['0.4000', '0.2000', '0.2500', '0.1714']);
    expect(profile.ratio).toBeCloseTo(1.021429, 6);
  });

  it('ignores an attribute nobody cares about', () => {
    expect(relativeScore({ weights: [1, 0], ours: [6, 1], competitors: [5, 9] })).toBeCloseTo(1.2, 12);
  });

  it('names the bad field', () => {
    const base = { weights: [1, 2], ours: [5, 6], competitors: [5, 5] };
    expectInvalid(() => relativeScore({ ...base, weights: [0, 0] }), 'weights', 'min');
    expectInvalid(() => relativeScore({ ...base, weights: [1, -2] }), 'weights[1]', 'min');
    expectInvalid(() => relativeScore({ ...base, weights: [] }), 'weights', 'non-empty');
    expectInvalid(() => relativeScore({ ...base, ours: [5, 0] }), 'ours[1]', 'min');
    expectInvalid(() => relativeScore({ ...base, competitors: [5] }), 'competitors', 'length');
    expectInvalid(() => relativeScore({ ...base, competitors: [5, 5, 5] }), 'competitors', 'length');
    expectInvalid(() => relativeScore({ ...base, weights: [1e308, 1e308] }), 'weights', 'too-large');
    expectInvalid(() => relativeScore({ ...base, ours: [1e308, 6], competitors: [1e-308, 5] }), 'ours[0]', 'too-large');
  });

  it('keeps the widgets’ ranges in one place: ratios on the map around 1, scores on Gale’s 1–10', () => {
    expect(CUSTOMER_VALUE_LIMITS.relative.min).toBeLessThan(1);
    expect(CUSTOMER_VALUE_LIMITS.relative.max).toBeGreaterThan(1);
    expect(CUSTOMER_VALUE_LIMITS.score).toEqual({ min: 1, max: 10 });
  });
});

describe('customer value map: distance from the fair-value line', () => {
  it('quality 1.2 at price 1.0 is better value: gap 0.2, distance 0.2/√2', () => {
    const pos = valueMapPosition({ relativeQuality: 1.2, relativePrice: 1 });
    expect(pos.valueGap).toBeCloseTo(0.2, 12);
    expect(pos.distanceFromLine).toBeCloseTo(0.141421, 6);
    expect(pos).toMatchObject({ region: 'better', shareTrend: 'gain' });
  });

  it('quality 0.9 at price 1.1 is worse value and loses share', () => {
    expect(valueMapPosition({ relativeQuality: 0.9, relativePrice: 1.1 })).toMatchObject({ region: 'worse', shareTrend: 'lose' });
  });

  it('counts a point within the tolerance as fair value', () => {
    expect(valueMapPosition({ relativeQuality: 1.01, relativePrice: 1 }).region).toBe('fair');
    expect(valueMapPosition({ relativeQuality: 1.01, relativePrice: 1, tolerance: 0 }).region).toBe('better');
    expect(valueMapPosition({ relativeQuality: 1.3, relativePrice: 1.3, tolerance: 0 })).toMatchObject({ region: 'fair', shareTrend: 'hold' });
  });

  it('names the bad field', () => {
    expectInvalid(() => valueMapPosition({ relativeQuality: 0, relativePrice: 1 }), 'relativeQuality', 'min');
    expectInvalid(() => valueMapPosition({ relativeQuality: 1, relativePrice: Number.NaN }), 'relativePrice', 'number');
    expectInvalid(() => valueMapPosition({ relativeQuality: 1, relativePrice: 1, tolerance: -0.1 }), 'tolerance', 'min');
  });
});

describe('customer delivered value (Kotler)', () => {
  const offer: DeliveredValueInput = {
    benefits: { product: 500, service: 200, personnel: 100, image: 200 },
    costs: { money: 600, time: 100, energy: 50, psychic: 50 },
  };

  it('benefit 1000 less cost 800 delivers 200, a ratio of 1.25', () => {
    expect(deliveredValue(offer)).toEqual({ totalBenefit: 1000, totalCost: 800, deliveredValue: 200, ratio: 1.25 });
  });

  it('cutting waiting time by 100 delivers as much as cutting the price by 100', () => {
    const faster = deliveredValue({ ...offer, costs: { ...offer.costs, time: 0 } });
    const cheaper = deliveredValue({ ...offer, costs: { ...offer.costs, money: 500 } });
    expect(faster.deliveredValue).toBe(300);
    expect(cheaper.deliveredValue).toBe(300);
  });

  it('gives no ratio when nothing is asked of the customer', () => {
    const free = deliveredValue({ ...offer, costs: { money: 0, time: 0, energy: 0, psychic: 0 } });
    expect(free).toMatchObject({ totalCost: 0, deliveredValue: 1000, ratio: null });
  });

  it('names the bad field', () => {
    expectInvalid(() => deliveredValue({ ...offer, costs: { ...offer.costs, energy: -5 } }), 'costs.energy', 'min');
    expectInvalid(() => deliveredValue({ ...offer, benefits: { ...offer.benefits, image: Number.NaN } }), 'benefits.image', 'number');
    expectInvalid(() => deliveredValue({ ...offer, benefits: null as unknown as DeliveredValueInput['benefits'] }), 'benefits', 'non-empty');
    expectInvalid(() => deliveredValue({ ...offer, costs: { ...offer.costs, psychic: 1e308, money: 1e308 } }), 'costs', 'too-large');
  });
});

const runs = { numRuns: 1000 };
const whole = fc.integer({ min: 0, max: 1_000_000 });
const offers = fc.record({
  benefits: fc.record({ product: whole, service: whole, personnel: whole, image: whole }),
  costs: fc.record({ money: whole, time: whole, energy: whole, psychic: whole }),
});
const costKeys = ['money', 'time', 'energy', 'psychic'] as const;

describe('what the models guarantee, over random valid inputs', () => {
  it('lowering any one cost raises delivered value by exactly that amount, as lowering money does', () => {
    fc.assert(
      fc.property(offers, fc.constantFrom(...costKeys), fc.double({ min: 0, max: 1, noNaN: true }), (offer, key, part) => {
        const lowered = (k: keyof CustomerCosts, cut: number) =>
          deliveredValue({ ...offer, costs: { ...offer.costs, [k]: offer.costs[k] - cut } }).deliveredValue;
        const before = deliveredValue(offer).deliveredValue;
        const cut = Math.floor(offer.costs[key] * part);
        expect(lowered(key, cut) - before).toBe(cut);
        const either = Math.floor(Math.min(offer.costs[key], offer.costs.money) * part);
        expect(lowered(key, either)).toBe(lowered('money', either));
      }),
      runs,
    );
  });

  it('delivered value is benefit less cost, and the ratio is finite or null', () => {
    fc.assert(
      fc.property(offers, (offer) => {
        const v = deliveredValue(offer);
        expect(v.deliveredValue).toBe(v.totalBenefit - v.totalCost);
        expect(v.ratio === null ? v.totalCost === 0 : Number.isFinite(v.ratio)).toBe(true);
      }),
      runs,
    );
  });

  it('the region flips exactly as the point crosses the fair-value line', () => {
    const ratio = fc.double({ min: 0.01, max: 10, noNaN: true });
    fc.assert(
      fc.property(ratio, ratio, (x, y) => {
        const { region, valueGap, distanceFromLine } = valueMapPosition({ relativeQuality: x, relativePrice: y, tolerance: 0 });
        expect(region).toBe(x > y ? 'better' : x < y ? 'worse' : 'fair');
        expect(Math.sign(valueGap)).toBe(Math.sign(x - y));
        expect(Math.sign(distanceFromLine)).toBe(Math.sign(x - y));
        expect(valueMapPosition({ relativeQuality: x, relativePrice: x, tolerance: 0 }).region).toBe('fair');
      }),
      runs,
    );
  });

  it('relative score is 1 when our scores equal the competitors’, and unchanged by rescaling the weights', () => {
    const scores = fc.array(fc.double({ min: 0.1, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 });
    const input = scores.chain((ours) =>
      fc.record({
        ours: fc.constant(ours),
        competitors: fc.array(fc.double({ min: 0.1, max: 100, noNaN: true }), { minLength: ours.length, maxLength: ours.length }),
        weights: fc
          .array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 100, noNaN: true })), {
            minLength: ours.length,
            maxLength: ours.length,
          })
          .map((w) => (w.some((x) => x > 0) ? w : w.map(() => 1))),
      }),
    );
    fc.assert(
      fc.property(input, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ ours, competitors, weights }, k) => {
        expect(relativeScore({ weights, ours, competitors: ours })).toBe(1);
        const x = relativeScore({ weights, ours, competitors });
        const scaled = relativeScore({ weights: weights.map((w) => w * k), ours, competitors });
        expect(Math.abs(scaled - x)).toBeLessThanOrEqual(1e-12 * x);
        // The rows add up to the answer, and the answer lies between the smallest and largest weighted ratio.
        const profile = qualityProfile({ weights, ours, competitors });
        const counted = profile.attributes.filter((a) => a.weight > 0).map((a) => a.ratio);
        expect(Math.abs(profile.attributes.reduce((s, a) => s + a.contribution, 0) - x)).toBeLessThanOrEqual(1e-12 * x);
        expect(x).toBeGreaterThanOrEqual(Math.min(...counted) * (1 - 1e-12));
        expect(x).toBeLessThanOrEqual(Math.max(...counted) * (1 + 1e-12));
      }),
      runs,
    );
  });
});
