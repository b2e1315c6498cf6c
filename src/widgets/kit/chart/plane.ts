/**
 * A two-dimensional plot and its quadrants: the plot area inside a frame, a
 * linear scale on each axis with its ticks, and the four boxes two cut lines
 * make, each with a place for its label in the corner away from the cuts.
 * For any chart that places things on two measures (satisfaction × loyalty,
 * attitude × repeat purchase, importance × performance, quality × price).
 */
import { linearScale, ticksOf, type LinearScale, type Tick } from './scale';

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlaneOptions {
  width: number;
  height: number;
  x: readonly [number, number];
  y: readonly [number, number];
  /** Space around the plot for axes and labels. */
  margin?: Partial<Plot>;
  /** Tick labels. Default: the number as given. */
  formatX?: (value: number, decimals: number) => string;
  formatY?: (value: number, decimals: number) => string;
  /** About how many ticks on each axis. */
  ticks?: { x?: number; y?: number };
}

export interface Plane {
  plot: Plot;
  x: LinearScale;
  y: LinearScale;
  xTicks: Tick[];
  yTicks: Tick[];
}

const DEFAULT_MARGIN: Plot = { left: 48, right: 16, top: 16, bottom: 40 };

/** The plot inside a frame; the domains are used as given (not extended to round numbers), so cut lines and corners land where the model says. */
export function planeLayout(options: PlaneOptions): Plane {
  const m = { ...DEFAULT_MARGIN, ...options.margin };
  // A frame too small for its margins still gets a plot of at least one pixel, so nothing divides by zero.
  const plot = {
    left: m.left,
    right: Math.max(m.left + 1, options.width - m.right),
    top: m.top,
    bottom: Math.max(m.top + 1, options.height - m.bottom),
  };
  const x = linearScale(options.x, [plot.left, plot.right], { nice: false, count: options.ticks?.x });
  const y = linearScale(options.y, [plot.bottom, plot.top], { nice: false, count: options.ticks?.y });
  const plain = (v: number, d: number) => v.toFixed(d);
  return {
    plot,
    x,
    y,
    xTicks: ticksOf(x, options.formatX ?? plain),
    yTicks: ticksOf(y, options.formatY ?? plain),
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
  const cx = Math.min(plot.right, Math.max(plot.left, plane.x(cutX)));
  const cy = Math.min(plot.bottom, Math.max(plot.top, plane.y(cutY)));
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
