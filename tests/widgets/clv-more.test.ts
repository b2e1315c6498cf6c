// The calculator's newer parts: inputs folded under "More inputs" in a lesson, all in view in the lab,
// spend per year, per-customer costs and referrals, and the sensitivity (tornado) view.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/lib/i18n';
import ClvCalculator from '../../src/widgets/clv/ClvCalculator.svelte';
import { clvCodec } from '../../src/widgets/clv/codec';
import { decode, fromBareKeys } from '../../src/widgets/kit/scenario';
import { ClvState } from '../../src/widgets/clv/state.svelte';
import { levers, tornadoLayout, ROW_HEIGHT } from '../../src/widgets/clv/tornadoLayout';

const value = () => screen.getByTestId('clv-value').textContent;
const box = (label: string) => screen.getByLabelText(label, { selector: 'input[type=text]' }) as HTMLInputElement;
const type = (label: string, text: string) => fireEvent.input(box(label), { target: { value: text } });
const more = () => screen.getByText('More inputs').closest('details') as HTMLDetailsElement;

afterEach(() => (i18n.locale = 'en'));

describe('the calculator’s inputs: the few that make the point, the rest folded', () => {
  it('opens a lesson’s calculator with retention, costs, discount rate and horizon in view, the rest folded', () => {
    render(ClvCalculator);
    expect(more().open).toBe(false);
    for (const label of ['Customers acquired in year 1', 'Revenue per customer per year', 'Acquisition cost per customer', 'Referral rate per year']) {
      expect(more().contains(box(label))).toBe(true);
    }
    for (const label of ['After year 1', 'Year 1', 'Discount rate per year', 'Years to follow the cohort']) {
      expect(more().contains(box(label))).toBe(false);
    }
  });

  it('opens the fold when a folded input starts away from the example, so nothing that moves the value is hidden', () => {
    render(ClvCalculator, { props: { referralRate: 0.1 } });
    expect(more().open).toBe(true);
  });

  it('shows every input in the lab, with no fold', () => {
    render(ClvCalculator, { props: { expanded: true, titled: false, level: 1 } });
    expect(screen.queryByText('More inputs')).toBeNull();
    expect(box('Referral rate per year')).toBeTruthy();
  });

  it('says that the last year’s rates carry forward past a short list', () => {
    render(ClvCalculator);
    expect(screen.getByText(/keeps using that year’s rates/)).toBeTruthy();
  });
});

describe('new inputs in the calculator', () => {
  it('a 10% referral rate: 59.88 per original customer, with referred customers in the table', async () => {
    render(ClvCalculator);
    await type('Referral rate per year', '10');
    expect(value()).toBe('59.88');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Referred' })).toBeTruthy());
    expect(screen.getByText(/\(20,000 \+ 2,000\) × \(150 × \(1 − 80.0%\) − 0.00\)/)).toBeTruthy();
  });

  it('spend set year by year: 150, 165, 180 gives 54.38', async () => {
    render(ClvCalculator);
    const fieldset = screen.getByRole('group', { name: 'Revenue per customer per year' });
    await fireEvent.click(within(fieldset).getByLabelText('A value for each year'));
    const years = within(fieldset).getAllByRole('textbox');
    expect(years).toHaveLength(3);
    await fireEvent.input(years[1], { target: { value: '165' } });
    await fireEvent.input(years[2], { target: { value: '180' } });
    expect(value()).toBe('54.38');
  });

  it('a yearly cost per customer of 5 takes (20,000 + 8,000 ÷ 1.2 + 3,600 ÷ 1.44) × 5 ÷ 20,000 = 7.29 off', async () => {
    render(ClvCalculator);
    await type('Yearly cost per active customer', '5');
    expect(value()).toBe('44.27');
  });
});

describe('links from before the new inputs', () => {
  it('read as before: a single revenue, bare keys, the legacy years key', () => {
    const bare = fromBareKeys(clvCodec, { revenue: '300', years: '4' });
    const { scenario, rejected } = decode(clvCodec, bare);
    expect(rejected).toEqual([]);
    expect(scenario.revenue).toEqual([300]);
    expect(scenario.horizon).toBe(4);
    expect(scenario.referralRate).toBe(0);
    expect(scenario.costPerCustomer).toEqual([0]);
    const s = new ClvState({ revenue: '300' });
    expect(s.result.valuePerCustomer).toBeCloseTo(2 * 51.5625, 9);
  });
});

describe('the sensitivity view', () => {
  it('names year 1’s cost share as the strongest lever in the example, ahead of retention after year 1', async () => {
    render(ClvCalculator);
    await fireEvent.click(screen.getByLabelText('What moves the value'));
    const summary = screen.getByTestId('clv-levers-summary').textContent!;
    expect(summary).toMatch(/^The strongest lever is cost share in year 1: from 72.0% to 88.0%, value per original customer goes from 63.56 to 39.56, a swing of 24.00\. Next comes retention after year 1, with a swing of 10.78\./);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^Cost share in year 1/);
    expect(screen.getByText(/these are not shown: cost per customer, referral rate, referral reward, and acquisition cost/)).toBeTruthy();
  });

  it('follows the inputs: at 0% costs in year 1 and retention of 90%, retention after year 1 leads', async () => {
    render(ClvCalculator, { props: { view: 'levers' } });
    const fieldset = screen.getByRole('group', { name: 'Retention rate' });
    await fireEvent.click(within(fieldset).getByLabelText('Same every year'));
    await type('Retention rate', '90');
    expect(screen.getByTestId('clv-levers-summary').textContent).toMatch(/^The strongest lever is/);
    expect(screen.getByTestId('clv-levers-summary').textContent).not.toMatch(/^The strongest lever is cost share in year 3/);
  });

  it('speaks Chinese', async () => {
    i18n.locale = 'zh';
    render(ClvCalculator, { props: { view: 'levers' } });
    expect(screen.getByTestId('clv-levers-summary').textContent).toMatch(/^影响最大的是第 1 年的成本比例/);
  });
});

describe('the tornado’s geometry', () => {
  const s = new ClvState();
  const entries = levers(s.sensitivity());
  const base = s.result.valuePerCustomer;
  const g = tornadoLayout(entries, base, 600);

  it('gives each lever a row, largest first, and bars as long as the swing on one scale', () => {
    expect(g.rows).toHaveLength(entries.length);
    g.rows.forEach((r, i) => expect(r.barY).toBeCloseTo(g.plot.top + i * ROW_HEIGHT + 19, 9));
    const [first, second] = g.rows;
    const length = (r: (typeof g.rows)[number]) => r.low.width + r.high.width;
    expect(length(first) / length(second)).toBeCloseTo(first.entry.swing / second.entry.swing, 6);
  });

  it('puts the lowered input’s bar on the side its value falls: cost share lowered raises value', () => {
    const cost = g.rows[0];
    expect(cost.low.x).toBeCloseTo(g.baseX, 9); // starts at the base and runs right
    expect(cost.high.x + cost.high.width).toBeCloseTo(g.baseX, 9); // ends at the base, from the left
  });

  it('keeps every bar inside the plot and the height growing with the rows', () => {
    for (const r of g.rows) {
      for (const bar of [r.low, r.high]) {
        expect(bar.x).toBeGreaterThanOrEqual(g.plot.left - 1e-9);
        expect(bar.x + bar.width).toBeLessThanOrEqual(g.plot.right + 1e-9);
      }
    }
    expect(tornadoLayout(entries.slice(0, 2), base, 600).height).toBeLessThan(g.height);
    expect(tornadoLayout([], base, 300).rows).toEqual([]);
  });
});
