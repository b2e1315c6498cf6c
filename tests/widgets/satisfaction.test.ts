// The satisfaction–loyalty chart: its scenario, state, geometry and component.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { LOYALTY_LIMITS, loyaltyFromSatisfaction } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { decode, defaults, encode } from '../../src/widgets/kit/scenario';
import { curveLoyalty, satisfactionCodec } from '../../src/widgets/satisfaction/codec';
import { labelWidth, placeLabels, satisfactionLayout } from '../../src/widgets/satisfaction/layout';
import SatisfactionLoyalty from '../../src/widgets/satisfaction/SatisfactionLoyalty.svelte';
import { placeCustomers, SatisfactionState } from '../../src/widgets/satisfaction/state.svelte';

afterEach(() => (i18n.locale = 'en'));

describe('the chart’s scenario', () => {
  it('starts with five customers on the intensely competitive curve: three defectors, a mercenary, a loyalist', () => {
    const start = defaults(satisfactionCodec);
    expect(start.competition).toBe(1);
    expect(start.placement).toBe('curve');
    expect(placeCustomers(start).map((c) => c.type)).toEqual(['defector', 'defector', 'defector', 'mercenary', 'loyalist']);
  });

  it('on the curve, reads each loyalty from the curve, whatever a link says', () => {
    const { scenario, rejected } = decode(satisfactionCodec, { competition: '0', l: '0.1,0.1,0.1,0.1,0.1' });
    expect(rejected).toEqual([]);
    expect(scenario.loyalty).toEqual(scenario.satisfaction.map((s) => curveLoyalty(s, 0)));
  });

  it('placed freely, keeps the link’s loyalties and fills a missing one from the curve', () => {
    const { scenario } = decode(satisfactionCodec, { placement: 'free', s: '2,4.5,5', l: '0.8,0.2' });
    expect(scenario.loyalty).toEqual([0.8, 0.2, curveLoyalty(5, 1)]);
    expect(placeCustomers(scenario).map((c) => c.type)).toEqual(['hostage', 'mercenary', 'loyalist']);
  });

  it.each([
    ['a satisfaction off the scale', { s: '0.5,3' }, 'satisfaction'],
    ['more customers than the chart takes', { s: Array(LOYALTY_LIMITS.customers.max + 1).fill('3').join(',') }, 'satisfaction'],
    ['a loyalty above 100%', { l: '1.2' }, 'loyalty'],
    ['a competition above 100%', { competition: '1.5' }, 'competition'],
    ['an unknown placement', { placement: 'somewhere' }, 'placement'],
  ])('refuses %s', (_, record, field) => {
    expect(decode(satisfactionCodec, record).rejected).toEqual([field]);
  });

  it('survives a round trip through a link for any scenario its controls can hold', () => {
    const step = (l: { min: number; max: number }, by: number) => fc.integer({ min: Math.round(l.min / by), max: Math.round(l.max / by) }).map((v) => v * by);
    fc.assert(
      fc.property(
        fc.record({
          competition: step(LOYALTY_LIMITS.competition, 0.05),
          placement: fc.constantFrom('curve' as const, 'free' as const),
          satisfaction: fc.array(step(LOYALTY_LIMITS.satisfaction, 0.1), { minLength: 1, maxLength: LOYALTY_LIMITS.customers.max }),
          loyalty: fc.array(step(LOYALTY_LIMITS.loyalty, 0.01), { minLength: LOYALTY_LIMITS.customers.max, maxLength: LOYALTY_LIMITS.customers.max }),
        }),
        (s) => {
          const record = encode(satisfactionCodec, s);
          const back = decode(satisfactionCodec, record);
          expect(back.rejected).toEqual([]);
          expect(encode(satisfactionCodec, back.scenario)).toEqual(record);
          expect(back.scenario.loyalty).toHaveLength(s.satisfaction.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the chart’s state', () => {
  it('turns the dissatisfied into hostages when competition falls, without moving them', () => {
    const s = new SatisfactionState();
    s.scenario.competition = 0;
    expect(s.customers.map((c) => c.type)).toEqual(['hostage', 'hostage', 'hostage', 'loyalist', 'loyalist']);
    expect(s.counts).toEqual({ loyalist: 2, mercenary: 0, hostage: 3, defector: 0 });
    expect(s.changed).toBe(true);
    expect(s.baseline.map((c) => c.type)).toEqual(['defector', 'defector', 'defector', 'mercenary', 'loyalist']);
  });

  it('moves a customer along the curve: the mercenary at 4.2 becomes a loyalist at 5', () => {
    const s = new SatisfactionState();
    s.move(3, { x: 5, y: 0 });
    expect(s.customers[3]).toMatchObject({ satisfaction: 5, loyalty: 1, type: 'loyalist', zone: 'affection' });
    expect(s.record.s).toBe('1.6,2.6,3.6,5,4.9');
  });

  it('freed customers stay where they stood, then move in both directions; back on the curve they rejoin it', () => {
    const s = new SatisfactionState();
    s.setPlacement('free');
    expect(s.customers.map((c) => c.loyalty)).toEqual(s.baseline.map((c) => c.loyalty));
    s.move(0, { x: 1.5, y: 0.95 });
    expect(s.customers[0].type).toBe('hostage');
    s.scenario.competition = 0.5;
    expect(s.customers[0].loyalty).toBe(0.95);
    s.setPlacement('curve');
    expect(s.customers[0].loyalty).toBe(curveLoyalty(1.5, 0.5));
  });

  it('takes a lesson’s start and goes back to it', () => {
    const s = new SatisfactionState({ competition: '0.2' });
    s.scenario.competition = 0.9;
    s.reset();
    expect(s.scenario.competition).toBe(0.2);
    expect(s.changed).toBe(false);
  });
});

describe('the chart’s geometry', () => {
  const s = new SatisfactionState();
  const layout = (width: number) =>
    satisfactionLayout({ curve: s.curve, captive: s.captive, competitive: s.competitive, customers: s.customers, labels: s.customers.map((c) => `${c.name} · ${c.type}`) }, width, 340);

  it('cuts the plane at satisfaction 4 and even odds, and bands the zones at 2 and 4', () => {
    const g = layout(640);
    expect(g.quadrants.cuts.vertical.x).toBeCloseTo(g.x(4), 9);
    expect(g.quadrants.cuts.horizontal.y).toBeCloseTo(g.y(0.5), 9);
    expect(g.zones.map((z) => z.zone)).toEqual(['defection', 'indifference', 'affection']);
    expect(g.zones[0].x).toBe(g.plot.left);
    expect(g.zones[1].x).toBeCloseTo(g.x(2), 9);
    expect(g.zones[2].x + g.zones[2].width).toBeCloseTo(g.plot.right, 9);
  });

  it('puts each customer at its satisfaction and loyalty', () => {
    const g = layout(640);
    g.marks.forEach((m, i) => {
      expect(m.x).toBeCloseTo(g.x(s.customers[i].satisfaction), 9);
      expect(m.y).toBeCloseTo(g.y(s.customers[i].loyalty), 9);
    });
    // The curve starts at satisfaction 1 on the floor (intense competition) and ends at 5 at the top.
    expect(g.line.startsWith(`M${g.x(1).toFixed(2)},${g.y(loyaltyFromSatisfaction({ satisfaction: 1, competition: 1 })).toFixed(2)}`)).toBe(true);
    expect(g.line.endsWith(`L${g.x(5).toFixed(2)},${g.y(1).toFixed(2)}`)).toBe(true);
  });

  it('turns a label to the left of its marker where the plot ends on the right', () => {
    const g = layout(390);
    const e = g.marks[4];
    expect(e.label.anchor).toBe('end');
    expect(g.marks[0].label.anchor).toBe('start');
  });

  it('moves a label that would sit on another one', () => {
    const plot = { left: 0, right: 600, top: 0, bottom: 300 };
    const labels = placeLabels(
      [
        { index: 0, x: 100, y: 150, text: 'A · Hostage' },
        { index: 1, x: 104, y: 152, text: 'B · Hostage' },
      ],
      plot,
    );
    const y0 = 150 + labels[0].dy;
    const y1 = 152 + labels[1].dy;
    expect(Math.abs(y0 - y1)).toBeGreaterThanOrEqual(14);
    expect(labelWidth('忠诚者')).toBe(36);
  });
});

describe('the chart, rendered', () => {
  const point = (name: string) => screen.getByRole('slider', { name: `Customer ${name}` });

  it('names each customer’s type in words, and the arrow keys move it along the curve', async () => {
    render(SatisfactionLoyalty);
    expect(point('D').getAttribute('aria-valuetext')).toBe('satisfaction 4.2, loyalty 41%, Zone of affection: a Mercenary');
    expect(screen.getByTestId('satisfaction-summary').textContent).toBe('With competition at 100%: 1 loyalist, 1 mercenary, and 3 defectors.');
    await fireEvent.keyDown(point('D'), { key: 'End' });
    expect(point('D').getAttribute('aria-valuetext')).toBe('satisfaction 5.0, loyalty 100%, Zone of affection: a Loyalist');
    expect(screen.getByText('D · Loyalist')).toBeTruthy();
    expect(screen.getByTestId('satisfaction-summary').textContent).toContain('2 loyalists and 3 defectors. At the start: 1 loyalist, 1 mercenary, and 3 defectors.');
  });

  it('turns competition down and the dissatisfied become hostages, in the table too', async () => {
    render(SatisfactionLoyalty);
    const box = screen.getByLabelText('Competition in this market', { selector: 'input[type=text]' });
    await fireEvent.input(box, { target: { value: '0' } });
    expect(screen.getByTestId('satisfaction-summary').textContent).toMatch(/^With competition at 0%: 2 loyalists and 3 hostages\./);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1].textContent).toContain('Hostage');
  });

  it('placed anywhere, up and down change loyalty', async () => {
    render(SatisfactionLoyalty);
    await fireEvent.click(screen.getByLabelText('Anywhere I put them'));
    await fireEvent.keyDown(point('A'), { key: 'ArrowUp', shiftKey: true });
    expect(point('A').getAttribute('aria-valuetext')).toBe('satisfaction 1.6, loyalty 10%, Zone of defection: a Defector');
    for (let i = 0; i < 5; i++) await fireEvent.keyDown(point('A'), { key: 'PageUp' });
    expect(point('A').getAttribute('aria-valuetext')).toContain('loyalty 60%, Zone of defection: a Hostage');
  });

  it('is one image, its five points sliders laid over it (an image may hold no controls)', () => {
    render(SatisfactionLoyalty);
    const chart = screen.getByRole('img', { name: /^Satisfaction \(across\) against loyalty/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(within(chart).queryAllByRole('slider')).toHaveLength(0);
    expect(within(chart.parentElement!).getAllByRole('slider')).toHaveLength(5);
  });

  it('speaks Chinese, with the deck’s names for the types', () => {
    i18n.locale = 'zh';
    render(SatisfactionLoyalty);
    expect(screen.getByRole('heading', { name: '客户满意与客户忠诚' })).toBeTruthy();
    expect(screen.getByTestId('satisfaction-summary').textContent).toBe('竞争程度为 100% 时：忠诚者 1 位、惟利是图者 1 位和背叛者 3 位。');
    expect(screen.getByText('D · 惟利是图者')).toBeTruthy();
  });
});
