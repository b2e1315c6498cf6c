/**
 * The rules of a point the learner moves on a chart, pure: where a key press
 * or a drag puts it, held inside its limits and on its steps. DragHandle.svelte
 * only turns pointer and key events into calls to these.
 */
import type { Point } from './plane';

/** One axis a point moves along, in data units. */
export interface DragAxis {
  min: number;
  max: number;
  /** One arrow-key press; positions snap to this grid, counted from min. */
  step: number;
  /** Steps in one Shift+arrow or Page Up/Down press. Default BIG_STEP. */
  bigStep?: number;
}

export interface DragSpec {
  x: DragAxis;
  y: DragAxis;
  /** The coordinates the point may move in: both (the default), or one, the other held where it is. */
  axes?: 'xy' | 'x' | 'y';
}

export const BIG_STEP = 10;

/** A value on the axis's step grid, inside its range; anything not finite goes to min. */
export function snap(value: number, axis: DragAxis): number {
  if (!Number.isFinite(value)) return axis.min;
  const stepped = axis.step > 0 ? axis.min + Math.round((value - axis.min) / axis.step) * axis.step : value;
  // toFixed trims the binary dust of the multiplication: 1 + 31 × 0.1 is 4.1, not 4.1000000000000005.
  return Math.min(axis.max, Math.max(axis.min, Number(stepped.toFixed(10)) + 0));
}

/** A point held inside the limits, on the steps; a fixed coordinate keeps the `from` point's value. */
export function snapPoint(to: Point, spec: DragSpec, from: Point = to): Point {
  const axes = spec.axes ?? 'xy';
  return {
    x: axes === 'y' ? from.x : snap(to.x, spec.x),
    y: axes === 'x' ? from.y : snap(to.y, spec.y),
  };
}

/** The coordinate a screen reader hears as the value: the one that moves, or x when both do. */
export function primaryAxis(spec: DragSpec): 'x' | 'y' {
  return spec.axes === 'y' ? 'y' : 'x';
}

/**
 * Where a key moves the point, or undefined for a key it does not use (so the
 * event goes on to the page). Right and Up raise x and y (a chart's y grows
 * upwards); Shift moves a big step; Home and End go to x's ends, Page Up and
 * Page Down move y a big step. A point that moves along one axis is a slider:
 * every one of those keys moves that axis.
 */
export function keyMove(point: Point, key: string, shift: boolean, spec: DragSpec): Point | undefined {
  const single = spec.axes === 'x' || spec.axes === 'y' ? spec.axes : undefined;
  const across = single ?? 'x';
  const up = single ?? 'y';
  const moves: Record<string, [axis: 'x' | 'y', by: number | 'min' | 'max', big: boolean]> = {
    ArrowRight: [across, 1, shift],
    ArrowLeft: [across, -1, shift],
    ArrowUp: [up, 1, shift],
    ArrowDown: [up, -1, shift],
    PageUp: [up, 1, true],
    PageDown: [up, -1, true],
    Home: [across, 'min', false],
    End: [across, 'max', false],
  };
  const move = moves[key];
  if (!move) return undefined;
  const [name, by, big] = move;
  const axis = spec[name];
  const value = typeof by === 'string' ? axis[by] : point[name] + by * (big ? (axis.bigStep ?? BIG_STEP) : 1) * axis.step;
  return { ...point, [name]: snap(value, axis) };
}
