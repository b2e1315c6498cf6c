/**
 * Geometry for the always-a-share widget, pure and tested by positions:
 * - the flow: one box per recency state in a row, an arrow on to the next
 *   state (no purchase) and an arc back to state 1 (a purchase);
 * - the distribution: one stacked bar per period, a segment per state,
 *   state 1 at the bottom.
 */
import { formatNumber, formatPercent } from '../../lib/i18n';
import { bandScale, linearScale, ticksOf, type Tick } from '../kit/chart/scale';

export interface StateBox {
  state: number;
  x: number;
  y: number;
  width: number;
  height: number;
  cx: number;
}

export interface Arrow {
  from: number;
  to: number;
  /** SVG path. */
  d: string;
  /** Where its label sits. */
  labelX: number;
  labelY: number;
  /** The chance it carries; arrows with none are not drawn. */
  chance: number;
}

export interface FlowGeometry {
  height: number;
  boxes: StateBox[];
  /** No purchase: on to the next state (the last state loops on itself). */
  onward: Arrow[];
  /** A purchase: back to state 1 (state 1's own purchase loops on itself). */
  back: Arrow[];
}

const ARC_STEP = 20;

export function flowLayout(repeat: readonly number[], width: number): FlowGeometry {
  const n = repeat.length;
  const gap = Math.min(36, Math.max(18, width / (n * 4)));
  const boxWidth = Math.min(120, (width - 16 - gap * (n - 1)) / n);
  const total = n * boxWidth + (n - 1) * gap;
  const left = (width - total) / 2;
  // Arcs back to state 1 nest above the row: the farther the state, the higher its arc.
  const top = 26 + ARC_STEP * n;
  const boxHeight = 56;
  const boxes = repeat.map((_, k) => {
    const x = left + k * (boxWidth + gap);
    return { state: k + 1, x, y: top, width: boxWidth, height: boxHeight, cx: x + boxWidth / 2 };
  });
  const midY = top + boxHeight / 2;
  const onward: Arrow[] = repeat.map((p, k) => {
    const b = boxes[k];
    if (k === n - 1) {
      // The last state keeps those who do not buy: a loop under its box.
      const y = top + boxHeight;
      return { from: k + 1, to: k + 1, d: `M${(b.cx - 12).toFixed(2)},${y}C${(b.cx - 22).toFixed(2)},${y + 26} ${(b.cx + 22).toFixed(2)},${y + 26} ${(b.cx + 12).toFixed(2)},${y}`, labelX: b.cx, labelY: y + 34, chance: 1 - p };
    }
    const x1 = b.x + b.width;
    const x2 = boxes[k + 1].x;
    // A label needs about 30 px; where the gap between boxes is narrower, it goes under the row.
    const labelY = gap >= 30 ? midY + 18 : top + boxHeight + 14;
    return { from: k + 1, to: k + 2, d: `M${x1.toFixed(2)},${midY}L${(x2 - 1).toFixed(2)},${midY}`, labelX: (x1 + x2) / 2, labelY, chance: 1 - p };
  });
  const back: Arrow[] = repeat.map((p, k) => {
    const b = boxes[k];
    const home = boxes[0];
    if (k === 0) {
      // State 1's own purchase: a small loop over its left side.
      const y = top;
      const a = b.x + b.width * 0.12;
      const z = b.x + b.width * 0.36;
      return { from: 1, to: 1, d: `M${a.toFixed(2)},${y}C${(a - 8).toFixed(2)},${y - 26} ${(z + 6).toFixed(2)},${y - 26} ${z.toFixed(2)},${y - 1}`, labelX: (a + z) / 2, labelY: y - 24, chance: p };
    }
    const peak = top - 12 - ARC_STEP * k;
    const from = b.cx - Math.min(10, b.width / 4);
    // Each arc lands on its own spot along state 1's top, left to right as the states go out.
    const to = home.x + home.width * (0.5 + (0.42 * k) / n);
    return { from: k + 1, to: 1, d: `M${from.toFixed(2)},${top}C${from.toFixed(2)},${peak} ${to.toFixed(2)},${peak} ${to.toFixed(2)},${top - 1}`, labelX: (from + to) / 2, labelY: top - 0.75 * (top - peak) - 4, chance: p };
  });
  return { height: top + boxHeight + 44, boxes, onward, back };
}

export interface Segment {
  state: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DistributionGeometry {
  plot: { left: number; right: number; top: number; bottom: number };
  /** One stack per period, bottom to top state 1, 2, … */
  stacks: Segment[][];
  /** Another distribution's state boundaries (the lab's A), one line per boundary per period, over the same bars. */
  ghost: { x1: number; x2: number; y: number }[];
  periodTicks: Tick[];
  shareTicks: Tick[];
}

export function distributionLayout(rows: readonly (readonly number[])[], width: number, height: number, ghostRows?: readonly (readonly number[])[]): DistributionGeometry {
  const narrow = width < 480;
  const plot = { left: narrow ? 40 : 48, right: width - 8, top: 8, bottom: height - 26 };
  const periods = rows.map((_, t) => t);
  const x = bandScale(periods, [plot.left, plot.right], 0.2);
  const y = linearScale([0, 1], [plot.bottom, plot.top], { nice: false });
  const stacks = rows.map((row, t) => {
    let below = 0;
    return row.map((share, k) => {
      const segment = { state: k + 1, x: x(t), y: y(below + share), width: x.bandwidth, height: y(below) - y(below + share) };
      below += share;
      return segment;
    });
  });
  const ghost = (ghostRows ?? []).slice(0, rows.length).flatMap((row, t) => {
    let below = 0;
    return row.slice(0, -1).map((share) => {
      below += share;
      return { x1: x(t), x2: x(t) + x.bandwidth, y: y(below) };
    });
  });
  const every = Math.ceil(rows.length / Math.max(1, Math.floor((plot.right - plot.left) / 28)));
  return {
    plot,
    stacks,
    ghost,
    periodTicks: periods.filter((t) => t % every === 0).map((t) => ({ value: t, at: x(t) + x.bandwidth / 2, label: formatNumber(t) })),
    shareTicks: ticksOf(y, (v) => formatPercent(v)),
  };
}
