/**
 * Regions of a 2-D plot bounded by straight lines, pure: the band along a
 * diagonal (a target corridor, a fair-value zone) and the half-planes either
 * side of it, clipped to the plot's domain, as polygons in the data's units
 * and as SVG paths in pixels. Builds on plane.ts's scales.
 */
import type { Point } from './plane';
import type { LinearScale } from './scale';

/** A line y = slope · x + intercept, in the plot's values. */
export interface Line {
  slope: number;
  intercept: number;
}

/** Keeps the part of a convex polygon where `side` is not negative (Sutherland–Hodgman against one boundary). */
function clip(polygon: Point[], side: (p: Point) => number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const b = polygon[(i + 1) % polygon.length];
    const sa = side(a);
    const sb = side(b);
    if (sa >= 0) out.push(a);
    if (sa >= 0 !== sb >= 0) {
      const t = sa / (sa - sb);
      out.push({ x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) });
    }
  }
  return out;
}

/** The area of a polygon (shoelace), in the units of its coordinates. */
export function polygonArea(polygon: readonly Point[]): number {
  let twice = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const b = polygon[(i + 1) % polygon.length];
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}

/**
 * The region of the rectangle [x0, x1] × [y0, y1] lying above `below` and
 * under `above` (either may be left out: a half-plane, or the whole
 * rectangle). Vertices in values, in order; empty when nothing is left.
 */
export function regionBetween(domain: { x: readonly [number, number]; y: readonly [number, number] }, below?: Line, above?: Line): Point[] {
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  let polygon: Point[] = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
  if (below) polygon = clip(polygon, (p) => p.y - (below.slope * p.x + below.intercept));
  if (above && polygon.length > 0) polygon = clip(polygon, (p) => above.slope * p.x + above.intercept - p.y);
  // A region squeezed to a line (a corridor of width 0) has nothing to draw.
  return polygon.length >= 3 && polygonArea(polygon) > 1e-12 ? polygon : [];
}

/** A polygon in values as an SVG path in pixels ('' for an empty one). */
export function polygonPath(polygon: readonly Point[], x: LinearScale, y: LinearScale): string {
  if (polygon.length === 0) return '';
  return polygon.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(2)},${y(p.y).toFixed(2)}`).join('') + 'Z';
}
