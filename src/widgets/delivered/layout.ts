/**
 * The balance's geometry, pure: total customer benefit and total customer
 * cost as two stacks on one value axis, each part a segment, the gap between
 * their tops as delivered value, the start's totals as dashed outlines, and
 * the parts' labels beside their stacks, spread so they never overlap.
 * Positions are tested.
 */
import { formatNumber } from '../../lib/i18n';
import { linearScale, ticksOf, type Tick } from '../kit/chart/scale';
import { BENEFITS, COSTS, type DeliveredScenario, type Part } from './codec';

export interface Segment {
  part: Part;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Its shade within the stack, 0 (the first part) to 3. */
  shade: number;
}

export interface SideLabel {
  part: Part;
  /** Where the label's text sits (its baseline's middle), and the segment's middle it points to. */
  x: number;
  y: number;
  targetY: number;
  anchor: 'start' | 'end';
}

export interface Stack {
  side: 'benefit' | 'cost';
  x: number;
  width: number;
  total: number;
  top: number;
  segments: Segment[];
  labels: SideLabel[];
  /** The start's total, as a dashed outline, when the scenario differs from it. */
  ghost?: { y: number; height: number };
}

export interface BalanceGeometry {
  plot: { left: number; right: number; top: number; bottom: number };
  /** Narrow: short labels, no value axis. */
  narrow: boolean;
  benefit: Stack;
  cost: Stack;
  /** The bracket between the two tops: delivered value, positive when benefit is higher. */
  gap: { x: number; from: number; to: number; value: number };
  ticks: Tick[];
}

/** Label positions as near their targets as possible, at least `spacing` apart, inside [top, bottom]. */
export function spreadLabels(targets: readonly number[], spacing: number, top: number, bottom: number): number[] {
  const order = targets.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k], k === 0 ? top : placed[k - 1] + spacing);
  // Pushed past the bottom: walk back up from it.
  const last = placed.length - 1;
  if (last >= 0 && placed[last] > bottom) {
    placed[last] = bottom;
    for (let k = last - 1; k >= 0; k--) placed[k] = Math.min(placed[k], placed[k + 1] - spacing);
  }
  const out = new Array<number>(targets.length);
  order.forEach((o, k) => (out[o.i] = placed[k]));
  return out;
}

export function balanceLayout(s: DeliveredScenario, start: DeliveredScenario | undefined, width: number, height: number): BalanceGeometry {
  const narrow = width < 520;
  // On a phone the stacks' labels need the room an axis would take: the totals above the stacks say the numbers.
  const plot = { left: narrow ? 4 : 48, right: width - 4, top: 26, bottom: height - 26 };
  const totalOf = (parts: readonly Part[], of: DeliveredScenario) => parts.reduce((sum, p) => sum + of[p], 0);
  const benefitTotal = totalOf(BENEFITS, s);
  const costTotal = totalOf(COSTS, s);
  const highest = Math.max(benefitTotal, costTotal, start ? totalOf(BENEFITS, start) : 0, start ? totalOf(COSTS, start) : 0);
  const y = linearScale([0, highest], [plot.bottom, plot.top]);

  // Two bars in the middle, labels outside them: the benefit's to its left, the cost's to its right.
  const span = plot.right - plot.left;
  const barWidth = Math.min(120, span * (narrow ? 0.19 : 0.18));
  const between = Math.min(110, span * (narrow ? 0.12 : 0.16));
  const centre = plot.left + span / 2;
  const xBenefit = centre - between / 2 - barWidth;
  const xCost = centre + between / 2;

  const stack = (side: 'benefit' | 'cost', parts: readonly Part[], x: number, total: number, ghostTotal?: number): Stack => {
    let running = 0;
    const segments = parts.map((part, shade) => {
      const bottom = y(running);
      running += s[part];
      const topY = y(running);
      return { part, value: s[part], x, y: topY, width: barWidth, height: bottom - topY, shade };
    });
    const targets = segments.map((g) => g.y + g.height / 2);
    const spread = spreadLabels(targets, 16, plot.top + 4, plot.bottom - 2);
    const labelX = side === 'benefit' ? x - 8 : x + barWidth + 8;
    return {
      side,
      x,
      width: barWidth,
      total,
      top: y(total),
      segments,
      labels: segments.map((g, i) => ({ part: g.part, x: labelX, y: spread[i], targetY: targets[i], anchor: side === 'benefit' ? 'end' : 'start' })),
      ghost: ghostTotal === undefined ? undefined : { y: y(ghostTotal), height: y(0) - y(ghostTotal) },
    };
  };

  const benefit = stack('benefit', BENEFITS, xBenefit, benefitTotal, start && totalOf(BENEFITS, start));
  const cost = stack('cost', COSTS, xCost, costTotal, start && totalOf(COSTS, start));
  return {
    plot,
    narrow,
    benefit,
    cost,
    gap: { x: centre, from: y(costTotal), to: y(benefitTotal), value: benefitTotal - costTotal },
    ticks: ticksOf(y, formatNumber),
  };
}
