/**
 * What the "Your customers" page does with an import's result, without the
 * DOM: the order of the per-customer table under a sort, one page of it, the
 * RFM overview's figures, and the geometry of the check charts (paired bars
 * per frequency). Pure, so it is tested without rendering.
 */
import { bandScale, linearScale, ticksOf, type Tick } from '../kit/chart/scale';
import type { ImportResult } from './pipeline';

export type SortKey = 'id' | 'frequency' | 'recency' | 'age' | 'monetary' | 'alive' | 'purchases' | 'value';
export const PAGE_SIZE = 25;

/** The values a sort key reads for customer row i, or undefined where the result has none (no forecast, no spend model). */
export function sortValues(result: ImportResult, key: SortKey): ArrayLike<number> | undefined {
  const f = result.forecast;
  switch (key) {
    case 'frequency':
      return result.rfm.x;
    case 'recency':
      return result.rfm.tx;
    case 'age':
      return result.rfm.T;
    case 'monetary':
      return result.rfm.monetary;
    case 'alive':
      return f?.pAlive;
    case 'purchases':
      return f?.purchases;
    case 'value':
      return f && f.value.length > 0 ? f.value : undefined;
    default:
      return undefined;
  }
}

/**
 * Row indices in the order of `key` (descending or ascending), ties in file
 * order. The id sorts as text, numerically where ids are numbers ("2" before "10").
 */
export function sortedRows(result: ImportResult, key: SortKey, descending: boolean): Uint32Array {
  const n = result.rfm.ids.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const sign = descending ? -1 : 1;
  if (key === 'id') {
    const collator = new Intl.Collator(undefined, { numeric: true });
    const ids = result.rfm.ids;
    return order.sort((a, b) => sign * collator.compare(ids[a], ids[b]) || a - b);
  }
  const values = sortValues(result, key);
  if (!values) return order;
  return order.sort((a, b) => sign * (values[a] - values[b]) || a - b);
}

/** Page `page` (from 0) of an order: its rows and the 1-based range shown. */
export function pageOf(order: Uint32Array, page: number, size = PAGE_SIZE): { rows: number[]; from: number; to: number; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(order.length / size));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const rows = Array.from(order.subarray(p * size, (p + 1) * size));
  return { rows, from: order.length === 0 ? 0 : p * size + 1, to: p * size + rows.length, pages, page: p };
}

export interface Spread {
  median: number;
  mean: number;
  max: number;
}

function spread(values: ArrayLike<number>): Spread {
  const n = values.length;
  if (n === 0) return { median: 0, mean: 0, max: 0 };
  const sorted = Float64Array.from(values).sort();
  const mid = n >> 1;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  return { median: n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, mean: sum / n, max: sorted[n - 1] };
}

/** The RFM overview: median, mean and largest of x, tₓ, T, and of the average repeat purchase among repeat buyers; the share who bought once. */
export function rfmOverview(result: ImportResult): { x: Spread; tx: Spread; T: Spread; m: Spread; oneTimers: number } {
  const { x, tx, T, monetary } = result.rfm;
  const repeat: number[] = [];
  let once = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] > 0) repeat.push(monetary[i]);
    else once++;
  }
  return { x: spread(x), tx: spread(tx), T: spread(T), m: spread(repeat), oneTimers: x.length === 0 ? 0 : once / x.length };
}

export interface Pair {
  x: number;
  orMore: boolean;
  actual: number;
  expected: number;
}

export interface PairedBars {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: { x: number; orMore: boolean; actual: { x: number; y: number; width: number; height: number }; expected: { x: number; y: number; width: number; height: number }; labelAt: number }[];
  yTicks: Tick[];
}

/** Two bars per frequency, actual then model, on one value axis from 0. */
export function pairedBars(pairs: readonly Pair[], width: number, height: number, format: (value: number, decimals: number) => string): PairedBars {
  const plot = { left: 56, right: width - 12, top: 12, bottom: height - 30 };
  const max = Math.max(0, ...pairs.flatMap((p) => [p.actual, p.expected].filter(Number.isFinite)));
  const y = linearScale([0, max > 0 ? max : 1], [plot.bottom, plot.top]);
  const band = bandScale(
    pairs.map((p) => p.x),
    [plot.left, plot.right],
    0.3,
  );
  const half = band.bandwidth / 2;
  const bar = (left: number, value: number) => {
    const v = Number.isFinite(value) ? Math.max(0, value) : 0;
    return { x: left, y: y(v), width: Math.max(1, half - 1), height: Math.max(0, plot.bottom - y(v)) };
  };
  return {
    width,
    height,
    plot,
    bars: pairs.map((p) => ({ x: p.x, orMore: p.orMore, actual: bar(band(p.x), p.actual), expected: bar(band(p.x) + half + 1, p.expected), labelAt: band(p.x) + band.bandwidth / 2 })),
    yTicks: ticksOf(y, format),
  };
}
