/**
 * The profitability waterfall's geometry, pure. One row per step, top to
 * bottom: gross sales value, each deduction as a bar hanging from what was
 * left before it, and the subtotals (net sales value, gross customer profit,
 * net customer profit) as bars from zero. Under each step's name, the costs
 * it holds, wrapped to the room there is. Wide: names on the left, bars on
 * the right. Narrow: the name above its bar.
 */
import type { Waterfall } from '$core';
import { formatNumber } from '../../lib/i18n';
import { linearScale, ticksOf, type Tick } from '../kit/chart/scale';
import { wrapText } from '../kit/chart/text';

export type RowKey =
  | 'grossSalesValue'
  | 'discounts'
  | 'netSalesValue'
  | 'costOfGoods'
  | 'grossProfit'
  | 'directSelling'
  | 'distributionAndService'
  | 'indirect'
  | 'hardToTrace'
  | 'netProfit';

export interface StepRow {
  key: RowKey;
  kind: 'total' | 'deduction';
  /** The bar runs from `from` to `to` (a deduction from what was left before it to what is left after). */
  from: number;
  to: number;
  /** The amount written by the bar: a total's value, a deduction's amount. */
  amount: number;
}

/** The waterfall as rows: GSV, discounts, NSV, cost of goods, gross profit, the four customer costs, net profit. */
export function waterfallRows(w: Waterfall): StepRow[] {
  const rows: StepRow[] = [{ key: 'grossSalesValue', kind: 'total', from: 0, to: w.grossSalesValue, amount: w.grossSalesValue }];
  let before = w.grossSalesValue;
  for (const step of w.steps) {
    rows.push({ key: step.key, kind: 'deduction', from: before, to: step.value, amount: step.amount });
    if (step.subtotal) rows.push({ key: step.subtotal, kind: 'total', from: 0, to: step.value, amount: step.value });
    before = step.value;
  }
  return rows;
}

export interface RowText {
  name: string;
  /** The costs the step holds; empty for a subtotal. */
  detail: string;
}

export interface RowGeometry extends StepRow {
  /** Top of the row, and the bar's box. */
  top: number;
  bar: { x: number; y: number; width: number; height: number };
  ghost?: { x: number; width: number };
  name: { x: number; y: number };
  detail: { x: number; y: number; lines: string[] };
  /** Where the amount is written, and on which side of it the text runs. */
  value: { x: number; y: number; anchor: 'start' | 'end' };
}

export interface WaterfallGeometry {
  height: number;
  narrow: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: RowGeometry[];
  /** Dashed lines joining one bar's end to the next bar's start. */
  joins: string;
  zeroX: number;
  ticks: Tick[];
}

const NAME_SIZE = 13;
const DETAIL_SIZE = 11.5;
const LINE = 15;
const BAR = 18;
const VALUE_ROOM = 62;

export function waterfallLayout(w: Waterfall, ghost: Waterfall | undefined, text: (key: RowKey) => RowText, width: number): WaterfallGeometry {
  const narrow = width < 600;
  const labelWidth = narrow ? width : Math.min(340, Math.round(width * 0.42));
  const left = narrow ? 4 : labelWidth + 12;
  const right = width - VALUE_ROOM;
  const rows = waterfallRows(w);
  const ghostRows = ghost ? waterfallRows(ghost) : undefined;
  const values = [...rows, ...(ghostRows ?? [])].flatMap((r) => [r.from, r.to]);
  const x = linearScale([Math.min(0, ...values), Math.max(0, ...values)], [left, right]);

  const top0 = 26;
  let y = top0;
  const laid: RowGeometry[] = rows.map((row, i) => {
    const { name, detail } = text(row.key);
    const lines = detail ? wrapText(detail, labelWidth - 4, DETAIL_SIZE) : [];
    const rowTop = y;
    const nameY = rowTop + NAME_SIZE;
    const textBottom = nameY + lines.length * LINE;
    const barY = narrow ? textBottom + 6 : rowTop + 1;
    const rowHeight = Math.max(narrow ? textBottom + 6 + BAR - rowTop : textBottom - rowTop, BAR + 2) + (narrow ? 14 : 12);
    y += rowHeight;
    const [lo, hi] = [Math.min(row.from, row.to), Math.max(row.from, row.to)];
    const g = ghostRows?.[i];
    const end = x(row.kind === 'deduction' ? lo : row.to >= 0 ? hi : lo);
    const negative = row.kind === 'total' && row.to < 0;
    return {
      ...row,
      top: rowTop,
      bar: { x: x(lo), y: barY, width: Math.max(1, x(hi) - x(lo)), height: BAR },
      ghost: g ? { x: x(Math.min(g.from, g.to)), width: Math.max(1, x(Math.max(g.from, g.to)) - x(Math.min(g.from, g.to))) } : undefined,
      name: { x: 0, y: nameY },
      detail: { x: 0, y: nameY + LINE, lines },
      value: negative ? { x: end - 6, y: barY + BAR / 2, anchor: 'end' } : { x: (row.kind === 'deduction' ? x(hi) : end) + 6, y: barY + BAR / 2, anchor: 'start' },
    };
  });

  // A deduction starts where the bar above it ended; a subtotal repeats the value the deduction above it reached.
  const joins = laid
    .slice(1)
    .map((row, i) => {
      const above = laid[i];
      const at = x(row.kind === 'deduction' ? row.from : row.to);
      return `M${at.toFixed(2)},${(above.bar.y + BAR).toFixed(2)}L${at.toFixed(2)},${row.bar.y.toFixed(2)}`;
    })
    .join('');

  return {
    height: y + 4,
    narrow,
    plot: { left, right, top: top0, bottom: y },
    rows: laid,
    joins,
    zeroX: x(0),
    ticks: ticksOf(x, (v) => formatNumber(v)),
  };
}
