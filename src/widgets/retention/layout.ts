/**
 * The simulator's geometry, pure. The cohort chart: customers remaining each
 * year as bars, the comparison's bar beside each one as a ghost; cumulative
 * profit as a line on the right axis, the comparison's as a dashed ghost.
 * The projection charts: survivors (the learner's points, the sBG curve, the
 * one-rate curve, what happened later) and the retention rate each year.
 * Positions are tested.
 */
import type { CohortProfit } from '$core';
import { formatCompact, formatNumber, formatPercent } from '../../lib/i18n';
import { bandScale, linearScale, ticksOf, type Tick } from '../kit/chart/scale';
import type { Projection } from './state.svelte';

export interface Rect {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Plot {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface CohortGeometry {
  plot: Plot;
  bars: Rect[];
  ghostBars: Rect[];
  line: string;
  ghostLine: string;
  points: { year: number; x: number; y: number }[];
  zeroY: number;
  yearTicks: Tick[];
  customerTicks: Tick[];
  profitTicks: Tick[];
}

const path = (points: readonly { x: number; y: number }[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)},${p.y.toFixed(2)}`).join('');

/** Running totals of the discounted profit, period by period. */
export function cumulative(cohort: CohortProfit): number[] {
  let total = 0;
  return cohort.byPeriod.map((p) => (total += p.discountedProfit));
}

/**
 * Every year's label while there is room (about 30 px each), else every second, fifth, tenth… year;
 * year 1 as well once the step is wide enough that it does not crowd the first multiple.
 */
function yearTicksFor(years: number[], at: (year: number) => number, room: number): Tick[] {
  const fit = Math.max(1, Math.floor(room / 30));
  const every = [1, 2, 5, 10, 20].find((k) => Math.ceil(years.length / k) <= fit) ?? 25;
  return years.filter((y) => y % every === 0 || (y === 1 && every >= 5)).map((y) => ({ value: y, at: at(y), label: formatNumber(y) }));
}

export function cohortLayout(cohort: CohortProfit, ghost: CohortProfit | undefined, width: number, height: number): CohortGeometry {
  const narrow = width < 480;
  const plot = { left: narrow ? 44 : 56, right: width - (narrow ? 48 : 64), top: 12, bottom: height - 28 };
  const span = Math.max(cohort.byPeriod.length, ghost?.byPeriod.length ?? 0);
  const years = Array.from({ length: span }, (_, i) => i + 1);
  const x = bandScale(years, [plot.left, plot.right], 0.2);
  const all = [...cohort.byPeriod, ...(ghost?.byPeriod ?? [])];
  const customers = linearScale([0, Math.max(...all.map((p) => p.customers))], [plot.bottom, plot.top], { integer: true });
  const totals = cumulative(cohort);
  const ghostTotals = ghost ? cumulative(ghost) : [];
  const values = [...totals, ...ghostTotals];
  const profit = linearScale([Math.min(0, ...values), Math.max(0, ...values)], [plot.bottom, plot.top]);
  // With a comparison, each year's band holds two bars side by side: the ghost on the left, the learner's on the right.
  const half = ghost ? x.bandwidth / 2 : x.bandwidth;
  const bar = (p: { period: number; customers: number }, offset: number): Rect => ({
    year: p.period,
    x: x(p.period) + offset,
    y: customers(p.customers),
    width: half,
    height: customers(0) - customers(p.customers),
  });
  const points = totals.map((v, i) => ({ year: i + 1, x: x(i + 1) + x.bandwidth / 2, y: profit(v) }));
  return {
    plot,
    bars: cohort.byPeriod.map((p) => bar(p, ghost ? half : 0)),
    ghostBars: ghost ? ghost.byPeriod.map((p) => bar(p, 0)) : [],
    line: path(points),
    ghostLine: ghost ? path(ghostTotals.map((v, i) => ({ x: x(i + 1) + x.bandwidth / 2, y: profit(v) }))) : '',
    points,
    zeroY: profit(0),
    yearTicks: yearTicksFor(years, (y) => x(y) + x.bandwidth / 2, plot.right - plot.left),
    customerTicks: ticksOf(customers, (v) => formatCompact(v)),
    profitTicks: ticksOf(profit, (v) => formatCompact(v)),
  };
}

export interface ProjectionGeometry {
  plot: Plot;
  /** The learner's counts, years 0…n. */
  observed: { year: number; x: number; y: number }[];
  actual: { year: number; x: number; y: number }[];
  sbgLine: string;
  /** Another series' sBG projection (the lab's A), over the same years; '' without one. */
  ghostLine: string;
  constantLine: string;
  /** Where the fitted years end and the projection begins. */
  divider: number;
  yearTicks: Tick[];
  countTicks: Tick[];
  /** The survivor scale, for dragging a point. */
  y: ReturnType<typeof linearScale>;
  x: ReturnType<typeof linearScale>;
}

/**
 * Where the years run across both projection charts, so that a year stands at the same x in each. Narrow
 * margins on a phone, so that twelve years of points still sit a finger's width (24 px) apart.
 */
function yearSpan(width: number) {
  const narrow = width < 480;
  return { left: narrow ? 32 : 56, right: width - (narrow ? 8 : 16) };
}

export function projectionLayout(p: Projection, width: number, height: number, ghost?: Projection): ProjectionGeometry {
  const plot = { ...yearSpan(width), top: 12, bottom: height - 28 };
  const last = p.years[p.years.length - 1].year;
  const x = linearScale([0, last], [plot.left, plot.right], { nice: false });
  const ghostYears = ghost?.years.filter((r) => r.year <= last) ?? [];
  const top = Math.max(...p.years.map((y) => Math.max(y.observed ?? 0, y.sbg, y.constant, y.actual ?? 0)), ...ghostYears.map((r) => r.sbg));
  const y = linearScale([0, top], [plot.bottom, plot.top]);
  const at = (year: number, count: number) => ({ year, x: x(year), y: y(count) });
  const years = p.years.map((row) => row.year);
  return {
    plot,
    observed: p.years.filter((r) => r.observed !== undefined).map((r) => at(r.year, r.observed!)),
    actual: p.years.filter((r) => r.actual !== undefined).map((r) => at(r.year, r.actual!)),
    sbgLine: path(p.years.map((r) => at(r.year, r.sbg))),
    ghostLine: ghostYears.length > 0 ? path(ghostYears.map((r) => at(r.year, r.sbg))) : '',
    constantLine: path(p.years.map((r) => at(r.year, r.constant))),
    divider: x(p.fitted),
    yearTicks: yearTicksFor(years.filter((v) => v > 0), x, plot.right - plot.left).concat([{ value: 0, at: x(0), label: formatNumber(0) }]),
    countTicks: ticksOf(y, (v) => formatCompact(v)),
    x,
    y,
  };
}

export interface RateGeometry {
  plot: Plot;
  observed: { year: number; x: number; y: number }[];
  sbgLine: string;
  constantLine: string;
  yearTicks: Tick[];
  rateTicks: Tick[];
}

export function rateLayout(p: Projection, width: number, height: number): RateGeometry {
  const plot = { ...yearSpan(width), top: 10, bottom: height - 26 };
  const rows = p.years.filter((r) => r.year > 0);
  const last = rows[rows.length - 1]?.year ?? 1;
  const x = linearScale([0, last], [plot.left, plot.right], { nice: false });
  const y = linearScale([0, 1], [plot.bottom, plot.top], { nice: false });
  const at = (year: number, rate: number) => ({ year, x: x(year), y: y(rate) });
  return {
    plot,
    observed: rows.filter((r) => r.observedRetention !== undefined).map((r) => at(r.year, r.observedRetention!)),
    sbgLine: path(rows.map((r) => at(r.year, r.sbgRetention!))),
    constantLine: path(rows.map((r) => at(r.year, r.constantRetention!))),
    yearTicks: yearTicksFor(rows.map((r) => r.year), x, plot.right - plot.left),
    rateTicks: ticksOf(y, (v) => formatPercent(v)),
  };
}
