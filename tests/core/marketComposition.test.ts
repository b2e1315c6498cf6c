import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { marketComposition } from '../../src/core/marketComposition';
import { expectInvalid } from './invalid';

// The deck's insurer (003, step 1): each channel's share of profit, as printed.
const insurer = [
  { id: 'brokers', share: 0.15 },
  { id: 'service-centres', share: 0.3 },
  { id: 'branches', share: 0.1 },
  { id: 'e-commerce', share: 0.3 },
];

describe('market composition: the insurer as printed', () => {
  const result = marketComposition(insurer);

  it('adds the four channels to 85% and keeps the missing 15% in view', () => {
    expect(result.shown).toBeCloseTo(0.85, 12);
    expect(result.notShown).toBeCloseTo(0.15, 12);
  });

  it('lists the channels largest first, ties in their printed order', () => {
    expect(result.largestFirst).toEqual(['service-centres', 'e-commerce', 'brokers', 'branches']);
  });

  it('accepts a complete composition with rounding, and says nothing is missing', () => {
    const whole = marketComposition([{ id: 'a', share: 0.1 }, { id: 'b', share: 0.2 }, { id: 'c', share: 0.7 }]);
    expect(whole.shown).toBe(1);
    expect(whole.notShown).toBe(0);
  });

  it('names the field and rule of a bad input', () => {
    expectInvalid(() => marketComposition([]), 'parts', 'non-empty');
    expectInvalid(() => marketComposition([{ id: '', share: 0.2 }]), 'parts[0].id', 'non-empty');
    expectInvalid(() => marketComposition([insurer[0], { id: 'x', share: 1.2 }]), 'parts[1].share', 'max');
    expectInvalid(() => marketComposition([{ id: 'x', share: Number.NaN }]), 'parts[0].share', 'number');
    expectInvalid(() => marketComposition([...insurer, { id: 'more', share: 0.2 }]), 'parts', 'max');
  });
});

describe('what a composition guarantees, over random shares', () => {
  it('shown and not shown add to one, both in [0, 1], and every part is listed once', () => {
    const parts = fc
      .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 })
      .map((shares) => {
        const total = shares.reduce((a, b) => a + b, 0);
        // Scale down lists that overflow, so the property sees full, partial and empty compositions.
        return shares.map((s, i) => ({ id: `c${i}`, share: total > 1 ? s / total : s }));
      });
    fc.assert(
      fc.property(parts, (list) => {
        const r = marketComposition(list);
        expect(r.shown + r.notShown).toBeCloseTo(1, 9);
        expect(r.shown).toBeGreaterThanOrEqual(0);
        expect(r.notShown).toBeGreaterThanOrEqual(0);
        expect([...r.largestFirst].sort()).toEqual(list.map((p) => p.id).sort());
      }),
      { numRuns: 1000 },
    );
  });
});
