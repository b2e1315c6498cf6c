/**
 * The value map's geometry, pure: a square plot of relative quality (x)
 * against relative price (y) with the same scale on both, so the fair-value
 * line y = x runs corner to corner at 45°; the better-value region below it,
 * the worse-value region above it, the fair band around it; each company's
 * mark, label and its perpendicular distance to the line. Positions are tested.
 */
import { CUSTOMER_VALUE_LIMITS, FAIR_VALUE_TOLERANCE } from '$core';
import { formatNumber } from '../../lib/i18n';
import { planeLayout, type Plane, type Point } from '../kit/chart/plane';
import type { CompanyId } from './codec';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';
/** Each company has a shape of its own, so the map reads without colour. */
export const SHAPES: Record<CompanyId, Shape> = { us: 'circle', premium: 'square', value: 'triangle', laggard: 'diamond' };

export interface MapMark {
  id: CompanyId;
  /** The mark's centre, held inside the plot. */
  x: number;
  y: number;
  /** The company lies beyond the map's edge: its mark sits on the edge. */
  clipped: boolean;
  /** SVG path of its shape. */
  d: string;
  /** Where its name goes, and which way the text runs from there. */
  label: { x: number; y: number; anchor: 'start' | 'end' };
  /** The perpendicular from the mark to the fair-value line (absent for a clipped mark). */
  gap?: { x1: number; y1: number; x2: number; y2: number };
}

export interface ValueMapGeometry {
  plane: Plane;
  /** The fair-value line, corner to corner. */
  line: { x1: number; y1: number; x2: number; y2: number };
  better: string;
  worse: string;
  /** Within the tolerance either side of the line, which still counts as fair value. */
  fairBand: string;
  regionLabels: { better: Point; worse: Point; line: Point & { angle: number } };
  marks: MapMark[];
  ghosts: MapMark[];
}

export const polygon = (points: readonly Point[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)},${p.y.toFixed(2)}`).join('') + 'Z';

/** A shape of about the same area as a circle of radius r, centred on (x, y). */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${(x - r).toFixed(2)},${y.toFixed(2)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const h = r * 0.886; // equal area: (2h)² = πr²
      return polygon([{ x: x - h, y: y - h }, { x: x + h, y: y - h }, { x: x + h, y: y + h }, { x: x - h, y: y + h }]);
    }
    case 'triangle': {
      const s = r * 1.35;
      return polygon([{ x, y: y - s }, { x: x + s * 0.866, y: y + s / 2 }, { x: x - s * 0.866, y: y + s / 2 }]);
    }
    case 'diamond': {
      const s = r * 1.25;
      return polygon([{ x, y: y - s }, { x: x + s, y }, { x, y: y + s }, { x: x - s, y }]);
    }
  }
}

export interface Placed {
  id: CompanyId;
  quality: number;
  price: number;
}

export function valueMapLayout(companies: readonly Placed[], ghosts: readonly Placed[] | undefined, width: number, height: number): ValueMapGeometry {
  const { min, max } = CUSTOMER_VALUE_LIMITS.relative;
  const narrow = width < 480;
  const plane = planeLayout({
    width,
    height,
    x: [min, max],
    y: [min, max],
    margin: { left: narrow ? 50 : 56, right: 12, top: 10, bottom: 44 },
    equalUnits: true,
    format: (v, d) => formatNumber(v, Math.max(1, d)),
  });
  const at = (x: number, y: number) => plane.at({ x, y });
  const t = FAIR_VALUE_TOLERANCE;
  const corner = { lo: at(min, min), hi: at(max, max) };
  const r = narrow ? 7 : 8;

  const markOf = (c: Placed): MapMark => {
    const p = at(c.quality, c.price);
    const { left, right, top, bottom } = plane.plot;
    const x = Math.min(right, Math.max(left, p.x));
    const y = Math.min(bottom, Math.max(top, p.y));
    const clipped = x !== p.x || y !== p.y;
    // Names go to the right of the mark, or to its left near the right edge.
    const toLeft = x > right - (narrow ? 90 : 120);
    const foot = (c.quality + c.price) / 2;
    return {
      id: c.id,
      x,
      y,
      clipped,
      d: shapePath(SHAPES[c.id], x, y, r),
      label: { x: x + (toLeft ? -(r + 6) : r + 6), y: y + 4, anchor: toLeft ? 'end' : 'start' },
      gap: clipped ? undefined : { x1: x, y1: y, x2: at(foot, foot).x, y2: at(foot, foot).y },
    };
  };

  const lineAngle = (Math.atan2(corner.hi.y - corner.lo.y, corner.hi.x - corner.lo.x) * 180) / Math.PI;
  return {
    plane,
    line: { x1: corner.lo.x, y1: corner.lo.y, x2: corner.hi.x, y2: corner.hi.y },
    better: polygon([at(min, min), at(max, min), at(max, max)]),
    worse: polygon([at(min, min), at(min, max), at(max, max)]),
    fairBand: polygon([at(min, min), at(min, min + t), at(max - t, max), at(max, max), at(max, max - t), at(min + t, min)]),
    regionLabels: {
      better: at(min + 0.78 * (max - min), min + 0.1 * (max - min)),
      worse: at(min + 0.22 * (max - min), min + 0.9 * (max - min)),
      line: { ...at(min + 0.06 * (max - min), min + 0.06 * (max - min)), angle: lineAngle },
    },
    marks: companies.map(markOf),
    ghosts: (ghosts ?? []).map(markOf),
  };
}
