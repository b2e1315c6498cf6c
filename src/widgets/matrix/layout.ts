/**
 * The profitability matrix's geometry, pure: cost to serve across, net sales
 * value up, the two thresholds cutting the plot into four quadrants, each
 * quadrant named in its own corner of the plot (so the name stays inside it
 * wherever the thresholds go), and a numbered mark per customer.
 */
import type { Quadrant } from '$core';
import { formatNumber } from '../../lib/i18n';
import { planeLayout, type Plane, type Point } from '../kit/chart/plane';
import { RANGE } from './codec';

export interface QuadrantBox {
  key: Quadrant;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label's anchor point, in the quadrant's outer corner. */
  label: { x: number; y: number; anchor: 'start' | 'end' };
}

export interface Mark extends Point {
  number: number;
  quadrant: Quadrant;
}

export interface MatrixGeometry {
  plane: Plane;
  quadrants: QuadrantBox[];
  /** The threshold lines: x of the cost threshold, y of the NSV threshold. */
  costX: number;
  nsvY: number;
  marks: Mark[];
}

export interface MatrixInput {
  customers: readonly { netSalesValue: number; costToServe: number; number: number }[];
  quadrants: readonly Quadrant[];
  nsvThreshold: number;
  costThreshold: number;
  width: number;
  height: number;
}

export function matrixLayout(input: MatrixInput): MatrixGeometry {
  const narrow = input.width < 480;
  const plane = planeLayout({
    width: input.width,
    height: input.height,
    x: [RANGE.costToServe.min, RANGE.costToServe.max],
    y: [RANGE.netSalesValue.min, RANGE.netSalesValue.max],
    margin: { left: narrow ? 58 : 62, right: 14, top: 12, bottom: 46 },
    format: (v) => formatNumber(v),
  });
  const { left, right, top, bottom } = plane.plot;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const costX = clamp(plane.x(input.costThreshold), left, right);
  const nsvY = clamp(plane.y(input.nsvThreshold), top, bottom);
  const box = (key: Quadrant, x0: number, x1: number, y0: number, y1: number, corner: 'tl' | 'tr' | 'bl' | 'br'): QuadrantBox => ({
    key,
    x: x0,
    y: y0,
    width: x1 - x0,
    height: y1 - y0,
    label: {
      x: corner.endsWith('l') ? left + 8 : right - 8,
      y: corner.startsWith('t') ? top + 18 : bottom - 10,
      anchor: corner.endsWith('l') ? 'start' : 'end',
    },
  });
  return {
    plane,
    quadrants: [
      box('protect', left, costX, top, nsvY, 'tl'),
      box('adjust-costs', costX, right, top, nsvY, 'tr'),
      box('develop', left, costX, nsvY, bottom, 'bl'),
      box('danger', costX, right, nsvY, bottom, 'br'),
    ],
    costX,
    nsvY,
    marks: input.customers.map((c, i) => ({ ...plane.at({ x: c.costToServe, y: c.netSalesValue }), number: c.number, quadrant: input.quadrants[i] })),
  };
}
