// The rules of a point the learner moves on a chart: snapping, limits, and what each key does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIG_STEP, keyMove, primaryAxis, snap, snapPoint, type DragAxis, type DragSpec } from '../../src/widgets/kit/chart/drag';

const satisfaction: DragAxis = { min: 1, max: 5, step: 0.1 };
const share: DragAxis = { min: 0, max: 1, step: 0.01 };
const quality: DragAxis = { min: 0.5, max: 1.5, step: 0.01 };
const map: DragSpec = { x: quality, y: quality };
const keys = fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown');

describe('snapping', () => {
  it('puts a value on the step grid counted from the axis’s min, without binary dust, inside the range', () => {
    expect(snap(4.1234, satisfaction)).toBe(4.1);
    expect(snap(1 + 31 * 0.1, satisfaction)).toBe(4.1);
    expect(snap(7, satisfaction)).toBe(5);
    expect(snap(-3, satisfaction)).toBe(1);
    expect(snap(0.125, share)).toBe(0.13);
    // A grid that starts off the multiples of its step keeps to its own points.
    expect(snap(4, { min: 0.5, max: 10, step: 2 })).toBe(4.5);
  });

  it('sends anything not finite to the min', () => {
    expect(snap(Number.NaN, satisfaction)).toBe(1);
    expect(snap(Number.POSITIVE_INFINITY, satisfaction)).toBe(1);
  });

  it('snaps a dragged point on both axes, and keeps a fixed coordinate where it was, off the steps if it was', () => {
    expect(snapPoint({ x: 1.23456, y: 0.98765 }, map)).toEqual({ x: 1.23, y: 0.99 });
    expect(snapPoint({ x: 3, y: -1 }, map)).toEqual({ x: 1.5, y: 0.5 });
    expect(snapPoint({ x: 0.7, y: 1.234 }, { ...map, axes: 'y' }, { x: 1.0214, y: 1 })).toEqual({ x: 1.0214, y: 1.23 });
    expect(snapPoint({ x: 0.7, y: 1.234 }, { ...map, axes: 'x' }, { x: 1.0214, y: 1 })).toEqual({ x: 0.7, y: 1 });
  });
});

describe('keys', () => {
  const p = { x: 1, y: 1 };

  it('on a plane: arrows a step, Shift a big step, Page keys a big step of y, Home and End to x’s ends', () => {
    expect(keyMove(p, 'ArrowRight', false, map)).toEqual({ x: 1.01, y: 1 });
    expect(keyMove(p, 'ArrowLeft', false, map)).toEqual({ x: 0.99, y: 1 });
    expect(keyMove(p, 'ArrowUp', false, map)).toEqual({ x: 1, y: 1.01 });
    expect(keyMove(p, 'ArrowDown', true, map)).toEqual({ x: 1, y: 0.9 });
    expect(keyMove(p, 'PageUp', false, map)).toEqual({ x: 1, y: 1 + BIG_STEP * 0.01 });
    expect(keyMove(p, 'PageDown', false, { ...map, y: { ...quality, bigStep: 5 } })).toEqual({ x: 1, y: 0.95 });
    expect(keyMove(p, 'Home', false, map)).toEqual({ x: 0.5, y: 1 });
    expect(keyMove(p, 'End', false, map)).toEqual({ x: 1.5, y: 1 });
    expect(keyMove({ x: 1.5, y: 1 }, 'ArrowRight', false, map)).toEqual({ x: 1.5, y: 1 });
  });

  it('along one axis, is a slider: every arrow moves that axis, the other stays', () => {
    const along = { x: 4, y: 0.3 };
    const x: DragSpec = { x: satisfaction, y: share, axes: 'x' };
    const y: DragSpec = { x: satisfaction, y: share, axes: 'y' };
    expect(keyMove(along, 'ArrowUp', false, x)).toEqual({ x: 4.1, y: 0.3 });
    expect(keyMove(along, 'ArrowDown', false, x)).toEqual({ x: 3.9, y: 0.3 });
    expect(keyMove(along, 'PageUp', false, x)).toEqual({ x: 5, y: 0.3 });
    expect(keyMove(along, 'ArrowLeft', false, y)).toEqual({ x: 4, y: 0.29 });
    expect(keyMove(along, 'End', false, y)).toEqual({ x: 4, y: 1 });
    expect(primaryAxis(y)).toBe('y');
    expect(primaryAxis(x)).toBe('x');
    expect(primaryAxis(map)).toBe('x');
  });

  it('leaves other keys to the page', () => {
    expect(keyMove(p, 'Enter', false, map)).toBeUndefined();
    expect(keyMove(p, 'Tab', false, { ...map, axes: 'x' })).toBeUndefined();
    expect(keyMove(p, 'a', false, map)).toBeUndefined();
  });

  it('never leaves its limits or its steps, whatever the keys, on any axes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.boolean()), { maxLength: 60 }), fc.constantFrom('xy', 'x', 'y' as const), (presses, axes) => {
        const spec: DragSpec = { x: satisfaction, y: share, axes };
        let at = { x: 3, y: 0.5 };
        for (const [key, shift] of presses) at = keyMove(at, key, shift, spec) ?? at;
        expect(at.x >= 1 && at.x <= 5 && at.y >= 0 && at.y <= 1).toBe(true);
        expect(Math.abs(at.x * 10 - Math.round(at.x * 10))).toBeLessThan(1e-9);
        expect(Math.abs(at.y * 100 - Math.round(at.y * 100))).toBeLessThan(1e-9);
        if (axes === 'x') expect(at.y).toBe(0.5);
        if (axes === 'y') expect(at.x).toBe(3);
      }),
    );
  });
});
