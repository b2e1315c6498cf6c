// The delivered-value balance: its scenario, state, geometry and component.
import { fireEvent, render, screen } from '@testing-library/svelte';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { deliveredValue } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { deliveredCodec, toDeliveredInput } from '../../src/widgets/delivered/codec';
import DeliveredBalance from '../../src/widgets/delivered/DeliveredBalance.svelte';
import { balanceLayout, spreadLabels } from '../../src/widgets/delivered/layout';
import { DeliveredState } from '../../src/widgets/delivered/state.svelte';
import { decode, defaults, encode } from '../../src/widgets/kit/scenario';

afterEach(() => (i18n.locale = 'en'));
const example = defaults(deliveredCodec);

describe('the balance’s scenario and state', () => {
  it('starts from the car service: benefit 100, cost 90, delivered value 10', () => {
    expect(deliveredValue(toDeliveredInput(example))).toEqual({ totalBenefit: 100, totalCost: 90, deliveredValue: 10, ratio: 100 / 90 });
  });

  it('refuses a negative or huge part and names it', () => {
    expect(decode(deliveredCodec, { time: '-5', image: '1e9', money: '40' })).toEqual({ scenario: { ...example, money: 40 }, rejected: ['image', 'time'] });
    const s = { ...example, psychic: 12.5 };
    expect(decode(deliveredCodec, encode(deliveredCodec, s)).scenario).toEqual(s);
  });

  it('cutting the price by 10 and cutting waiting time by 10 each raise delivered value by 10', () => {
    const cheaper = new DeliveredState();
    expect(cheaper.cut('money')).toBe(10);
    const faster = new DeliveredState();
    faster.cut('time');
    expect(cheaper.result.deliveredValue).toBe(20);
    expect(faster.result.deliveredValue).toBe(20);
    expect(faster.baseline.deliveredValue).toBe(10);
  });

  it('cuts no further than nothing', () => {
    const s = new DeliveredState({ time: '4' });
    expect(s.cut('time')).toBe(4);
    expect(s.cut('time')).toBe(0);
    expect(s.scenario.time).toBe(0);
  });
});

describe('the balance’s geometry', () => {
  const g = balanceLayout(example, undefined, 640, 320);
  const pxPerUnit = (g.plot.bottom - g.benefit.top) / 100;

  it('stacks each side’s parts from the baseline, each as tall as its value', () => {
    for (const stack of [g.benefit, g.cost]) {
      expect(stack.segments[0].y + stack.segments[0].height).toBeCloseTo(g.plot.bottom, 9);
      for (const [i, seg] of stack.segments.entries()) {
        expect(seg.height).toBeCloseTo(seg.value * pxPerUnit, 9);
        if (i > 0) expect(seg.y + seg.height).toBeCloseTo(stack.segments[i - 1].y, 9);
      }
    }
    expect(g.cost.top - g.benefit.top).toBeCloseTo(10 * pxPerUnit, 9);
  });

  it('marks delivered value as the gap between the tops, signed', () => {
    expect(g.gap).toMatchObject({ from: g.cost.top, to: g.benefit.top, value: 10 });
    const loss = balanceLayout({ ...example, money: 80 }, undefined, 640, 320);
    expect(loss.gap.value).toBe(-15);
    expect(loss.gap.from).toBeLessThan(loss.gap.to);
  });

  it('keeps the start’s totals as ghosts on one scale with the new ones', () => {
    const cheaper = balanceLayout({ ...example, money: 45 }, example, 640, 320);
    expect(cheaper.cost.ghost!.y).toBeCloseTo(g.cost.top, 9);
    expect(cheaper.cost.top - cheaper.cost.ghost!.y).toBeCloseTo(10 * pxPerUnit, 9);
  });

  it('puts the labels outside the stacks and never on top of each other', () => {
    expect(g.benefit.labels.every((l) => l.x < g.benefit.x && l.anchor === 'end')).toBe(true);
    expect(g.cost.labels.every((l) => l.x > g.cost.x + g.cost.width && l.anchor === 'start')).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 1, maxLength: 6 }), (targets) => {
        const placed = spreadLabels(targets, 16, 0, 300);
        const sorted = [...placed].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i] - sorted[i - 1]).toBeGreaterThanOrEqual(16 - 1e-9);
        expect(sorted[sorted.length - 1]).toBeLessThanOrEqual(300 + 1e-9);
      }),
    );
    expect(spreadLabels([50, 120], 16, 0, 300)).toEqual([50, 120]);
  });

  it('draws nothing NaN when everything is 0', () => {
    const zero = Object.fromEntries(Object.keys(example).map((k) => [k, 0])) as typeof example;
    const z = balanceLayout(zero, undefined, 300, 320);
    expect(JSON.stringify(z)).not.toMatch(/NaN|null/);
    expect(z.narrow).toBe(true);
  });
});

describe('the balance on the page', () => {
  const value = () => screen.getByTestId('delivered-value').textContent;

  it('shows the example’s delivered value and a sentence for it', () => {
    render(DeliveredBalance);
    expect(value()).toBe('+10');
    expect(screen.getByText(/The customer gets 100 in benefit and gives up 90/)).toBeTruthy();
  });

  it('the two buttons raise delivered value by the same 10, and say so', async () => {
    render(DeliveredBalance);
    await fireEvent.click(screen.getByRole('button', { name: 'Cut the price by 10' }));
    expect(value()).toBe('+20');
    expect(screen.getByTestId('delivered-said').textContent).toBe('Cut the price by 10 took 10 off the customer’s cost: delivered value is now +20 (it was +10).');
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the example' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Cut waiting time by 10' }));
    expect(value()).toBe('+20');
    expect(screen.getByTestId('delivered-change').textContent?.trim()).toBe('+10 vs the example');
  });

  it('recomputes from a typed part', async () => {
    render(DeliveredBalance);
    await fireEvent.input(screen.getByLabelText('Psychic cost', { selector: 'input[type=text]' }), { target: { value: '30' } });
    expect(value()).toBe('-15');
    expect(screen.getByText(/the offer asks for more than it gives/)).toBeTruthy();
  });

  it('speaks Chinese', () => {
    i18n.locale = 'zh';
    render(DeliveredBalance);
    expect(screen.getByRole('button', { name: '降价 10' })).toBeTruthy();
    expect(screen.getByText(/顾客得到的总价值为 100/)).toBeTruthy();
  });
});
