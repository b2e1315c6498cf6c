import { describe, expect, it } from 'vitest';
import { runImport, type ImportResult } from '../../src/widgets/customers/pipeline';
import { pageOf, pairedBars, rfmOverview, sortedRows } from '../../src/widgets/customers/results';

function result(): ImportResult {
  const ids = ['10', '2', 'b', 'a'];
  return {
    rfm: { ids, x: Float64Array.from([0, 3, 1, 3]), tx: Float64Array.from([0, 5, 2, 6]), T: Float64Array.from([8, 9, 7, 9]), monetary: Float64Array.from([0, 20, 10, 30]), firstDay: new Int32Array(4) },
    forecast: {
      model: 'bgnbd',
      months: 12,
      monthlyDiscount: 0.01,
      horizon: 52,
      pAlive: Float64Array.from([1, 0.5, 0.9, 0.5]),
      purchases: Float64Array.from([0.2, 2, 1, 2]),
      spend: Float64Array.from([5, 20, 10, 30]),
      value: Float64Array.from([1, 40, 10, 60]),
    },
  } as unknown as ImportResult;
}

describe('the per-customer table', () => {
  it('sorts by value, largest first, ties in file order', () => {
    expect([...sortedRows(result(), 'value', true)]).toEqual([3, 1, 2, 0]);
    expect([...sortedRows(result(), 'alive', true)]).toEqual([0, 2, 1, 3]);
    expect([...sortedRows(result(), 'frequency', false)]).toEqual([0, 2, 1, 3]);
  });
  it('sorts ids as a person would: 2 before 10', () => {
    expect([...sortedRows(result(), 'id', false)].map((i) => result().rfm.ids[i])).toEqual(['2', '10', 'a', 'b']);
  });
  it('keeps file order for a column the result lacks (no spend model)', () => {
    const r = result();
    r.forecast = { ...r.forecast!, value: new Float64Array(0), spend: new Float64Array(0) };
    expect([...sortedRows(r, 'value', true)]).toEqual([0, 1, 2, 3]);
  });
  it('pages 23,570 rows 25 at a time, and clamps a page past the end', () => {
    const order = Uint32Array.from({ length: 23_570 }, (_, i) => i);
    expect(pageOf(order, 0)).toMatchObject({ from: 1, to: 25, pages: 943, page: 0 });
    const last = pageOf(order, 10_000);
    expect(last).toMatchObject({ from: 23_551, to: 23_570, page: 942 });
    expect(last.rows).toHaveLength(20);
    expect(pageOf(new Uint32Array(0), 0)).toMatchObject({ from: 0, to: 0, pages: 1, rows: [] });
  });
});

describe('the RFM overview', () => {
  it('gives median, mean and largest, spend among repeat buyers only, and the share who bought once', () => {
    const o = rfmOverview(result());
    expect(o.x).toEqual({ median: 2, mean: 1.75, max: 3 });
    expect(o.m).toEqual({ median: 20, mean: 20, max: 30 });
    expect(o.oneTimers).toBe(0.25);
  });
});

describe('the check chart', () => {
  const pairs = [
    { x: 0, orMore: false, actual: 100, expected: 90 },
    { x: 1, orMore: false, actual: 40, expected: 50 },
    { x: 2, orMore: true, actual: 10, expected: Number.NaN },
  ];
  it('sets two bars per frequency side by side, from the base line, tallest for the largest', () => {
    const g = pairedBars(pairs, 600, 240, String);
    for (const b of g.bars) {
      expect(b.expected.x).toBeGreaterThan(b.actual.x);
      expect(b.actual.y + b.actual.height).toBeCloseTo(g.plot.bottom);
      expect(b.actual.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(b.expected.x + b.expected.width).toBeLessThanOrEqual(g.plot.right);
    }
    expect(g.bars[0].actual.height).toBeGreaterThan(g.bars[0].expected.height);
    expect(g.bars[1].actual.x).toBeGreaterThan(g.bars[0].expected.x);
    // A value that is not a number draws nothing, never NaN.
    expect(g.bars[2].expected.height).toBe(0);
    expect(JSON.stringify(g)).not.toContain('null');
  });
  it('draws all-zero counts on a 0–1 axis', () => {
    const g = pairedBars([{ x: 0, orMore: false, actual: 0, expected: 0 }], 300, 200, String);
    expect(g.bars[0].actual.height).toBe(0);
    expect(g.yTicks.length).toBeGreaterThan(1);
  });
});

describe('the import on a tiny, odd file', () => {
  it('reports a fit whose estimates no forecast accepts as failed, instead of failing the import', async () => {
    const lines = ['order;when;who;paid'];
    let order = 1000;
    for (let c = 1; c <= 40; c++) {
      for (let v = 0; v < 1 + (c % 5); v++) {
        lines.push(`${order++};${String(1 + ((c * 7 + v * 11) % 28)).padStart(2, '0')}/${String(1 + ((c + v * 3) % 12)).padStart(2, '0')}/2023;C${c};${10 + ((c * v) % 40)},5`);
      }
    }
    const r = await runImport(lines.join('\n'), { parse: { delimiter: ';', header: true, columns: { customer: 2, date: 1, amount: 3 }, dateFormat: 'dmy', decimal: ',' } });
    expect(r.customers).toBe(40);
    expect(r.skipped.map((s) => s.model).sort()).toEqual(['bgnbd', 'gammagamma', 'paretonbd']);
    expect(r.skipped.every((s) => s.reason === 'failed')).toBe(true);
    expect(r.forecast).toBeUndefined();
    expect(r.concentration?.revenues).toHaveLength(40);
  });
});
