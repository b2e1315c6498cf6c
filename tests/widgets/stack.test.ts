// The profit-per-customer stack: scenario, state, layout and component.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { profitStack, PROFIT_STACK_LIMITS as L } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { decode, defaults } from '../../src/widgets/kit/scenario';
import { PRESETS, stackCodec, toStackInput } from '../../src/widgets/stack/codec';
import { stackLayout } from '../../src/widgets/stack/layout';
import { StackState } from '../../src/widgets/stack/state.svelte';
import ProfitStack from '../../src/widgets/stack/ProfitStack.svelte';

afterEach(() => (i18n.locale = 'en'));

describe('the scenario and state', () => {
  it('the coffee subscriber: 327 of profit over six years, 202.90 after discounting and the 40 it cost to win her', () => {
    const r = profitStack(toStackInput(defaults(stackCodec)));
    expect(r.total).toBeCloseTo(327, 9);
    expect(r.lifetimeValue).toBeCloseTo(202.9, 2);
    expect(r.components.map((c) => Math.round(c.share * 100))).toEqual([4, 46, 18, 9, 14, 9]);
    // CLV1 only in year 1, CLV2 from year 2, CLV3 growing by 4 a year.
    expect(r.years.map((y) => y.components.initialPurchase)).toEqual([12, 0, 0, 0, 0, 0]);
    expect(r.years.map((y) => y.components.repeatAndShareOfWallet)).toEqual([0, 30, 30, 30, 30, 30]);
    expect(r.years.map((y) => y.components.crossSelling)).toEqual([0, 4, 8, 12, 16, 20]);
  });

  it('pays back in year 2; three years give 52.25', () => {
    const s = new StackState();
    expect(s.paybackYear).toBe(2);
    s.scenario.years = 3;
    expect(s.result.lifetimeValue).toBeCloseTo(52.25, 2);
    s.scenario.acquisitionCost = 10_000;
    expect(s.paybackYear).toBeUndefined();
  });

  it('reads both presets whole, within the limits', () => {
    for (const record of Object.values(PRESETS)) expect(decode(stackCodec, record).rejected).toEqual([]);
    expect(decode(stackCodec, { years: String(L.years.max + 1) }).rejected).toEqual(['years']);
  });
});

describe('the layout', () => {
  const r = profitStack(toStackInput(defaults(stackCodec)));
  const g = stackLayout(r, 640, 280);

  it('stacks each year to its total above zero, and draws the acquisition cost below zero in year 1', () => {
    const year2 = g.segments.filter((s) => s.year === 2);
    const height = year2.reduce((h, s) => h + s.height, 0);
    const year6 = g.segments.filter((s) => s.year === 6).reduce((h, s) => h + s.height, 0);
    expect(height / year6).toBeCloseTo(41 / 85, 6);
    expect(Math.max(...year2.map((s) => s.y + s.height))).toBeCloseTo(g.zeroY, 6);
    expect(g.acquisition!.y).toBeCloseTo(g.zeroY, 9);
    expect(g.acquisition!.height).toBeGreaterThan(0);
  });

  it('puts the line below zero while the customer has not paid back, above it after', () => {
    expect(g.points[0].y).toBeGreaterThan(g.zeroY);
    expect(g.points[1].y).toBeLessThan(g.zeroY);
  });

  it('draws no acquisition bar at 0 and never a NaN for a customer who brings nothing', () => {
    const none = stackLayout(profitStack({ years: 3, components: {}, acquisitionCost: 0 }), 300, 200);
    expect(none.acquisition).toBeUndefined();
    expect(none.line).not.toContain('NaN');
  });
});

describe('the component', () => {
  const value = () => screen.getByTestId('stack-value').textContent;

  it('gives each part’s share in its text twin, and a preset changes everything at once', async () => {
    render(ProfitStack);
    expect(value()).toBe('202.90');
    expect(screen.getByTestId('stack-summary').textContent).toContain('CLV2 Repeat purchases and share of wallet 46%');
    await fireEvent.click(screen.getByRole('button', { name: 'A bank customer' }));
    expect(value()).not.toBe('202.90');
    expect(screen.getByRole('button', { name: 'A bank customer' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('reacts to a slider’s box', async () => {
    render(ProfitStack);
    await fireEvent.input(screen.getByLabelText('CLV5 Referrals', { selector: 'input[type=text]' }), { target: { value: '0' } });
    expect(Number(value())).toBeLessThan(202.9);
    expect(screen.getByTestId('stack-change')).toBeTruthy();
  });

  it('draws a year more at once, and adds it to the table once the input pauses', async () => {
    const { container } = render(ProfitStack);
    const table = () => screen.getByRole('table', { name: 'Profit by source, year by year' });
    const bars = () => container.querySelectorAll('rect.segment').length;
    const before = { bars: bars(), rows: within(table()).getAllByRole('row').length };
    await fireEvent.input(screen.getByLabelText('Years the customer stays', { selector: 'input[type=text]' }), { target: { value: '7' } });
    expect(bars()).toBeGreaterThan(before.bars);
    expect(within(table()).getAllByRole('row').length).toBe(before.rows);
    expect(table().closest('.details')!.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(within(table()).getAllByRole('row').length).toBe(before.rows + 1));
    expect(table().closest('.details')!.getAttribute('aria-busy')).toBe('false');
  });

  it('speaks Chinese', () => {
    i18n.locale = 'zh';
    render(ProfitStack);
    expect(screen.getByRole('heading', { name: '客户的价值从哪里来：利润叠加图' })).toBeTruthy();
    expect(screen.getByTestId('stack-payback').textContent).toBe('这位客户在第 2 年收回获客成本。');
  });
});
