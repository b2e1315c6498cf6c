// The kit's 2-D plot layout and the rules of a movable point: positions, not pictures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planeLayout } from '../../src/widgets/kit/chart/plane';
import { BIG_STEP, keyMove, snapPoint, type DragSpec } from '../../src/widgets/kit/drag';

const format = (v: number, d: number) => v.toFixed(d);

describe('a 2-D plot’s geometry', () => {
  it('maps the domains onto the plot, y upwards', () => {
    const p = planeLayout({ width: 400, height: 300, x: [0, 10], y: [0, 5], margin: { left: 40, right: 10, top: 10, bottom: 40 }, format });
    expect(p.plot).toEqual({ left: 40, right: 390, top: 10, bottom: 260 });
    expect(p.at({ x: 0, y: 0 })).toEqual({ x: 40, y: 260 });
    expect(p.at({ x: 10, y: 5 })).toEqual({ x: 390, y: 10 });
    expect(p.at({ x: 5, y: 2.5 })).toEqual({ x: 215, y: 135 });
    expect(p.xTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(p.yTicks[0].at).toBe(260);
  });

  it('keeps the domain as given (no rounding out), so the plot’s edges are a dragged point’s limits', () => {
    const p = planeLayout({ width: 400, height: 400, x: [0.5, 1.5], y: [0.5, 1.5], format });
    expect(p.x.domain).toEqual([0.5, 1.5]);
    expect(p.invert(p.plot.left, p.plot.bottom)).toEqual({ x: 0.5, y: 0.5 });
    expect(p.invert(p.plot.right, p.plot.top)).toEqual({ x: 1.5, y: 1.5 });
  });

  it('with equal units, gives both axes the same pixels per unit and centres the plot', () => {
    const p = planeLayout({ width: 600, height: 300, x: [0, 2], y: [0, 1], margin: { left: 0, right: 0, top: 0, bottom: 0 }, equalUnits: true, format });
    const xUnit = (p.plot.right - p.plot.left) / 2;
    const yUnit = (p.plot.bottom - p.plot.top) / 1;
    expect(xUnit).toBeCloseTo(yUnit, 9);
    expect(p.plot).toEqual({ left: 0, right: 600, top: 0, bottom: 300 });
    const square = planeLayout({ width: 600, height: 300, x: [0, 1], y: [0, 1], margin: { left: 0, right: 0, top: 0, bottom: 0 }, equalUnits: true, format });
    expect(square.plot).toEqual({ left: 150, right: 450, top: 0, bottom: 300 });
  });

  it('turns a pixel back into data, held inside the domains, and survives an empty domain', () => {
    const p = planeLayout({ width: 500, height: 400, x: [0, 1], y: [0, 1], equalUnits: true, format });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, y) => {
        const back = p.invert(p.at({ x, y }).x, p.at({ x, y }).y);
        expect(back.x).toBeCloseTo(x, 9);
        expect(back.y).toBeCloseTo(y, 9);
      }),
    );
    expect(p.invert(-1000, 5000)).toEqual({ x: 0, y: 0 });
    const flat = planeLayout({ width: 300, height: 300, x: [1, 1], y: [2, 2], format });
    expect(Number.isFinite(flat.at({ x: 1, y: 2 }).x)).toBe(true);
    expect(Number.isFinite(flat.invert(100, 100).y)).toBe(true);
  });
});

describe('a movable point', () => {
  const axis = { min: 0.5, max: 1.5, step: 0.01 };
  const spec: DragSpec = { x: axis, y: axis };

  it('snaps a drag to its steps and holds it inside its limits', () => {
    expect(snapPoint({ x: 1.23456, y: 0.98765 }, spec)).toEqual({ x: 1.23, y: 0.99 });
    expect(snapPoint({ x: 3, y: -1 }, spec)).toEqual({ x: 1.5, y: 0.5 });
  });

  it('moves one step per arrow key, ten with Shift; right and up raise x and y', () => {
    const p = { x: 1, y: 1 };
    expect(keyMove(p, 'ArrowRight', false, spec)).toEqual({ x: 1.01, y: 1 });
    expect(keyMove(p, 'ArrowLeft', false, spec)).toEqual({ x: 0.99, y: 1 });
    expect(keyMove(p, 'ArrowUp', false, spec)).toEqual({ x: 1, y: 1.01 });
    expect(keyMove(p, 'ArrowDown', true, spec)).toEqual({ x: 1, y: 1 - BIG_STEP * 0.01 });
    expect(keyMove(p, 'Home', false, spec)).toEqual({ x: 0.5, y: 1 });
    expect(keyMove(p, 'PageUp', false, spec)).toEqual({ x: 1, y: 1.5 });
    expect(keyMove({ x: 1.5, y: 1 }, 'ArrowRight', false, spec)).toEqual({ x: 1.5, y: 1 });
    expect(keyMove(p, 'Enter', false, spec)).toBeUndefined();
  });

  it('keeps a fixed coordinate where it was, off the steps if it was', () => {
    const priceOnly: DragSpec = { ...spec, axes: 'y' };
    expect(snapPoint({ x: 0.7, y: 1.234 }, priceOnly, { x: 1.0214, y: 1 })).toEqual({ x: 1.0214, y: 1.23 });
    expect(keyMove({ x: 1.0214, y: 1 }, 'ArrowUp', false, priceOnly)).toEqual({ x: 1.0214, y: 1.01 });
    expect(keyMove({ x: 1.0214, y: 1 }, 'ArrowLeft', false, priceOnly)).toBeUndefined();
    expect(keyMove({ x: 1, y: 1 }, 'ArrowUp', false, { ...spec, axes: 'x' })).toBeUndefined();
  });

  it('never leaves its limits or its steps, whatever the keys', () => {
    const keys = fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown');
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.boolean()), { maxLength: 60 }), (presses) => {
        let p = { x: 1, y: 1 };
        for (const [key, shift] of presses) p = keyMove(p, key, shift, spec) ?? p;
        expect(p.x >= 0.5 && p.x <= 1.5 && p.y >= 0.5 && p.y <= 1.5).toBe(true);
        expect(Math.abs(p.x * 100 - Math.round(p.x * 100))).toBeLessThan(1e-6);
        expect(Math.abs(p.y * 100 - Math.round(p.y * 100))).toBeLessThan(1e-6);
      }),
    );
  });
});
