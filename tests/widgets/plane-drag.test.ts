// The kit's 2-D plot, quadrants and draggable point: positions, snapping, keys, and the degenerate cases.
import { fireEvent, render, screen } from '@testing-library/svelte';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clamp, invert, keyMove, moveByKey, moveToPointer, snap, type DragAxis } from '../../src/widgets/kit/chart/drag';
import { cornerOf, planeLayout, quadrants } from '../../src/widgets/kit/chart/plane';
import { linearScale } from '../../src/widgets/kit/chart/scale';
import DragPointHarness from './DragPointHarness.svelte';

const satisfaction: DragAxis = { min: 1, max: 5, step: 0.1 };
const share: DragAxis = { min: 0, max: 1, step: 0.01 };

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

describe('moving a point: pure rules', () => {
  const x = linearScale([1, 5], [50, 450], { nice: false });
  const y = linearScale([0, 1], [250, 50], { nice: false });

  it('inverts a scale: the pixel of a value gives the value back', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (v) => {
        expect(invert(x, x(v))).toBeCloseTo(v, 9);
      }),
    );
    expect(invert(linearScale([0, 1], [10, 10], { nice: false }), 99)).toBe(0);
  });

  it('snaps to the step grid counted from the axis’s min, without binary dust, and clamps', () => {
    expect(snap(4.1234, satisfaction)).toBe(4.1);
    expect(snap(1 + 31 * 0.1, satisfaction)).toBe(4.1);
    expect(snap(7, satisfaction)).toBe(5);
    expect(snap(-3, satisfaction)).toBe(1);
    expect(snap(Number.NaN, satisfaction)).toBe(1);
    expect(snap(0.125, share)).toBe(0.13);
    expect(clamp(2, 0, 1)).toBe(1);
  });

  it('maps keys: arrows by a step, Shift and Page keys by ten, Home and End to the ends; other keys are not its', () => {
    expect(keyMove('ArrowRight', false, 'both')).toEqual({ axis: 'x', by: 1, big: false });
    expect(keyMove('ArrowUp', true, 'both')).toEqual({ axis: 'y', by: 1, big: true });
    expect(keyMove('PageDown', false, 'both')).toEqual({ axis: 'y', by: -1, big: true });
    expect(keyMove('Home', false, 'both')).toEqual({ axis: 'x', to: 'min' });
    // Along one axis, up and down move it too, as on a slider.
    expect(keyMove('ArrowUp', false, 'x')).toEqual({ axis: 'x', by: 1, big: false });
    expect(keyMove('ArrowDown', false, 'x')).toEqual({ axis: 'x', by: -1, big: false });
    expect(keyMove('End', false, 'y')).toEqual({ axis: 'y', to: 'max' });
    expect(keyMove('Tab', false, 'both')).toBeUndefined();
    expect(keyMove('a', false, 'x')).toBeUndefined();
  });

  it('moves by keys in the axis’s units and stays in range', () => {
    const at = { x: 4, y: 0.3 };
    expect(moveByKey(at, 'ArrowRight', false, 'both', satisfaction, share)).toEqual({ x: 4.1, y: 0.3 });
    expect(moveByKey(at, 'ArrowUp', true, 'both', satisfaction, share)).toEqual({ x: 4, y: 0.4 });
    expect(moveByKey(at, 'ArrowRight', true, 'both', satisfaction, share)).toEqual({ x: 5, y: 0.3 });
    expect(moveByKey(at, 'End', false, 'both', satisfaction, share)).toEqual({ x: 5, y: 0.3 });
    expect(moveByKey(at, 'ArrowUp', false, 'x', satisfaction, share)).toEqual({ x: 4.1, y: 0.3 });
    expect(moveByKey(at, 'ArrowUp', false, 'both', satisfaction, { ...share, bigStep: 5 })).toEqual({ x: 4, y: 0.31 });
    expect(moveByKey(at, 'PageUp', false, 'both', satisfaction, { ...share, bigStep: 5 })).toEqual({ x: 4, y: 0.35 });
    expect(moveByKey(at, 'Escape', false, 'both', satisfaction, share)).toBeUndefined();
  });

  it('follows a pointer, snapped, keeping the fixed coordinate along one axis', () => {
    const at = { x: 2, y: 0.2 };
    expect(moveToPointer(at, x(4.23), y(0.777), { x, y }, 'both', satisfaction, share)).toEqual({ x: 4.2, y: 0.78 });
    expect(moveToPointer(at, x(4.23), y(0.777), { x, y }, 'x', satisfaction, share)).toEqual({ x: 4.2, y: 0.2 });
    expect(moveToPointer(at, 9999, -9999, { x, y }, 'both', satisfaction, share)).toEqual({ x: 5, y: 1 });
  });

  it('never leaves its range, whatever the keys', () => {
    const keys = fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End');
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.boolean()), { maxLength: 40 }), fc.constantFrom('both', 'x', 'y' as const), (presses, axes) => {
        let at = { x: 3, y: 0.5 };
        for (const [k, shift] of presses) at = moveByKey(at, k, shift, axes, satisfaction, share) ?? at;
        expect(at.x >= 1 && at.x <= 5 && at.y >= 0 && at.y <= 1).toBe(true);
      }),
    );
  });
});

describe('the draggable point, rendered', () => {
  it('is a slider with its value in words, and the arrow keys move it', async () => {
    render(DragPointHarness);
    const point = screen.getByRole('slider', { name: 'Customer A' });
    expect(point.getAttribute('tabindex')).toBe('0');
    expect(point.getAttribute('aria-valuenow')).toBe('4');
    expect(point.getAttribute('aria-valuetext')).toBe('at 4, 0.3');
    await fireEvent.keyDown(point, { key: 'ArrowRight' });
    expect(point.getAttribute('aria-valuetext')).toBe('at 4.1, 0.3');
    await fireEvent.keyDown(point, { key: 'ArrowUp', shiftKey: true });
    expect(point.getAttribute('aria-valuetext')).toBe('at 4.1, 0.4');
    await fireEvent.keyDown(point, { key: 'Home' });
    expect(point.getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByTestId('moves').textContent).toBe('3');
    // A key it does not use changes nothing and is not swallowed.
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    point.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    expect(screen.getByTestId('moves').textContent).toBe('3');
  });

  it('does not report a move that goes nowhere (an arrow against the edge)', async () => {
    render(DragPointHarness);
    const point = screen.getByRole('slider', { name: 'Customer A' });
    await fireEvent.keyDown(point, { key: 'End' });
    await fireEvent.keyDown(point, { key: 'ArrowRight' });
    expect(screen.getByTestId('moves').textContent).toBe('1');
  });
});
