import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planeLayout } from '../../src/widgets/kit/chart/plane';
import { polygonArea, polygonPath, regionBetween } from '../../src/widgets/kit/chart/regions';

const format = (v: number) => String(v);
const square = { x: [1, 5] as const, y: [1, 5] as const };
const diagonal = (shift: number) => ({ slope: 1, intercept: shift });

describe('regions bounded by lines', () => {
  it('cuts a corridor of ±0.5 along the diagonal, and the half-planes either side of it', () => {
    const corridor = regionBetween(square, diagonal(-0.5), diagonal(0.5));
    const over = regionBetween(square, diagonal(0.5));
    const under = regionBetween(square, undefined, diagonal(-0.5));
    // The square has area 16; each corner triangle has legs 3.5: 6.125.
    expect(polygonArea(over)).toBeCloseTo(6.125, 9);
    expect(polygonArea(under)).toBeCloseTo(6.125, 9);
    expect(polygonArea(corridor)).toBeCloseTo(16 - 2 * 6.125, 9);
    expect(over).toContainEqual({ x: 1, y: 5 });
    expect(under).toContainEqual({ x: 5, y: 1 });
  });

  it('leaves nothing when the lines miss the rectangle or squeeze it to a line, and everything with no lines', () => {
    expect(regionBetween(square, diagonal(10))).toEqual([]);
    expect(regionBetween(square, diagonal(0), diagonal(0))).toEqual([]);
    expect(polygonArea(regionBetween(square))).toBe(16);
    const g = planeLayout({ width: 100, height: 100, ...square, format });
    expect(polygonPath([], g.x, g.y)).toBe('');
  });

  it('splits the rectangle into parts that add up to it, for any corridor and slope', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (w, slopeShift) => {
        const slope = 1 + slopeShift / 4;
        const lo = { slope, intercept: -w };
        const hi = { slope, intercept: w };
        const parts = [regionBetween(square, hi), regionBetween(square, lo, hi), regionBetween(square, undefined, lo)];
        expect(parts.reduce((a, p) => a + polygonArea(p), 0)).toBeCloseTo(16, 6);
      }),
      { numRuns: 500 },
    );
  });

  it('draws a region as a closed path in the plane’s pixels', () => {
    const g = planeLayout({ width: 200, height: 200, ...square, margin: { left: 0, right: 0, top: 0, bottom: 0 }, format });
    expect(polygonPath(regionBetween(square, diagonal(3)), g.x, g.y)).toBe('M50.00,0.00L0.00,0.00L0.00,50.00Z');
  });
});
