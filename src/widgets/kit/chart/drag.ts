/**
 * Moving a point on a chart, by pointer and by keyboard, in the chart's own
 * units: a pixel position back to a value, a value snapped to its step and
 * kept in its range, and which way each key moves it. Pure, so the rules are
 * tested without a browser; DragPoint.svelte wires them to events.
 */
import type { LinearScale } from './scale';

/** One axis a point moves along, in data units. */
export interface DragAxis {
  min: number;
  max: number;
  /** One arrow-key press; pointer moves snap to it too. */
  step: number;
  /** Steps in one Shift+arrow or Page Up/Down press. Default 10. */
  bigStep?: number;
}

/** Which way the point may move: 'x' or 'y' keeps the other coordinate as it is (a point that rides a curve moves along x only). */
export type DragAxes = 'both' | 'x' | 'y';

export interface Position {
  x: number;
  y: number;
}

/** The data value at a pixel position: the scale, inverted. */
export function invert(scale: LinearScale, px: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  return r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * (d1 - d0);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A value on the axis's step grid (counted from its min), inside its range. */
export function snap(value: number, axis: DragAxis): number {
  if (!Number.isFinite(value)) return axis.min;
  const stepped = axis.min + Math.round((value - axis.min) / axis.step) * axis.step;
  // toFixed trims the binary dust of the multiplication: 1 + 31 × 0.1 is 4.1, not 4.1000000000000005.
  return clamp(Number(stepped.toFixed(10)) + 0, axis.min, axis.max);
}

/** One key's move: one step (or one big step) each way along an axis, or a jump to one end of it. */
export type KeyMove = { axis: 'x' | 'y'; by: 1 | -1; big: boolean } | { axis: 'x' | 'y'; to: 'min' | 'max' };

/** What a key does; `undefined` for a key the point ignores (Tab and the rest keep their usual meaning). */
export function keyMove(key: string, shift: boolean, axes: DragAxes): KeyMove | undefined {
  // One coordinate: every arrow moves it, as on a slider (up and right increase).
  const single = axes !== 'both';
  const horizontal = single ? axes : 'x';
  const vertical = single ? axes : 'y';
  switch (key) {
    case 'ArrowRight':
      return { axis: horizontal, by: 1, big: shift };
    case 'ArrowLeft':
      return { axis: horizontal, by: -1, big: shift };
    case 'ArrowUp':
      return { axis: vertical, by: 1, big: shift };
    case 'ArrowDown':
      return { axis: vertical, by: -1, big: shift };
    case 'PageUp':
      return { axis: vertical, by: 1, big: true };
    case 'PageDown':
      return { axis: vertical, by: -1, big: true };
    case 'Home':
      return { axis: horizontal, to: 'min' };
    case 'End':
      return { axis: horizontal, to: 'max' };
    default:
      return undefined;
  }
}

/** Where a key press takes the point, or undefined when the point does not use that key. */
export function moveByKey(current: Position, key: string, shift: boolean, axes: DragAxes, x: DragAxis, y: DragAxis): Position | undefined {
  const move = keyMove(key, shift, axes);
  if (!move) return undefined;
  const axis = move.axis === 'x' ? x : y;
  const next = 'to' in move ? axis[move.to] : snap(current[move.axis] + move.by * (move.big ? (axis.bigStep ?? 10) : 1) * axis.step, axis);
  return { ...current, [move.axis]: next };
}

/** Where a pointer at pixel (px, py) puts the point: snapped, in range, the fixed coordinate kept. */
export function moveToPointer(
  current: Position,
  px: number,
  py: number,
  scales: { x: LinearScale; y: LinearScale },
  axes: DragAxes,
  x: DragAxis,
  y: DragAxis,
): Position {
  return {
    x: axes === 'y' ? current.x : snap(invert(scales.x, px), x),
    y: axes === 'x' ? current.y : snap(invert(scales.y, py), y),
  };
}
