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
  /** Where its name goes (the text's baseline), and which way the text runs from there. */
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
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

/** About how wide a label is, in pixels: CJK characters are square, Latin ones a little over half as wide. */
export function textWidth(text: string, size = 13): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? size : size * 0.6;
  return width;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const overlapArea = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * Each mark's name beside it: to the right if there is room, else left, above or below, whichever
 * first clears the plot's edges, the other marks and the names already placed (ours is placed first).
 * If none is clear, the place that overlaps least.
 */
export function placeLabels(marks: readonly { x: number; y: number }[], widths: readonly number[], r: number, plot: Plane['plot']): MapMark['label'][] {
  const height = 14;
  const taken: Box[] = marks.map((m) => ({ x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r }));
  return marks.map((m, i) => {
    const w = widths[i];
    const candidates: { label: MapMark['label']; box: Box }[] = [
      { label: { x: m.x + r + 6, y: m.y + 4, anchor: 'start' }, box: { x0: m.x + r + 6, y0: m.y - 9, x1: m.x + r + 6 + w, y1: m.y + 5 } },
      { label: { x: m.x - r - 6, y: m.y + 4, anchor: 'end' }, box: { x0: m.x - r - 6 - w, y0: m.y - 9, x1: m.x - r - 6, y1: m.y + 5 } },
      { label: { x: m.x, y: m.y - r - 6, anchor: 'middle' }, box: { x0: m.x - w / 2, y0: m.y - r - 6 - height + 3, x1: m.x + w / 2, y1: m.y - r - 3 } },
      { label: { x: m.x, y: m.y + r + 15, anchor: 'middle' }, box: { x0: m.x - w / 2, y0: m.y + r + 3, x1: m.x + w / 2, y1: m.y + r + 3 + height } },
    ];
    const others = taken.filter((_, j) => j !== i);
    const inside = (b: Box) => b.x0 >= plot.left && b.x1 <= plot.right + 12 && b.y0 >= plot.top && b.y1 <= plot.bottom;
    const cost = (b: Box) => (inside(b) ? 0 : 1e6) + others.reduce((sum, o) => sum + overlapArea(b, o), 0);
    const clear = candidates.find((c) => inside(c.box) && !others.some((o) => overlaps(c.box, o)));
    const chosen = clear ?? candidates.reduce((best, c) => (cost(c.box) < cost(best.box) ? c : best));
    taken.push(chosen.box);
    return chosen.label;
  });
}

export interface Placed {
  id: CompanyId;
  quality: number;
  price: number;
}

/** `names` gives each company's label, to keep the labels clear of each other (absent: the id). */
export function valueMapLayout(
  companies: readonly Placed[],
  ghosts: readonly Placed[] | undefined,
  width: number,
  height: number,
  names: (id: CompanyId) => string = (id) => id,
): ValueMapGeometry {
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
    const foot = (c.quality + c.price) / 2;
    return {
      id: c.id,
      x,
      y,
      clipped,
      d: shapePath(SHAPES[c.id], x, y, r),
      label: { x: x + r + 6, y: y + 4, anchor: 'start' },
      gap: clipped ? undefined : { x1: x, y1: y, x2: at(foot, foot).x, y2: at(foot, foot).y },
    };
  };

  const withLabels = (marks: MapMark[]) => {
    const labels = placeLabels(marks, marks.map((m) => textWidth(names(m.id))), r, plane.plot);
    return marks.map((m, i) => ({ ...m, label: labels[i] }));
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
    marks: withLabels(companies.map(markOf)),
    ghosts: (ghosts ?? []).map(markOf),
  };
}
