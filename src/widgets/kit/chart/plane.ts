/**
 * A 2-D plot's geometry, pure: two linear scales over a plot area, their
 * ticks, and the way back from a pixel to the data (for points that are
 * dragged). With `equalUnits` both axes get the same pixels per unit, so the
 * line y = x runs at 45° and a distance looks as long across as up. Shared by
 * every chart that places things on two value axes (a value map, a quadrant
 * matrix, a scatter of satisfaction against loyalty).
 */
import { linearScale, ticksOf, type LinearScale, type Tick } from './scale';

export interface Point {
  x: number;
  y: number;
}

export interface PlaneOptions {
  width: number;
  height: number;
  /** The data shown on each axis. Kept as given (no rounding out), so a dragged point's limits are the plot's edges. */
  x: readonly [number, number];
  y: readonly [number, number];
  /** Room around the plot for tick labels and axis titles, in pixels. */
  margin?: Partial<Record<'left' | 'right' | 'top' | 'bottom', number>>;
  /** The same pixels per unit on both axes; the plot is centred in the room left over. */
  equalUnits?: boolean;
  /** About how many ticks on each axis. Default 5. */
  ticks?: number;
  /** A tick's label: the value and the decimals that tell neighbouring ticks apart. */
  format: (value: number, decimals: number) => string;
}

export interface Plane {
  plot: { left: number; right: number; top: number; bottom: number };
  x: LinearScale;
  y: LinearScale;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Data → pixels. */
  at(point: Point): Point;
  /** Pixels → data, held inside the axes' domains. */
  invert(px: number, py: number): Point;
}

const DEFAULT_MARGIN = { left: 48, right: 16, top: 12, bottom: 40 };

export function planeLayout(options: PlaneOptions): Plane {
  const margin = { ...DEFAULT_MARGIN, ...options.margin };
  const [x0, x1] = ordered(options.x);
  const [y0, y1] = ordered(options.y);
  let left = margin.left;
  let right = Math.max(left + 1, options.width - margin.right);
  let top = margin.top;
  let bottom = Math.max(top + 1, options.height - margin.bottom);
  if (options.equalUnits) {
    const unit = Math.min((right - left) / (x1 - x0), (bottom - top) / (y1 - y0));
    const w = unit * (x1 - x0);
    const h = unit * (y1 - y0);
    left += (right - left - w) / 2;
    right = left + w;
    top += (bottom - top - h) / 2;
    bottom = top + h;
  }
  const count = options.ticks ?? 5;
  const x = linearScale([x0, x1], [left, right], { nice: false, count });
  const y = linearScale([y0, y1], [bottom, top], { nice: false, count });
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    plot: { left, right, top, bottom },
    x,
    y,
    xTicks: ticksOf(x, options.format),
    yTicks: ticksOf(y, options.format),
    at: (p) => ({ x: x(p.x), y: y(p.y) }),
    invert: (px, py) => ({
      x: clamp(x0 + ((px - left) / (right - left)) * (x1 - x0), x0, x1),
      y: clamp(y0 + ((bottom - py) / (bottom - top)) * (y1 - y0), y0, y1),
    }),
  };
}

/** A domain low end first; an empty one gets a unit of width, so nothing divides by zero. */
function ordered([a, b]: readonly [number, number]): [number, number] {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return hi > lo ? [lo, hi] : [lo, lo + 1];
}
