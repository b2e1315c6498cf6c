/**
 * The rules of a point the learner moves on a 2-D chart, pure: where a drag
 * or a key press puts it, held inside its limits and on its steps. The
 * component (chart/DragHandle.svelte) only turns pointer and key events into
 * calls to these.
 */
import type { Point } from './chart/plane';

export interface AxisSteps {
  min: number;
  max: number;
  /** One arrow-key press; positions snap to multiples of it. */
  step: number;
}

export interface DragSpec {
  x: AxisSteps;
  y: AxisSteps;
  /** The coordinates the point may move in: both, or one held fixed. Default both. */
  axes?: 'xy' | 'x' | 'y';
}

/** Shift with an arrow key moves this many steps. */
export const BIG_STEP = 10;

const tidy = (v: number) => Number(v.toFixed(10)) + 0;

function snap(value: number, axis: AxisSteps): number {
  const stepped = axis.step > 0 ? Math.round(value / axis.step) * axis.step : value;
  return tidy(Math.min(axis.max, Math.max(axis.min, stepped)));
}

/** A point held inside the limits, on the steps; a fixed coordinate keeps the `from` point's value. */
export function snapPoint(to: Point, spec: DragSpec, from: Point = to): Point {
  const axes = spec.axes ?? 'xy';
  return {
    x: axes === 'y' ? from.x : snap(to.x, spec.x),
    y: axes === 'x' ? from.y : snap(to.y, spec.y),
  };
}

/**
 * Where a key moves the point, or undefined for a key that does not move it
 * (so the event can go on to the page). Right and Up raise x and y: a chart's
 * y grows upwards. Shift moves BIG_STEP steps; Home and End go to x's ends,
 * Page Up and Page Down to y's.
 */
export function keyMove(point: Point, key: string, shift: boolean, spec: DragSpec): Point | undefined {
  const axes = spec.axes ?? 'xy';
  const n = shift ? BIG_STEP : 1;
  const moves: Record<string, () => Point> = {
    ArrowRight: () => ({ ...point, x: point.x + n * spec.x.step }),
    ArrowLeft: () => ({ ...point, x: point.x - n * spec.x.step }),
    ArrowUp: () => ({ ...point, y: point.y + n * spec.y.step }),
    ArrowDown: () => ({ ...point, y: point.y - n * spec.y.step }),
    Home: () => ({ ...point, x: spec.x.min }),
    End: () => ({ ...point, x: spec.x.max }),
    PageUp: () => ({ ...point, y: spec.y.max }),
    PageDown: () => ({ ...point, y: spec.y.min }),
  };
  const move = moves[key];
  if (!move) return undefined;
  const horizontal = ['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(key);
  if ((horizontal && axes === 'y') || (!horizontal && axes === 'x')) return undefined;
  return snapPoint(move(), spec, point);
}
