/**
 * The profit stack's geometry, pure: each year's six parts stacked as a bar
 * (left axis), the acquisition cost as a bar below zero in year 1, and the
 * cumulative discounted profit as a line (right axis). Positions are tested.
 */
import { PROFIT_COMPONENTS, type ProfitComponent, type ProfitStackResult } from '$core';
import { formatNumber } from '../../lib/i18n';
import { bandScale, linearScale, ticksOf, type Tick } from '../kit/chart/scale';

export interface StackSegment {
  year: number;
  component: ProfitComponent;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StackGeometry {
  plot: { left: number; right: number; top: number; bottom: number };
  segments: StackSegment[];
  /** The acquisition cost, below zero in year 1 (absent when it is 0). */
  acquisition?: { x: number; y: number; width: number; height: number };
  points: { year: number; x: number; y: number }[];
  line: string;
  /** Another scenario's cumulative line (the lab's A) on the same scales, over the years both have; '' without one. */
  ghostLine: string;
  zeroY: number;
  cumulativeZeroY: number;
  yearTicks: Tick[];
  profitTicks: Tick[];
  cumulativeTicks: Tick[];
}

const pathOf = (points: readonly { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)},${p.y.toFixed(2)}`).join('');

export function stackLayout(result: ProfitStackResult, width: number, height: number, ghost?: ProfitStackResult): StackGeometry {
  const narrow = width < 480;
  const plot = { left: narrow ? 40 : 52, right: width - (narrow ? 44 : 56), top: 12, bottom: height - 28 };
  const years = result.years.map((y) => y.year);
  const x = bandScale(years, [plot.left, plot.right], 0.25);
  // Both axes share where zero sits, so the acquisition bar and a line below zero read on one baseline.
  const top = Math.max(1, ...result.years.map((y) => y.total));
  const bottom = result.acquisitionCost;
  const cumulative = result.years.map((y) => y.cumulativeDiscountedProfit);
  const ghostYears = ghost?.years.filter((y) => y.year <= years.length) ?? [];
  const both = [...cumulative, ...ghostYears.map((y) => y.cumulativeDiscountedProfit)];
  const cTop = Math.max(1, ...both);
  const cBottom = Math.max(0, -Math.min(0, ...both));
  // The lower share of the plot both scales give to values below zero.
  const below = Math.min(0.6, Math.max(bottom / (top + bottom), cBottom / (cTop + cBottom)) || 0);
  const zeroY = plot.bottom - below * (plot.bottom - plot.top);
  const profit = linearScale([0, top], [zeroY, plot.top], { nice: false });
  const money = linearScale([0, cTop], [zeroY, plot.top], { nice: false });
  const profitAt = (v: number) => (v >= 0 ? profit(v) : zeroY + (-v / Math.max(bottom, 1e-9)) * (plot.bottom - zeroY));
  const cumulativeAt = (v: number) => (v >= 0 ? money(v) : zeroY + (-v / Math.max(cBottom, 1e-9)) * (plot.bottom - zeroY));

  const segments: StackSegment[] = [];
  for (const y of result.years) {
    let base = 0;
    for (const component of PROFIT_COMPONENTS) {
      const v = y.components[component];
      if (v > 0) segments.push({ year: y.year, component, x: x(y.year), y: profit(base + v), width: x.bandwidth, height: profit(base) - profit(base + v) });
      base += v;
    }
  }
  const points = result.years.map((y, i) => ({ year: y.year, x: x(y.year) + x.bandwidth / 2, y: cumulativeAt(cumulative[i]) }));
  const every = Math.ceil(years.length / Math.max(1, Math.floor((plot.right - plot.left) / 32)));
  const tickSet = (scale: typeof profit, lowest: number, at: (v: number) => number) => {
    const ticks = ticksOf(scale, formatNumber).filter((t) => t.value <= scale.domain[1]);
    return lowest > 0 ? [...ticks, { value: -lowest, at: at(-lowest), label: formatNumber(-lowest) }] : ticks;
  };
  return {
    plot,
    segments,
    acquisition: bottom > 0 ? { x: x(1), y: zeroY, width: x.bandwidth, height: profitAt(-bottom) - zeroY } : undefined,
    points,
    line: pathOf(points),
    ghostLine: pathOf(ghostYears.map((y) => ({ x: x(y.year) + x.bandwidth / 2, y: cumulativeAt(y.cumulativeDiscountedProfit) }))),
    zeroY,
    cumulativeZeroY: zeroY,
    yearTicks: years.filter((n) => (n - 1) % every === 0).map((n) => ({ value: n, at: x(n) + x.bandwidth / 2, label: formatNumber(n) })),
    profitTicks: tickSet(profit, bottom, profitAt),
    cumulativeTicks: tickSet(money, cBottom, cumulativeAt),
  };
}
