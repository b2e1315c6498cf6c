/**
 * The service management matrix's geometry, pure: a square plot of importance
 * (across) against performance (up), both 1–5; the target corridor along the
 * diagonal and the over- and under-performing regions either side of it; our
 * point and the competitor's for each attribute, the survey's position as a
 * ghost when the learner moved a point, and a name label beside each point
 * placed where it covers no other point or label. Positions are tested.
 */
import type { AttributeAssessment } from '$core';
import { formatNumber } from '../../lib/i18n';
import { planeLayout, type Plane } from '../kit/chart/plane';
import { polygonPath, regionBetween } from '../kit/chart/regions';
import { textWidth } from '../kit/chart/wrap';
import type { Ratings } from './segments';

/** The axes run a little past the scale's ends, so a point rated 1 or 5 is drawn whole. */
export const DOMAIN = [0.5, 5.5] as const;
export const POINT_RADIUS = 11;
const LABEL_SIZE = 12;

export interface MatrixPoint {
  index: number;
  id: string;
  /** Ours. */
  x: number;
  y: number;
  /** The main competitor's, at the same importance (nudged sideways when two attributes share it). */
  competitorX: number;
  competitorY: number;
  /** The competitor's mark sits under ours (the same rating): its letter is not drawn, the table says "level". */
  competitorHidden: boolean;
  /** Where the survey put ours, when the learner has moved it. */
  ghost?: { x: number; y: number };
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle' };
  corridor: AttributeAssessment['corridor'];
}

export interface MatrixGeometry {
  /** Both axes, equal units, so the diagonal runs at 45°. */
  plane: Plane;
  over: string;
  corridor: string;
  under: string;
  /** The line performance = importance, across the plot. */
  diagonal: { x1: number; y1: number; x2: number; y2: number };
  points: MatrixPoint[];
  /** Where the regions' names go: each inside its region, clear of the corridor and of the points where it can be. */
  regionLabels: { over: { x: number; y: number }; under: { x: number; y: number }; corridor: { x: number; y: number; angle: number } };
}

