/**
 * The cohort chart's geometry, pure: customers remaining as bars on the left
 * axis, cumulative value per original customer as a line on the right axis,
 * and the starting scenario as a ghost of both. Positions are tested.
 */
import type { CohortYear } from '$core';
import { formatCompact, formatNumber } from '../../lib/i18n';
import { bandScale, linearScale, ticksOf, type Tick } from '../kit/chart/scale';

export interface Bar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  year: number;
  x: number;
  y: number;
}

export interface CohortGeometry {
  plot: { left: number; right: number; top: number; bottom: number };
  bars: Bar[];
  points: Point[];
  /** SVG path of the value line. */
  line: string;
  /** The start's bars and line, when the scenario differs from it. */
  ghostBars: Bar[];
  ghostLine: string;
  /** Where value 0 sits: a dashed line when value is negative somewhere. */
  zeroY: number;
  yearTicks: Tick[];
  customerTicks: Tick[];
  valueTicks: Tick[];
}

export const path = (points: readonly { x: number; y: number }[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)},${p.y.toFixed(2)}`).join('');

export function cohortLayout(years: readonly CohortYear[], ghost: readonly CohortYear[] | undefined, width: number, height: number): CohortGeometry {
  const narrow = width < 480;
  const plot = { left: narrow ? 44 : 56, right: width - (narrow ? 44 : 56), top: 12, bottom: height - 28 };
  const all = [...years, ...(ghost ?? [])];
  const span = Math.max(years.length, ghost?.length ?? 0);
  const yearNumbers = Array.from({ length: span }, (_, i) => i + 1);

  const x = bandScale(yearNumbers, [plot.left, plot.right], 0.25);
  const customers = linearScale([0, Math.max(...all.map((y) => y.customers))], [plot.bottom, plot.top], { integer: true });
  const values = all.map((y) => y.valuePerCustomer);
  const value = linearScale([Math.min(0, ...values), Math.max(0, ...values)], [plot.bottom, plot.top]);

  const barsOf = (list: readonly CohortYear[]): Bar[] =>
    list.map((y) => ({ year: y.year, x: x(y.year), y: customers(y.customers), width: x.bandwidth, height: customers(0) - customers(y.customers) }));
  const pointsOf = (list: readonly CohortYear[]): Point[] =>
    list.map((y) => ({ year: y.year, x: x(y.year) + x.bandwidth / 2, y: value(y.valuePerCustomer) }));

  const points = pointsOf(years);
  // Label every year while there is room for it (about 32 px each), else every second, third, …
  const every = Math.ceil(span / Math.max(1, Math.floor((plot.right - plot.left) / 32)));
  return {
    plot,
    bars: barsOf(years),
    points,
    line: path(points),
    ghostBars: ghost ? barsOf(ghost) : [],
    ghostLine: ghost ? path(pointsOf(ghost)) : '',
    zeroY: value(0),
    yearTicks: yearNumbers
      .filter((n) => (n - 1) % every === 0)
      .map((n) => ({ value: n, at: x(n) + x.bandwidth / 2, label: formatNumber(n) })),
    customerTicks: ticksOf(customers, (v) => formatCompact(v)),
    valueTicks: ticksOf(value, formatNumber),
  };
}
