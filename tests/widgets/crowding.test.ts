// Handles over a chart: as big as the room around their point allows, never overlapping, none under the minimum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleSizes, MIN_TARGET, type Target } from '../../src/widgets/kit/chart/crowding';

const at = (x: number, y: number, max = 44): Target => ({ x, y, max });
const overlap = (a: Target, sa: number, b: Target, sb: number) =>
  Math.abs(a.x - b.x) < (sa + sb) / 2 && Math.abs(a.y - b.y) < (sa + sb) / 2;

describe('handle sizes', () => {
  it('keeps each handle at its own size where nothing is near', () => {
    expect(handleSizes([at(0, 0), at(100, 0), at(0, 100, 30)])).toEqual([44, 44, 30]);
  });

  it('shrinks two neighbours to the larger of their x and y gaps', () => {
    expect(handleSizes([at(0, 0), at(30, 10)])).toEqual([30, 30]);
    expect(handleSizes([at(0, 0), at(5, 26)])).toEqual([26, 26]);
  });

  it('drops the later of two points closer than the minimum, and the rest size around what is kept', () => {
    expect(handleSizes([at(0, 0), at(10, 5), at(60, 0)])).toEqual([44, 0, 44]);
    // Without the dropped point, the first would be squeezed to 10 px.
    expect(handleSizes([at(0, 0), at(10, 5), at(30, 0)])).toEqual([30, 0, 30]);
  });

  it('gives the handle in use its own first, so a dragged point never loses it', () => {
    expect(handleSizes([at(0, 0), at(10, 5)], 1)).toEqual([0, 44]);
    expect(handleSizes([at(0, 0), at(10, 5)], 7)).toEqual([44, 0]);
  });

  it('never lets two handles overlap, never makes one under the minimum, and drops only crowded points', () => {
    const target = fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }), max: fc.constantFrom(24, 30, 44) });
    fc.assert(
      fc.property(fc.array(target, { maxLength: 16 }), fc.integer({ min: -1, max: 16 }), (targets, active) => {
        const sizes = handleSizes(targets, active);
        targets.forEach((a, i) => {
          if (sizes[i] === 0) {
            expect(targets.some((b, k) => k !== i && sizes[k] > 0 && Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < MIN_TARGET)).toBe(true);
            return;
          }
          expect(sizes[i]).toBeGreaterThanOrEqual(MIN_TARGET);
          expect(sizes[i]).toBeLessThanOrEqual(a.max);
          targets.forEach((b, k) => k !== i && sizes[k] > 0 && expect(overlap(a, sizes[i], b, sizes[k])).toBe(false));
        });
        if (active in targets) expect(sizes[active]).toBeGreaterThan(0);
      }),
    );
  });
});
