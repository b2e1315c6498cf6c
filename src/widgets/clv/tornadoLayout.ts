/**
 * The sensitivity view's geometry, pure: one row per input, largest swing
 * first, a bar from the current value to the value with the input lowered and
 * another to the value with it raised, on one value axis. Labels sit above
 * their bars, so long names fit at any width. Positions are tested.
 */
import type { CohortSensitivity } from '$core';
import { formatNumber } from '../../lib/i18n';
import { linearScale, ticksOf, type Tick } from '../kit/chart/scale';

export interface TornadoBar {
  x: number;
  width: number;
}

export interface TornadoRow {
  entry: CohortSensitivity;
  /** Baseline of the label text. */
  labelY: number;
  barY: number;
  barHeight: number;
  low: TornadoBar;
  high: TornadoBar;
}

export interface TornadoGeometry {
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: TornadoRow[];
  /** Where the current value sits. */
  baseX: number;
  valueTicks: Tick[];
}

export const ROW_HEIGHT = 40;
/** A swing smaller than this (a rounding error) is no lever. */
export const NO_SWING = 1e-9;

export const levers = (entries: readonly CohortSensitivity[], max = 8) => entries.filter((e) => e.swing > NO_SWING).slice(0, max);

const span = (from: number, to: number): TornadoBar => ({ x: Math.min(from, to), width: Math.abs(to - from) });

export function tornadoLayout(entries: readonly CohortSensitivity[], base: number, width: number): TornadoGeometry {
  const plot = { left: 8, right: width - 16, top: 4, bottom: 4 + Math.max(1, entries.length) * ROW_HEIGHT };
  const values = [base, ...entries.flatMap((e) => [e.valueLow, e.valueHigh])];
  const x = linearScale([Math.min(...values), Math.max(...values)], [plot.left, plot.right]);
  const baseX = x(base);
  const rows = entries.map((entry, i) => {
    const top = plot.top + i * ROW_HEIGHT;
    return {
      entry,
      labelY: top + 13,
      barY: top + 19,
      barHeight: 15,
      low: span(baseX, x(entry.valueLow)),
      high: span(baseX, x(entry.valueHigh)),
    };
  });
  return { height: plot.bottom + 26, plot, rows, baseX, valueTicks: ticksOf(x, formatNumber) };
}
