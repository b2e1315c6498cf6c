/**
 * The Pareto curve's geometry, pure: the share of revenue (up) brought by the
 * top share of customers (across), on a square plot; the diagonal where every
 * customer spends the same; the area between them (half the Gini
 * coefficient); the learner's point with its guides to both axes; where the
 * curve reaches 80% of revenue; and the 80/20 mark for comparison. A curve of
 * thousands of customers is drawn through a few hundred of its points, every
 * one of them on the exact curve.
 *
 * It takes the curve alone, whatever the customers' source.
 */
import type { LorenzPoint } from '$core';
import { formatNumber } from '../../lib/i18n';
import { planeLayout, type Plane, type Point } from '../kit/chart/plane';

export interface ParetoGeometry {
  plane: Plane;
  curve: string;
  ghost: string;
  diagonal: string;
  /** Between the curve and the diagonal. */
  area: string;
  point: Point;
  /** From the point down to the x axis and across to the y axis. */
  guides: string;
  reach80: Point;
  reach80Guides: string;
  mark8020: Point;
}

const f = (v: number) => v.toFixed(2);
const path = (points: readonly Point[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(p.x)},${f(p.y)}`).join('');

/** About `target` points of the curve, always its first and last: every one is a point of the exact curve. */
export function sampleCurve(curve: readonly LorenzPoint[], target = 400): LorenzPoint[] {
  if (curve.length <= target) return [...curve];
  const step = (curve.length - 1) / (target - 1);
  const out: LorenzPoint[] = [];
  let last = -1;
  for (let k = 0; k < target; k++) {
    const i = Math.round(k * step);
    if (i !== last) out.push(curve[i]);
    last = i;
  }
  if (last !== curve.length - 1) out.push(curve[curve.length - 1]);
  return out;
}

export interface ParetoInput {
  curve: readonly LorenzPoint[];
  ghost?: readonly LorenzPoint[];
  /** The learner's point: a share of customers and the revenue share there. */
  top: number;
  topShare: number;
  reach80: number;
  width: number;
  height: number;
}

export function paretoLayout(input: ParetoInput): ParetoGeometry {
  const narrow = input.width < 420;
  const plane = planeLayout({
    width: input.width,
    height: input.height,
    x: [0, 1],
    y: [0, 1],
    margin: { left: narrow ? 44 : 56, right: narrow ? 14 : 24, top: 12, bottom: 44 },
    equalUnits: true,
    format: (v) => `${formatNumber(v * 100)}%`,
  });
  const at = (p: LorenzPoint) => plane.at({ x: p.customerShare, y: p.revenueShare });
  const points = sampleCurve(input.curve).map(at);
  const origin = plane.at({ x: 0, y: 0 });
  const corner = plane.at({ x: 1, y: 1 });
  const point = plane.at({ x: input.top, y: input.topShare });
  const reach80 = plane.at({ x: input.reach80, y: 0.8 });
  const guidesTo = (p: Point) => `M${f(p.x)},${f(origin.y)}L${f(p.x)},${f(p.y)}L${f(origin.x)},${f(p.y)}`;
  return {
    plane,
    curve: path(points),
    ghost: input.ghost ? path(sampleCurve(input.ghost).map(at)) : '',
    diagonal: path([origin, corner]),
    // Up the curve, then back down the diagonal.
    area: `${path(points)}L${f(origin.x)},${f(origin.y)}Z`,
    point,
    guides: guidesTo(point),
    reach80,
    reach80Guides: guidesTo(reach80),
    mark8020: plane.at({ x: 0.2, y: 0.8 }),
  };
}