export interface MatrixInput {
  attributes: readonly AttributeAssessment[];
  /** The channel's survey ratings, for ghosts of moved points. */
  survey?: Ratings;
  /** The short names drawn beside the points, in attribute order. */
  names: readonly string[];
  /** The regions' names as drawn (name and a second line), so labels and points keep clear of them. */
  regionNames: { over: readonly string[]; under: readonly string[] };
  tolerance: number;
  width: number;
  height: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The chart's height for a width: square plot plus the axes, never taller than a laptop screen can show with the controls. */
export function matrixHeight(width: number): number {
  return Math.round(Math.min(Math.max(width, 280), 480) + 12);
}

export function matrixLayout({ attributes, survey, names, regionNames, tolerance, width, height }: MatrixInput): MatrixGeometry {
  const narrow = width < 420;
  const g = planeLayout({
    width,
    height,
    x: DOMAIN,
    y: DOMAIN,
    equalUnits: true,
    margin: { left: narrow ? 40 : 52, right: 12, top: 8, bottom: narrow ? 40 : 46 },
    format: (v) => formatNumber(v),
  });
  const domain = { x: DOMAIN, y: DOMAIN };
  const w = tolerance;
  const lower = { slope: 1, intercept: -w };
  const upper = { slope: 1, intercept: w };

  const circles: Box[] = attributes.map((a) => {
    const cx = g.x(a.importance);
    const cy = g.y(a.performance);
    return { left: cx - POINT_RADIUS, right: cx + POINT_RADIUS, top: cy - POINT_RADIUS, bottom: cy + POINT_RADIUS };
  });
  // The regions' names first, so the points' labels keep clear of them: each in its corner, or a little further in if a point sits there.
  const regionBox = (x: number, y: number, anchor: 'start' | 'end', lines: readonly string[]): Box => {
    const wide = Math.max(...lines.map((l) => textWidth(l, 13)));
    return { left: anchor === 'start' ? x : x - wide, right: anchor === 'start' ? x + wide : x, top: y - 13, bottom: y + 19 };
  };
  const clearOf = (b: Box) => !circles.some((c) => overlaps(b, c));
  const overAt = [0, 44, 88].map((dy) => ({ x: g.plot.left + 8, y: g.plot.top + 18 + dy }));
  const underAt = [0, 44, 88].map((dy) => ({ x: g.plot.right - 8, y: g.plot.bottom - 24 - dy }));
  const over = overAt.find((p) => clearOf(regionBox(p.x, p.y, 'start', regionNames.over))) ?? overAt[0];
  const under = underAt.find((p) => clearOf(regionBox(p.x, p.y, 'end', regionNames.under))) ?? underAt[0];
  // Attributes of equal importance would draw their competitor marks on one vertical line: spread them apart.
  const sameX = (i: number) => attributes.filter((b, j) => j < i && b.importance === attributes[i].importance).length;
  const competitorX = (i: number) => g.x(attributes[i].importance) + [0, 7, -7, 14, -14, 21][sameX(i)];
  // The competitors' triangles (with their letters) are obstacles for the names too.
  const triangles: Box[] = attributes.map((a, i) => {
    const tx = competitorX(i);
    const ty = g.y(a.competitorPerformance);
    return { left: tx - 8, right: tx + 16, top: ty - 8, bottom: ty + 6 };
  });
  const placed: Box[] = [regionBox(over.x, over.y, 'start', regionNames.over), regionBox(under.x, under.y, 'end', regionNames.under), ...triangles];
  const points = attributes.map((a, i): MatrixPoint => {
    const x = g.x(a.importance);
    const y = g.y(a.performance);
    const name = names[i] ?? a.id;
    const wide = textWidth(name, LABEL_SIZE);
    const gap = POINT_RADIUS + 4;
    // Right, left, below, above: the first that stays in the plot and covers nothing.
    const candidates = [
      { x: x + gap, y: y + 4, anchor: 'start' as const, box: { left: x + gap, right: x + gap + wide, top: y - 8, bottom: y + 8 } },
      { x: x - gap, y: y + 4, anchor: 'end' as const, box: { left: x - gap - wide, right: x - gap, top: y - 8, bottom: y + 8 } },
      { x, y: y + gap + 12, anchor: 'middle' as const, box: { left: x - wide / 2, right: x + wide / 2, top: y + gap, bottom: y + gap + 16 } },
      { x, y: y - gap - 4, anchor: 'middle' as const, box: { left: x - wide / 2, right: x + wide / 2, top: y - gap - 16, bottom: y - gap } },
    ];
    const inside = (b: Box) => b.left >= g.plot.left && b.right <= g.plot.right && b.top >= g.plot.top && b.bottom <= g.plot.bottom;
    const free = (b: Box) => inside(b) && !circles.some((c, j) => j !== i && overlaps(b, c)) && !placed.some((p) => overlaps(b, p));
    const chosen = candidates.find((c) => free(c.box)) ?? candidates.find((c) => inside(c.box)) ?? candidates[0];
    placed.push(chosen.box);
    const moved = survey && (survey.importance[i] !== a.importance || survey.performance[i] !== a.performance);
    return {
      index: i,
      id: a.id,
      x,
      y,
      competitorX: competitorX(i),
      competitorY: g.y(a.competitorPerformance),
      competitorHidden: Math.hypot(competitorX(i) - x, g.y(a.competitorPerformance) - y) < POINT_RADIUS,
      ghost: moved ? { x: g.x(survey.importance[i]), y: g.y(survey.performance[i]) } : undefined,
      label: { x: chosen.x, y: chosen.y, anchor: chosen.anchor },
      corridor: a.corridor,
    };
  });

  return {
    plane: g,
    over: polygonPath(regionBetween(domain, upper), g.x, g.y),
    corridor: polygonPath(regionBetween(domain, lower, upper), g.x, g.y),
    under: polygonPath(regionBetween(domain, undefined, lower), g.x, g.y),
    diagonal: { x1: g.x(DOMAIN[0]), y1: g.y(DOMAIN[0]), x2: g.x(DOMAIN[1]), y2: g.y(DOMAIN[1]) },
    points,
    regionLabels: {
      over,
      under,
      // Along the diagonal near its low end, where ratings are rarely given, turned to run with it (the plot is square, so −45°).
      corridor: { x: g.x(1.45), y: g.y(1.45), angle: -45 },
    },
  };
}
