/**
 * A two-dimensional plot, pure: the plot area inside a frame, a linear scale
 * on each axis with its ticks, the way back from a pixel to the data (for
 * points that are dragged), and the four boxes two cut lines make, each with
 * a place for its label. With `equalUnits` both axes get the same pixels per
 * unit, so the line y = x runs at 45°. For every chart that places things on
 * two measures (quality × price, satisfaction × loyalty, attitude × repeat
 * purchase, importance × performance).
 */
import { linearScale, ticksOf, type LinearScale, type Tick } from './scale';

export interface Point {
  x: number;
  y: number;
}

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

type Format = (value: number, decimals: number) => string;

export interface PlaneOptions {
  width: number;
  height: number;
  /** The data shown on each axis, used as given (not rounded out), so cut lines, corners and a dragged point's limits land where the model says. */
  x: readonly [number, number];
  y: readonly [number, number];
  /** Room around the plot for tick labels and axis titles, in pixels. */
  margin?: Partial<Plot>;
  /** The same pixels per unit on both axes; the plot is centred in the room left over. */
  equalUnits?: boolean;
  /** About how many ticks: on both axes, or on each. Default 5. */
  ticks?: number | { x?: number; y?: number };
  /** A tick's label, given the value and the decimals that tell neighbouring ticks apart; per axis if they differ. Default: the number as given. */
  format?: Format;
  formatX?: Format;
  formatY?: Format;
}

/** Where data sits in pixels and back: what a movable point needs of its chart. */
export interface Placement {
  plot: Plot;
  /** Data → pixels. */
  at(point: Point): Point;
  /** Pixels → data, held inside the axes' domains. */
  invert(px: number, py: number): Point;
}

export interface Plane extends Placement {
  x: LinearScale;
  y: LinearScale;
  xTicks: Tick[];
  yTicks: Tick[];
}

const DEFAULT_MARGIN: Plot = { left: 48, right: 16, top: 16, bottom: 40 };
const plain: Format = (v, d) => v.toFixed(d);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Where a point's handle sits: on the point, or on the plot's edge for a value the chart cannot show. */
export function onPlot(plane: Placement, point: Point): Point {
  const p = plane.at(point);
  const { left, right, top, bottom } = plane.plot;
  return { x: clamp(p.x, left, right), y: clamp(p.y, top, bottom) };
}

/** The plot two scales span (x left to right, y bottom to top), and the way between data and its pixels. */
export function placement(x: LinearScale, y: LinearScale): Placement {
  const [x0, x1] = x.domain;
  const [y0, y1] = y.domain;
  const [left, right] = x.range;
  const [bottom, top] = y.range;
  const back = (p: number, [p0, p1]: readonly [number, number], [d0, d1]: readonly [number, number]) =>
    p1 === p0 ? d0 : clamp(d0 + ((p - p0) / (p1 - p0)) * (d1 - d0), Math.min(d0, d1), Math.max(d0, d1));
  return {
    plot: { left, right, top, bottom },
    at: (p) => ({ x: x(p.x), y: y(p.y) }),
    invert: (px, py) => ({ x: back(px, x.range, x.domain), y: back(py, y.range, y.domain) }),
  };
}

/** A domain low end first; an empty one gets a unit of width, so nothing divides by zero. */
function ordered([a, b]: readonly [number, number]): [number, number] {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}

export function planeLayout(options: PlaneOptions): Plane {
  const m = { ...DEFAULT_MARGIN, ...options.margin };
  const [x0, x1] = ordered(options.x);
  const [y0, y1] = ordered(options.y);
  // A frame too small for its margins still gets a plot of at least one pixel.
  let left = m.left;
  let right = Math.max(left + 1, options.width - m.right);
  let top = m.top;
  let bottom = Math.max(top + 1, options.height - m.bottom);
  if (options.equalUnits) {
    const unit = Math.min((right - left) / (x1 - x0), (bottom - top) / (y1 - y0));
    const w = unit * (x1 - x0);
    const h = unit * (y1 - y0);
    left += (right - left - w) / 2;
    right = left + w;
    top += (bottom - top - h) / 2;
    bottom = top + h;
  }
  const ticks = typeof options.ticks === 'number' ? { x: options.ticks, y: options.ticks } : (options.ticks ?? {});
  const x = linearScale([x0, x1], [left, right], { nice: false, count: ticks.x });
  const y = linearScale([y0, y1], [bottom, top], { nice: false, count: ticks.y });
  return {
    ...placement(x, y),
    x,
    y,
    xTicks: ticksOf(x, options.formatX ?? options.format ?? plain),
    yTicks: ticksOf(y, options.formatY ?? options.format ?? plain),
  };
}

export type Corner = 'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight';
export const CORNERS: readonly Corner[] = ['topLeft', 'topRight', 'bottomLeft', 'bottomRight'];

export interface QuadrantBox {
  corner: Corner;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the label goes: inside the box's outer corner, anchored so it grows away from the edge. */
  label: { x: number; y: number; anchor: 'start' | 'end'; /** 'top' hangs below y; 'bottom' sits above it. */ align: 'top' | 'bottom' };
  /** The box's centre: for a label where the corners are crowded (curves that meet in one). */
  center: { x: number; y: number };
}

export interface Quadrants {
  boxes: Record<Corner, QuadrantBox>;
  /** The vertical cut (at x) and the horizontal cut (at y), as line ends. */
  cuts: { vertical: { x: number; y1: number; y2: number }; horizontal: { y: number; x1: number; x2: number } };
}

/** The four boxes that cut lines at data values (cutX, cutY) make of the plot; a cut outside the domain is kept to its edge. */
export function quadrants(plane: Plane, cutX: number, cutY: number, inset = 8): Quadrants {
  const { plot } = plane;
  const cx = clamp(plane.x(cutX), plot.left, plot.right);
  const cy = clamp(plane.y(cutY), plot.top, plot.bottom);
  const box = (corner: Corner, x0: number, x1: number, y0: number, y1: number): QuadrantBox => {
    const right = corner.endsWith('Right');
    const top = corner.startsWith('top');
    return {
      corner,
      x: x0,
      y: y0,
      width: x1 - x0,
      height: y1 - y0,
      label: { x: right ? x1 - inset : x0 + inset, y: top ? y0 + inset : y1 - inset, anchor: right ? 'end' : 'start', align: top ? 'top' : 'bottom' },
      center: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 },
    };
  };
  return {
    boxes: {
      topLeft: box('topLeft', plot.left, cx, plot.top, cy),
      topRight: box('topRight', cx, plot.right, plot.top, cy),
      bottomLeft: box('bottomLeft', plot.left, cx, cy, plot.bottom),
      bottomRight: box('bottomRight', cx, plot.right, cy, plot.bottom),
    },
    cuts: { vertical: { x: cx, y1: plot.top, y2: plot.bottom }, horizontal: { y: cy, x1: plot.left, x2: plot.right } },
  };
}

/** Which box a data point falls in; a point on a cut counts as the high side, as core's classifiers do. */
export function cornerOf(x: number, y: number, cutX: number, cutY: number): Corner {
  const high = y >= cutY;
  const right = x >= cutX;
  return high ? (right ? 'topRight' : 'topLeft') : right ? 'bottomRight' : 'bottomLeft';
}
