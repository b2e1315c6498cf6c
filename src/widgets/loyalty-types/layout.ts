/**
 * The loyalty-type matrix's geometry, pure: repeat purchase across, relative
 * attitude up, both 0–1 and cut at 0.5 as core's dickBasuType cuts them; the
 * four types as quadrants; the customer (and, once changed, where they
 * started) at their two scores.
 */
import type { DickBasuType } from '$core';
import { CORNERS, planeLayout, quadrants, type Corner, type Plane, type Quadrants } from '../kit/chart/plane';
import type { Tick } from '../kit/chart/scale';

export const THRESHOLD = 0.5;

/** Which type each box holds: high attitude at the top, high repeat purchase on the right. */
export const TYPE_AT: Record<Corner, DickBasuType> = { topRight: 'loyalty', topLeft: 'latent', bottomRight: 'spurious', bottomLeft: 'none' };

export interface MatrixGeometry extends Plane {
  quadrants: Quadrants;
  /** Where each box's name goes: its centre, or off it where the customer (or the ghost) sits there. */
  labels: Record<Corner, { x: number; y: number }>;
  /** "Low" and "High" under each half of an axis. */
  xHalves: Tick[];
  yHalves: Tick[];
  customer: { x: number; y: number };
  ghost?: { x: number; y: number };
}

export function matrixLayout(
  at: { relativeAttitude: number; repeatPatronage: number },
  start: { relativeAttitude: number; repeatPatronage: number } | undefined,
  words: { low: string; high: string },
  width: number,
  height: number,
): MatrixGeometry {
  const plane = planeLayout({ width, height, x: [0, 1], y: [0, 1], margin: { left: 44, right: 8, top: 8, bottom: 44 } });
  const halves = (scale: Plane['x']): Tick[] => [
    { value: 0.25, at: scale(0.25), label: words.low },
    { value: 0.75, at: scale(0.75), label: words.high },
  ];
  const place = (p: { relativeAttitude: number; repeatPatronage: number }) => ({ x: plane.x(p.repeatPatronage), y: plane.y(p.relativeAttitude) });
  const q = quadrants(plane, THRESHOLD, THRESHOLD);
  const dots = [place(at), ...(start ? [place(start)] : [])];
  const labels = {} as Record<Corner, { x: number; y: number }>;
  for (const corner of CORNERS) {
    const box = q.boxes[corner];
    const { x, y } = box.center;
    // A dot within a label's reach pushes the label a line and a half up or down, away from it.
    const near = dots.find((d) => Math.abs(d.x - x) < 70 && Math.abs(d.y - y) < 20);
    labels[corner] = near ? { x, y: near.y >= y ? y - 24 : y + 24 } : { x, y };
  }
  return {
    ...plane,
    quadrants: q,
    labels,
    xHalves: halves(plane.x),
    yHalves: halves(plane.y),
    customer: place(at),
    ghost: start ? place(start) : undefined,
  };
}
