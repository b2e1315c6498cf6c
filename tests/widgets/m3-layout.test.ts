// Module 3's charts, by position: each layout is pure, so its geometry is checked without drawing.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paretoCurve, profitabilityWaterfall, topShareOnCurve } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { textWidth, wrapText } from '../../src/widgets/kit/chart/text';
import { matrixLayout } from '../../src/widgets/matrix/layout';
import { paretoLayout, sampleCurve } from '../../src/widgets/pareto/layout';
import { bandLabel, LABEL_GAP, pyramidLayout, spreadLabels } from '../../src/widgets/pyramid/layout';
import { PRESET_A, PRESET_B } from '../../src/widgets/waterfall/codec';
import { waterfallLayout, waterfallRows } from '../../src/widgets/waterfall/layout';

afterEach(() => (i18n.locale = 'en'));

const curry = [
  { id: 'top', customerShare: 0.01, revenueShare: 0.16 },
  { id: 'second', customerShare: 0.04, revenueShare: 0.21 },
  { id: 'third', customerShare: 0.15, revenueShare: 0.31 },
  { id: 'bottom', customerShare: 0.8, revenueShare: 0.32 },
];

describe('the pyramid: layers whose areas are their shares', () => {
  for (const width of [330, 700, 1100]) {
    const g = pyramidLayout(curry, width);

    it(`gives each layer an area in proportion to its share, on both sides (${width} px)`, () => {
      for (const side of ['customers', 'revenue'] as const) {
        const total = g[side].layers.reduce((a, l) => a + l.area, 0);
        g[side].layers.forEach((layer, j) => {
          const share = side === 'customers' ? curry[j].customerShare : curry[j].revenueShare;
          expect(layer.area / total).toBeCloseTo(share, 9);
        });
      }
    });

    it(`stacks the layers from the apex to the base without gaps (${width} px)`, () => {
      for (const side of ['customers', 'revenue'] as const) {
        const p = g[side];
        expect(p.layers[0].from).toBe(0);
        p.layers.slice(1).forEach((l, j) => expect(l.from).toBe(p.layers[j].to));
        expect(p.layers[p.layers.length - 1].to).toBeCloseTo(p.height, 9);
      }
    });

    it(`keeps everything inside the width, with the labels between the pyramids (${width} px)`, () => {
      const halfBase = g.customers.halfBase;
      expect(g.customers.apex.x - halfBase).toBeGreaterThanOrEqual(0);
      expect(g.revenue.apex.x + halfBase).toBeLessThanOrEqual(width);
      g.labels.forEach((l) => {
        expect(l.x).toBeGreaterThan(g.customers.apex.x);
        expect(l.x).toBeLessThan(g.revenue.apex.x);
      });
      g.lower.forEach((band) => {
        expect(band.x - band.width / 2).toBeGreaterThanOrEqual(0);
        expect(band.y).toBeGreaterThan(g.customers.apex.y + g.customers.height);
        expect(band.y).toBeLessThan(g.height);
      });
    });
  }

  it('draws the top 1% of customers as a small tip and its 16% of revenue as a broad cap', () => {
    const g = pyramidLayout(curry, 700);
    // Depth √0.01 = 0.1 of the height on the left, √0.16 = 0.4 on the right.
    expect(g.customers.layers[0].to / g.customers.height).toBeCloseTo(0.1, 9);
    expect(g.revenue.layers[0].to / g.revenue.height).toBeCloseTo(0.4, 9);
  });

  it('spreads labels that would collide, keeping their order and staying in range', () => {
    expect(spreadLabels([10, 12, 14], 10, 0, 100)).toEqual([10, 20, 30]);
    expect(spreadLabels([95, 96], 10, 0, 100)).toEqual([90, 100]);
    expect(spreadLabels([50, 80], 10, 0, 100)).toEqual([50, 80]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { minLength: 1, maxLength: 6 }), (raw) => {
        const targets = [...raw].sort((a, b) => a - b);
        const ys = spreadLabels(targets, LABEL_GAP, 30, 250);
        ys.slice(1).forEach((y, i) => expect(y - ys[i]).toBeGreaterThanOrEqual(LABEL_GAP - 1e-9));
        expect(ys[0]).toBeGreaterThanOrEqual(30 - 1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('never draws NaN, even for a tier with no customers or no revenue', () => {
    const g = pyramidLayout(
      [
        { id: 'top', customerShare: 0, revenueShare: 0 },
        { id: 'second', customerShare: 0, revenueShare: 0 },
        { id: 'third', customerShare: 0.5, revenueShare: 1 },
        { id: 'bottom', customerShare: 0.5, revenueShare: 0 },
      ],
      240,
    );
    const all = JSON.stringify(g);
    expect(all).not.toContain('NaN');
    expect(all).not.toContain('Infinity');
  });

  it('writes a band’s short name where the full one would not fit', () => {
    expect(bandLabel('Inactive customers', 'Inactive', 300)).toBe('Inactive customers');
    expect(bandLabel('Inactive customers', 'Inactive', 90)).toBe('Inactive');
  });
});

describe('text in a chart', () => {
  it('counts a Chinese character as about twice a Latin letter', () => {
    expect(textWidth('客户', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeCloseTo(11.6, 9);
  });

  it('wraps English between words and Chinese between characters, never before a comma', () => {
    expect(wrapText('Transport, packaging, inventory, warehousing', 120, 10)).toEqual(['Transport, packaging,', 'inventory, warehousing']);
    expect(wrapText('Transport, packaging, inventory, warehousing', 60, 10)).toEqual(['Transport,', 'packaging,', 'inventory,', 'warehousing']);
    const zh = wrapText('运输、包装、存货、仓储、退货、退单', 60, 10);
    expect(zh.join('')).toBe('运输、包装、存货、仓储、退货、退单');
    zh.forEach((line) => {
      expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
      expect(line.startsWith('、')).toBe(false);
    });
  });
});

describe('the Pareto curve', () => {
  const revenues = Array.from({ length: 1000 }, (_, i) => 1000 / (i + 1));
  const curve = paretoCurve(revenues);

  it('samples a long curve through points of the curve itself, first and last included', () => {
    const sampled = sampleCurve(curve, 100);
    expect(sampled.length).toBeLessThanOrEqual(101);
    expect(sampled[0]).toBe(curve[0]);
    expect(sampled[sampled.length - 1]).toBe(curve[curve.length - 1]);
    sampled.forEach((p) => expect(curve).toContain(p));
    expect(sampleCurve(curve.slice(0, 10), 100)).toEqual(curve.slice(0, 10));
  });

  it('puts the learner’s point on the curve, at its share across and its revenue up', () => {
    const topShare = topShareOnCurve(curve, 0.2);
    const g = paretoLayout({ curve, top: 0.2, topShare, reach80: 0.3, width: 600, height: 400 });
    const { left, right, top, bottom } = g.plane.plot;
    // Equal units: the plot is square.
    expect(right - left).toBeCloseTo(bottom - top, 9);
    expect(g.point.x).toBeCloseTo(left + 0.2 * (right - left), 9);
    expect(g.point.y).toBeCloseTo(bottom - topShare * (bottom - top), 9);
    expect(g.mark8020.x).toBeCloseTo(left + 0.2 * (right - left), 9);
    expect(g.mark8020.y).toBeCloseTo(bottom - 0.8 * (bottom - top), 9);
    expect(g.diagonal).toBe(`M${left.toFixed(2)},${bottom.toFixed(2)}L${right.toFixed(2)},${top.toFixed(2)}`);
    expect(g.ghost).toBe('');
  });

  it('fits a phone: the plot stays inside the width', () => {
    const g = paretoLayout({ curve, top: 1, topShare: 1, reach80: 0.3, width: 300, height: 300 });
    expect(g.plane.plot.left).toBeGreaterThan(0);
    expect(g.plane.plot.right).toBeLessThanOrEqual(300);
    expect(g.point.x).toBeCloseTo(g.plane.plot.right, 9);
  });
});

describe('the profitability waterfall', () => {
  const a = profitabilityWaterfall(PRESET_A);
  const text = (key: string) => ({ name: key, detail: key === 'directSelling' ? 'Sales cost, in-store and co-op promotion, sales bonuses, spending on sales programmes' : '' });

  it('lists ten rows: GSV, each deduction and each subtotal in order', () => {
    const rows = waterfallRows(a);
    expect(rows.map((r) => r.key)).toEqual([
      'grossSalesValue',
      'discounts',
      'netSalesValue',
      'costOfGoods',
      'grossProfit',
      'directSelling',
      'distributionAndService',
      'indirect',
      'hardToTrace',
      'netProfit',
    ]);
    expect(rows.map((r) => r.to)).toEqual([1000, 820, 820, 300, 300, 210, 100, 60, 25, 25]);
    expect(rows.filter((r) => r.kind === 'deduction').map((r) => r.amount)).toEqual([180, 520, 90, 110, 40, 35]);
  });

  for (const width of [340, 900]) {
    it(`sizes bars in proportion to their amounts, a deduction hanging from the bar above (${width} px)`, () => {
      const g = waterfallLayout(a, undefined, text, width);
      const [gsv, discounts, nsv] = g.rows;
      const perUnit = gsv.bar.width / 1000;
      expect(discounts.bar.width / perUnit).toBeCloseTo(180, 6);
      expect(nsv.bar.width / perUnit).toBeCloseTo(820, 6);
      expect(discounts.bar.x + discounts.bar.width).toBeCloseTo(gsv.bar.x + gsv.bar.width, 6);
      expect(nsv.bar.x).toBeCloseTo(g.zeroX, 6);
      // Rows go down the chart without overlapping, and nothing leaves the width.
      g.rows.slice(1).forEach((r, i) => expect(r.top).toBeGreaterThan(g.rows[i].top));
      g.rows.forEach((r) => expect(r.bar.x + r.bar.width).toBeLessThanOrEqual(width));
      expect(g.narrow).toBe(width < 600);
    });
  }

  it('wraps a step’s costs under its name, and puts the name above the bar on a phone', () => {
    const wide = waterfallLayout(a, undefined, text, 900);
    const narrow = waterfallLayout(a, undefined, text, 340);
    const direct = (g: typeof wide) => g.rows.find((r) => r.key === 'directSelling')!;
    expect(direct(wide).detail.lines.length).toBeGreaterThan(1);
    for (const [g, width] of [
      [wide, 340],
      [narrow, 340],
    ] as const) {
      direct(g).detail.lines.forEach((line) => expect(textWidth(line, 11.5)).toBeLessThanOrEqual(width));
    }
    // On a phone the bar comes under the last line of costs; on a desktop beside the names.
    const last = direct(narrow).detail;
    expect(direct(narrow).bar.y).toBeGreaterThan(last.y + (last.lines.length - 1) * 15);
    expect(direct(wide).bar.x).toBeGreaterThan(340);
    expect(direct(wide).bar.y).toBeLessThan(direct(wide).detail.y);
  });

  it('draws a loss to the left of zero, its amount on the left', () => {
    const loss = profitabilityWaterfall({ ...PRESET_B, hardToTrace: 150 });
    expect(loss.netProfit).toBe(-70);
    const g = waterfallLayout(loss, undefined, text, 900);
    const net = g.rows[g.rows.length - 1];
    expect(net.bar.x).toBeLessThan(g.zeroX);
    expect(net.bar.x + net.bar.width).toBeCloseTo(g.zeroX, 6);
    expect(net.value.anchor).toBe('end');
  });

  it('outlines the example behind a changed account, on the same scale', () => {
    const changed = profitabilityWaterfall({ ...PRESET_A, discounts: 100 });
    const g = waterfallLayout(changed, a, text, 900);
    const discounts = g.rows[1];
    expect(discounts.ghost!.width / discounts.bar.width).toBeCloseTo(180 / 100, 6);
  });
});

describe('the profitability matrix', () => {
  const customers = [
    { netSalesValue: 800, costToServe: 50, number: 1 },
    { netSalesValue: 100, costToServe: 200, number: 2 },
  ];
  const g = matrixLayout({ customers, quadrants: ['protect', 'danger'], nsvThreshold: 500, costThreshold: 100, width: 600, height: 400 });

  it('cuts the plot into four quadrants at the thresholds, covering it once', () => {
    const { left, right, top, bottom } = g.plane.plot;
    const area = g.quadrants.reduce((a, q) => a + q.width * q.height, 0);
    expect(area).toBeCloseTo((right - left) * (bottom - top), 6);
    expect(g.costX).toBeCloseTo(left + (100 / 250) * (right - left), 6);
    expect(g.nsvY).toBeCloseTo(bottom - 0.5 * (bottom - top), 6);
    const protect = g.quadrants.find((q) => q.key === 'protect')!;
    expect([protect.x, protect.y]).toEqual([left, top]);
    expect(g.quadrants.find((q) => q.key === 'danger')!.x).toBeCloseTo(g.costX, 9);
  });

  it('puts each customer at its cost (across) and net sales value (up)', () => {
    const { left, right, top, bottom } = g.plane.plot;
    expect(g.marks[0].x).toBeCloseTo(left + (50 / 250) * (right - left), 6);
    expect(g.marks[0].y).toBeCloseTo(bottom - 0.8 * (bottom - top), 6);
    expect(g.marks.map((m) => m.quadrant)).toEqual(['protect', 'danger']);
  });

  it('names each quadrant inside it, in its own corner of the plot, wherever the thresholds are', () => {
    for (const [nsv, cost] of [
      [0, 0],
      [1000, 250],
      [500, 100],
    ]) {
      const h = matrixLayout({ customers, quadrants: ['protect', 'danger'], nsvThreshold: nsv, costThreshold: cost, width: 600, height: 400 });
      const { left, right, top, bottom } = h.plane.plot;
      const corners = Object.fromEntries(h.quadrants.map((q) => [q.key, q.label]));
      expect(corners.protect.x).toBeLessThan((left + right) / 2);
      expect(corners.protect.y).toBeLessThan((top + bottom) / 2);
      expect(corners.danger.x).toBeGreaterThan((left + right) / 2);
      expect(corners.danger.y).toBeGreaterThan((top + bottom) / 2);
    }
  });
});
