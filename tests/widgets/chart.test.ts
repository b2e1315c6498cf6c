import { afterEach, describe, expect, it } from 'vitest';
import { cohortLifetimeValue } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { clvCodec, toCohortInput } from '../../src/widgets/clv/codec';
import { cohortLayout } from '../../src/widgets/clv/layout';
import { bandScale, linearScale, tickDecimals, ticksOf } from '../../src/widgets/kit/chart/scale';
import { decode } from '../../src/widgets/kit/scenario';

afterEach(() => (i18n.locale = 'en'));

describe('scales', () => {
  it('maps a domain onto a range, extended to round numbers', () => {
    const y = linearScale([0, 18_000], [300, 0]);
    expect(y.domain).toEqual([0, 20_000]);
    expect(y(0)).toBe(300);
    expect(y(10_000)).toBe(150);
    expect(y(20_000)).toBe(0);
    expect(y.ticks()).toEqual([0, 5000, 10_000, 15_000, 20_000]);
  });

  it('gives a flat domain some height, so a flat line does not sit on the edge or divide by zero', () => {
    const y = linearScale([0, 0], [100, 0]);
    expect(y(0)).toBe(100);
    expect(Number.isFinite(y(1))).toBe(true);
    expect(y.ticks().length).toBeGreaterThan(1);
  });

  it('ticks counts on whole numbers: a cohort of one is 0 and 1, not 0, 0.2, …', () => {
    expect(linearScale([0, 1], [100, 0], { integer: true }).ticks()).toEqual([0, 1]);
    expect(linearScale([0, 3], [100, 0], { integer: true }).ticks()).toEqual([0, 1, 2, 3]);
  });

  it('gives tick labels the decimals that tell them apart', () => {
    expect(tickDecimals([0, 5, 10])).toBe(0);
    expect(tickDecimals([0, 0.2, 0.4])).toBe(1);
    expect(tickDecimals([0, 0.05, 0.1])).toBe(2);
    const labels = ticksOf(linearScale([0, 1], [100, 0]), (v, d) => v.toFixed(d)).map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('lays bands out like d3: equal steps, bars centred with padding between and around them', () => {
    const x = bandScale([1, 2, 3], [0, 310], 0.1);
    expect(x.step).toBeCloseTo(100, 9);
    expect(x.bandwidth).toBeCloseTo(90, 9);
    expect(x(1)).toBeCloseTo(10, 9);
    expect(x(3) + x.bandwidth).toBeCloseTo(300, 9);
  });
});

const cohort = (record: Record<string, string> = {}) => cohortLifetimeValue(toCohortInput(decode(clvCodec, record).scenario));

describe('the cohort chart’s geometry', () => {
  const width = 640;
  const height = 300;
  const years = cohort().years;
  const g = cohortLayout(years, undefined, width, height);

  it('draws customers as bars on the left (customers) axis: heights in proportion, from the baseline', () => {
    const [first, second, third] = g.bars;
    expect(first.y + first.height).toBeCloseTo(g.plot.bottom, 9);
    expect(second.height / first.height).toBeCloseTo(8000 / 20000, 9);
    expect(third.height / first.height).toBeCloseTo(3600 / 20000, 9);
    // The customers axis tops out at 20,000 at the top of the plot.
    const top = g.customerTicks.at(-1)!;
    expect(top.value).toBe(20_000);
    expect(first.y).toBeCloseTo(top.at, 9);
  });

  it('puts bars left to right, a year each, inside the plot', () => {
    const xs = g.bars.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(g.bars[0].x).toBeGreaterThan(g.plot.left);
    expect(g.bars.at(-1)!.x + g.bars.at(-1)!.width).toBeLessThan(g.plot.right);
  });

  it('draws value per customer as a line on the right (value) axis, not the customers axis', () => {
    // Value axis: 0 at the bottom, ticks 0, 10, …, 60; 30.00 sits half-way up.
    const zero = g.valueTicks.find((t) => t.value === 0)!;
    const sixty = g.valueTicks.find((t) => t.value === 60)!;
    expect(zero.at).toBeCloseTo(g.plot.bottom, 9);
    expect(sixty.at).toBeCloseTo(g.plot.top, 9);
    const expected = (v: number) => zero.at + ((sixty.at - zero.at) * v) / 60;
    g.points.forEach((p, i) => expect(p.y).toBeCloseTo(expected(years[i].valuePerCustomer), 6));
    // Each point sits over the middle of its year's bar.
    g.points.forEach((p, i) => expect(p.x).toBeCloseTo(g.bars[i].x + g.bars[i].width / 2, 9));
    expect(g.line.startsWith(`M${g.points[0].x.toFixed(2)},${g.points[0].y.toFixed(2)}`)).toBe(true);
  });

  it('draws the start as a ghost on the same axes, and makes room for the longer of the two', () => {
    const longer = cohort({ horizon: '5' }).years;
    const withGhost = cohortLayout(longer, years, width, height);
    expect(withGhost.ghostBars).toHaveLength(3);
    expect(withGhost.bars).toHaveLength(5);
    // The ghost's year 1 is the same cohort of 20,000: the same bar.
    expect(withGhost.ghostBars[0]).toEqual(withGhost.bars[0]);
    expect(withGhost.ghostLine).not.toBe('');
    expect(cohortLayout(years, undefined, width, height).ghostBars).toEqual([]);
  });

  it('reads right when nothing is earned: distinct value ticks, no "0 0 0 1 1 1"', () => {
    const flat = cohortLayout(cohort({ revenue: '0' }).years, undefined, width, height);
    const labels = flat.valueTicks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(flat.points.every((p) => p.y === flat.zeroY)).toBe(true);
  });

  it('reads right for a cohort of one customer: whole-number customer ticks', () => {
    const one = cohortLayout(cohort({ customers: '1' }).years, undefined, width, height);
    expect(one.customerTicks.map((t) => t.label)).toEqual(['0', '1']);
  });

  it('shows a loss below a zero line, the value axis reaching below 0', () => {
    const loss = cohortLayout(cohort({ cac: '200' }).years, undefined, width, height);
    expect(loss.valueTicks[0].value).toBeLessThan(0);
    expect(loss.zeroY).toBeLessThan(loss.plot.bottom);
    expect(loss.points[0].y).toBeGreaterThan(loss.zeroY);
  });

  it('labels every year while there is room, and thins the labels on a phone at 20 years', () => {
    expect(g.yearTicks.map((t) => t.label)).toEqual(['1', '2', '3']);
    const long = cohortLayout(cohort({ horizon: '20', retention: '0.9' }).years, undefined, 320, height);
    expect(long.yearTicks.length).toBeLessThan(20);
    expect(long.yearTicks[0].label).toBe('1');
  });

  it('formats its ticks for the locale', () => {
    i18n.locale = 'zh';
    const zh = cohortLayout(years, undefined, width, height);
    expect(zh.customerTicks.at(-1)!.label).toBe('2万');
  });
});
