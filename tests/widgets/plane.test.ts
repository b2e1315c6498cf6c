// The kit's 2-D plot: the plot area, the way between data and pixels, the quadrants. Positions, not pictures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cornerOf, placement, planeLayout, quadrants } from '../../src/widgets/kit/chart/plane';
import { linearScale } from '../../src/widgets/kit/chart/scale';

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

describe('a 2-D plane', () => {
  const plane = planeLayout({ width: 500, height: 300, x: [1, 5], y: [0, 1], margin: { left: 50, right: 10, top: 10, bottom: 40 } });

  it('puts the domain’s corners on the plot’s corners, y pointing up', () => {
    expect(plane.plot).toEqual({ left: 50, right: 490, top: 10, bottom: 260 });
    expect(plane.x(1)).toBe(50);
    expect(plane.x(5)).toBe(490);
    expect(plane.y(0)).toBe(260);
    expect(plane.y(1)).toBe(10);
    expect(plane.x(3)).toBe(270);
  });

  it('keeps the domain as given (no rounding out) and ticks inside it', () => {
    expect(plane.x.domain).toEqual([1, 5]);
    expect(plane.xTicks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
    expect(plane.yTicks.every((t) => t.at >= 10 && t.at <= 260)).toBe(true);
  });

  it('still has a plot, one pixel at least, in a frame smaller than its margins', () => {
    const tiny = planeLayout({ width: 20, height: 10, x: [0, 1], y: [0, 1] });
    expect(tiny.plot.right - tiny.plot.left).toBeGreaterThanOrEqual(1);
    expect(tiny.plot.bottom - tiny.plot.top).toBeGreaterThanOrEqual(1);
    expect(Number.isFinite(tiny.x(0.5)) && Number.isFinite(tiny.y(0.5))).toBe(true);
  });

  it('cuts the plot into four boxes that tile it, each label in its outer corner', () => {
    const q = quadrants(plane, 4, 0.5);
    const { topLeft, topRight, bottomLeft, bottomRight } = q.boxes;
    expect(q.cuts.vertical.x).toBe(380);
    expect(q.cuts.horizontal.y).toBe(135);
    expect(topLeft).toMatchObject({ x: 50, y: 10, width: 330, height: 125 });
    expect(bottomRight).toMatchObject({ x: 380, y: 135, width: 110, height: 125 });
    const area = [topLeft, topRight, bottomLeft, bottomRight].reduce((a, b) => a + b.width * b.height, 0);
    expect(area).toBe(440 * 250);
    expect(topRight.label).toEqual({ x: 482, y: 18, anchor: 'end', align: 'top' });
    expect(bottomLeft.label).toEqual({ x: 58, y: 252, anchor: 'start', align: 'bottom' });
    expect(bottomRight.center).toEqual({ x: 435, y: 197.5 });
  });

  it('keeps a cut outside the domain on the plot’s edge', () => {
    const q = quadrants(plane, 9, -1);
    expect(q.cuts.vertical.x).toBe(490);
    expect(q.cuts.horizontal.y).toBe(260);
    expect(q.boxes.topRight.width).toBe(0);
  });

  it('names the box a point falls in, a point on a cut counting as high', () => {
    expect(cornerOf(4, 0.5, 4, 0.5)).toBe('topRight');
    expect(cornerOf(3.9, 0.5, 4, 0.5)).toBe('topLeft');
    expect(cornerOf(4, 0.49, 4, 0.5)).toBe('bottomRight');
    expect(cornerOf(1, 0, 4, 0.5)).toBe('bottomLeft');
  });
});

describe('the placement of two scales of a chart’s own', () => {
  const x = linearScale([0, 10], [40, 440], { nice: false });
  const y = linearScale([0, 1000], [300, 20], { nice: false });
  const p = placement(x, y);

  it('spans the plot the scales span, y upwards, and goes to pixels and back', () => {
    expect(p.plot).toEqual({ left: 40, right: 440, top: 20, bottom: 300 });
    expect(p.at({ x: 5, y: 500 })).toEqual({ x: 240, y: 160 });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (vx, vy) => {
        const back = p.invert(x(vx), y(vy));
        expect(back.x).toBeCloseTo(vx, 9);
        expect(back.y).toBeCloseTo(vy, 6);
      }),
    );
  });

  it('holds a pixel outside the plot to the domain, and survives a scale of no width', () => {
    expect(p.invert(-500, 9999)).toEqual({ x: 0, y: 0 });
    expect(p.invert(9999, -500)).toEqual({ x: 10, y: 1000 });
    const flat = placement(linearScale([3, 3], [10, 10], { nice: false }), y);
    expect(flat.invert(77, 160).x).toBe(3);
  });
});
