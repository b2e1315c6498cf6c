/**
 * The satisfaction–loyalty chart's geometry, pure: satisfaction 1–5 across,
 * loyalty 0–100% up; the three zones as bands; the four customer types as
 * quadrants cut at "satisfied" (4) and at even odds of staying (50%); this
 * market's curve and the two extremes; each customer's marker and a label
 * that does not sit on another. Positions are tested.
 */
import { LOYALTY_LIMITS, SATISFACTION_MAX, SATISFACTION_MIN, ZONE_BOUNDARIES, type CustomerType, type SatisfactionZone } from '$core';
import { formatNumber, formatPercent } from '../../lib/i18n';
import { planeLayout, quadrants, type Plane, type Quadrants } from '../kit/chart/plane';
import type { PlacedCustomer } from './state.svelte';

/** The cuts between high and low: core's defaults for customerType. */
export const SATISFIED = 4;
export const EVEN_ODDS = 0.5;

export interface ZoneBand {
  zone: SatisfactionZone;
  x: number;
  width: number;
  /** Centre of the band, for its label above the plot. */
  labelX: number;
}

export interface CustomerMark {
  index: number;
  x: number;
  y: number;
  type: CustomerType;
  /** Where the label goes, relative to the marker. */
  label: { dx: number; dy: number; anchor: 'start' | 'end' };
}

export interface SatisfactionGeometry extends Plane {
  zones: ZoneBand[];
  quadrants: Quadrants;
  line: string;
  captiveLine: string;
  competitiveLine: string;
  marks: CustomerMark[];
}

type Curve = readonly { satisfaction: number; loyalty: number }[];

const path = (plane: Plane, curve: Curve) =>
  curve.map((p, i) => `${i === 0 ? 'M' : 'L'}${plane.x(p.satisfaction).toFixed(2)},${plane.y(p.loyalty).toFixed(2)}`).join('');

/** About how wide a label is, in pixels at 12 px type: Latin letters about 6.6 px, Han characters 12. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.6;
  return w;
}

const LINE = 15;

/**
 * Labels to the right of their marker, or to the left where the plot ends;
 * a label that would overlap one already placed moves down a line, then up,
 * until it is clear (or has tried a few lines).
 */
export function placeLabels(
  points: readonly { index: number; x: number; y: number; text: string }[],
  plot: { left: number; right: number; top: number; bottom: number },
): CustomerMark['label'][] {
  const placed: { x0: number; x1: number; y: number }[] = [];
  const out: CustomerMark['label'][] = [];
  const order = [...points].sort((a, b) => a.y - b.y || a.x - b.x);
  const result = new Map<number, CustomerMark['label']>();
  for (const p of order) {
    const width = labelWidth(p.text);
    const right = p.x + 14 + width <= plot.right;
    const x0 = right ? p.x + 14 : p.x - 14 - width;
    const x1 = x0 + width;
    let dy = 4;
    for (const shift of [0, LINE, -LINE, 2 * LINE, -2 * LINE, 3 * LINE]) {
      const y = p.y + 4 + shift;
      const clear = placed.every((q) => q.x1 < x0 || q.x0 > x1 || Math.abs(q.y - y) >= LINE - 1);
      const inside = y - 11 >= plot.top - 4 && y + 2 <= plot.bottom + 4;
      if (clear && inside) {
        dy = 4 + shift;
        break;
      }
    }
    placed.push({ x0, x1, y: p.y + dy });
    result.set(p.index, { dx: right ? 14 : -14, dy, anchor: right ? 'start' : 'end' });
  }
  for (const p of points) out.push(result.get(p.index)!);
  return out;
}

export function satisfactionLayout(
  input: { curve: Curve; captive: Curve; competitive: Curve; customers: readonly PlacedCustomer[]; labels: readonly string[] },
  width: number,
  height: number,
): SatisfactionGeometry {
  const narrow = width < 480;
  const plane = planeLayout({
    width,
    height,
    x: [SATISFACTION_MIN, SATISFACTION_MAX],
    y: [LOYALTY_LIMITS.loyalty.min, LOYALTY_LIMITS.loyalty.max],
    margin: { left: narrow ? 52 : 58, right: 12, top: 28, bottom: 36 },
    formatX: (v) => formatNumber(v),
    formatY: (v) => formatPercent(v),
    ticks: { x: 4, y: 4 },
  });
  const { x, y, plot } = plane;
  const bounds = [SATISFACTION_MIN, ZONE_BOUNDARIES.indifference, ZONE_BOUNDARIES.affection, SATISFACTION_MAX];
  const zones = (['defection', 'indifference', 'affection'] as const).map((zone, i) => ({
    zone,
    x: x(bounds[i]),
    width: x(bounds[i + 1]) - x(bounds[i]),
    labelX: (x(bounds[i]) + x(bounds[i + 1])) / 2,
  }));
  const points = input.customers.map((c) => ({ index: c.index, x: x(c.satisfaction), y: y(c.loyalty), text: input.labels[c.index] ?? '' }));
  const labels = placeLabels(points, plot);
  return {
    ...plane,
    zones,
    quadrants: quadrants(plane, SATISFIED, EVEN_ODDS),
    line: path(plane, input.curve),
    captiveLine: path(plane, input.captive),
    competitiveLine: path(plane, input.competitive),
    marks: input.customers.map((c, i) => ({ index: c.index, x: points[i].x, y: points[i].y, type: c.type, label: labels[i] })),
  };
}

/** Each type has a shape of its own, so the chart reads without colour: circle, diamond, square, triangle. */
export function markerPath(type: CustomerType, r = 8): string {
  switch (type) {
    case 'loyalist':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'mercenary': {
      const d = r * 1.25;
      return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
    }
    case 'hostage': {
      const h = r * 0.85;
      return `M${-h},${-h}H${h}V${h}H${-h}Z`;
    }
    case 'defector':
      return `M${-r * 1.1},${-r * 0.75}H${r * 1.1}L0,${r * 1.05}Z`;
  }
}
