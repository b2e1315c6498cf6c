/**
 * The scales charts need, small and pure: a linear scale with nice round ticks
 * and a band scale for bars. Built on d3-array's tick rules only, so a widget
 * ships about a kilobyte of D3, not d3-scale's interpolators and formats.
 */
import { nice as niceDomain, ticks as d3Ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  ticks(): number[];
}

export interface LinearOptions {
  /** Extend the domain to round numbers. Default true. */
  nice?: boolean;
  /** About how many ticks. Default 5. */
  count?: number;
  /** Counts: ticks on whole numbers only. */
  integer?: boolean;
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number], options: LinearOptions = {}): LinearScale {
  const { count = 5, integer = false } = options;
  let [lo, hi] = domain;
  if (hi === lo) hi = lo + (integer ? 1 : Math.max(1, Math.abs(lo)));
  if (options.nice ?? true) [lo, hi] = niceDomain(lo, hi, count);
  if (integer) [lo, hi] = [Math.floor(lo), Math.ceil(hi)];
  const [r0, r1] = range;
  const k = (r1 - r0) / (hi - lo);
  const scale = ((v: number) => r0 + (v - lo) * k) as LinearScale;
  return Object.assign(scale, {
    domain: [lo, hi] as const,
    range,
    ticks() {
      const all = d3Ticks(lo, hi, count);
      // Counts tick on whole numbers: a cohort of 1 reads 0, 1, not 0, 0.2, …, 1.
      return integer ? all.filter(Number.isInteger) : all;
    },
  });
}

/** Decimals that tell neighbouring ticks apart: 0 for 0, 5, 10; 1 for 0, 0.2, 0.4. */
export function tickDecimals(ticks: readonly number[]): number {
  if (ticks.length < 2) return 0;
  const step = Math.abs(ticks[1] - ticks[0]);
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}

export interface BandScale<K> {
  (key: K): number;
  readonly bandwidth: number;
  readonly step: number;
}

/** Evenly spaced bands over a range, with `padding` (0–1) of each step left between bars. */
export function bandScale<K>(keys: readonly K[], range: readonly [number, number], padding = 0.25): BandScale<K> {
  const [r0, r1] = range;
  const n = Math.max(1, keys.length);
  // d3's band layout: outer padding equal to the inner, so bars sit centred in their step.
  const step = (r1 - r0) / (n + padding);
  const bandwidth = step * (1 - padding);
  const index = new Map(keys.map((k, i) => [k, i]));
  const scale = ((key: K) => r0 + step * padding + step * (index.get(key) ?? 0)) as BandScale<K>;
  return Object.assign(scale, { bandwidth, step });
}

export interface Tick {
  value: number;
  /** Pixel position along the axis. */
  at: number;
  label: string;
}

export function ticksOf(scale: LinearScale, format: (value: number, decimals: number) => string): Tick[] {
  const values = scale.ticks();
  const decimals = tickDecimals(values);
  return values.map((value) => ({ value, at: scale(value), label: format(value, decimals) }));
}

/** A series in a chart's key: its mark has a shape of its own, so the key reads without colour. */
export interface LegendItem {
  label: string;
  mark: 'bar' | 'line' | 'dashed' | 'outline';
  /** A CSS colour, usually a chart variable: 'var(--chart-line)'. */
  color: string;
}
