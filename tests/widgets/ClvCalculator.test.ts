import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/lib/i18n';
import ClvCalculator from '../../src/widgets/clv/ClvCalculator.svelte';

const value = () => screen.getByTestId('clv-value').textContent;
const box = (label: string) => screen.getByLabelText(label, { selector: 'input[type=text]' }) as HTMLInputElement;
const type = (label: string, text: string) => fireEvent.input(box(label), { target: { value: text } });
const table = () => screen.getByRole('table');

afterEach(() => (i18n.locale = 'en'));

describe('CLV calculator', () => {
  it('starts from the cohort example and shows its table, summary and formula', async () => {
    render(ClvCalculator);
    expect(value()).toBe('51.56');
    expect(within(table()).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText(/Of 20,000 customers acquired, 3,600 are still buying in year 3/)).toBeTruthy();
    expect(screen.getByText(/\(600,000 \+ 300,000 \+ 131,250\) ÷ 20,000/)).toBeTruthy();
    expect(screen.queryByTestId('clv-change')).toBeNull();
  });

  it('recomputes when the learner changes retention, and says how far it moved from the example', async () => {
    render(ClvCalculator);
    await type('After year 1', '50');
    expect(value()).toBe('56.95');
    expect(screen.getByTestId('clv-change').textContent?.trim()).toBe('+5.39 vs the example');
    expect(screen.getByText(/With the starting values it was 51.56/)).toBeTruthy();
    // The table follows once the input pauses.
    await waitFor(() => expect(within(table()).getAllByRole('row')[2].textContent).toContain('10,000'));
  });

  it('reads a decimal comma as a decimal, not as a number ten times larger', async () => {
    render(ClvCalculator);
    await type('Discount rate per year', '10,5');
    expect(box('Discount rate per year').getAttribute('aria-invalid')).toBe('false');
    // The same result as "10.5".
    const withComma = value();
    await type('Discount rate per year', '10.5');
    expect(value()).toBe(withComma);
    expect(withComma).not.toBe('51.56');
  });

  it('shows a message by an invalid field and keeps the last valid result, marked as such', async () => {
    render(ClvCalculator);
    await type('Revenue per customer per year', '-5');
    expect(screen.getByText('Enter a value from 0 to 1,000,000.')).toBeTruthy();
    expect(screen.getByText(/Fix the highlighted field/)).toBeTruthy();
    expect(value()).toBe('51.56');
    await type('Revenue per customer per year', 'abc');
    expect(screen.getByText('Enter a number, such as 12 or 12.5.')).toBeTruthy();
    await type('Revenue per customer per year', '300');
    expect(screen.queryByText(/Fix the highlighted field/)).toBeNull();
    expect(value()).toBe('103.13'); // every profit doubles: 2 × 51.5625
  });

  it('clears invalid text and its message when the learner goes back to the example', async () => {
    render(ClvCalculator);
    await type('Revenue per customer per year', 'abc');
    await type('After year 1', '50');
    expect(value()).toBe('56.95');
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the example' }));
    expect(value()).toBe('51.56');
    expect(screen.queryByText(/Enter a number/)).toBeNull();
    expect(screen.queryByText(/Fix the highlighted field/)).toBeNull();
    expect(box('Revenue per customer per year').value).toBe('150');
    expect(screen.queryByTestId('clv-change')).toBeNull();
  });

  it('refuses a fractional horizon and accepts a longer one, filling every year’s box', async () => {
    render(ClvCalculator);
    await type('Years to follow the cohort', '2.5');
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
    await type('Years to follow the cohort', '5');
    const rates = screen.getAllByLabelText(/^After year \d$/).map((input) => (input as HTMLInputElement).value);
    expect(rates).toEqual(['40', '45', '50', '50', '50']);
    // Years 4 and 5 keep the last rates: 1,800 and 900 customers at 65% costs.
    await waitFor(() => expect(screen.getByText(/900 × 150 × \(1 − 65.0%\)/)).toBeTruthy());
  });

  it('takes starting values from a lesson, and ignores invalid ones', () => {
    render(ClvCalculator, { props: { retention: 0.8, costShare: 0.5, horizon: 10, revenue: -3 } });
    expect(box('Retention rate').value).toBe('80');
    expect(box('Revenue per customer per year').value).toBe('150');
    expect(within(table()).getAllByRole('row')).toHaveLength(11);
    // Its own start is the baseline, so nothing reads "vs the example" until the learner changes something.
    expect(screen.queryByTestId('clv-change')).toBeNull();
  });

  it('says "1 customer", and writes a year’s cost share as set even when there is no revenue', async () => {
    render(ClvCalculator);
    await type('Customers acquired in year 1', '1');
    await type('Revenue per customer per year', '0');
    expect(screen.getByText(/Of 1 customer acquired, 0.18 is still buying in year 3/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/× \(1 − 70.0%\)/)).toBeTruthy());
    expect(screen.queryByText(/\(1 − 0.0%\)/)).toBeNull();
  });

  it('lays 20 years of rates out as a grid of boxes, every one filled', async () => {
    render(ClvCalculator);
    await type('Years to follow the cohort', '20');
    const boxes = screen.getAllByLabelText(/^After year \d+$/) as HTMLInputElement[];
    expect(boxes).toHaveLength(20);
    expect(boxes.every((b) => b.value !== '')).toBe(true);
    expect(boxes[0].closest('.years')).toBeTruthy();
  });

  it('announces the customers slider with its unit', () => {
    render(ClvCalculator);
    const slider = screen.getByRole('slider', { name: 'Customers acquired in year 1 (slider)' });
    expect(slider.getAttribute('aria-valuetext')).toBe('20,000 customers');
    expect(Number(slider.getAttribute('max'))).toBeLessThan(100);
  });

  it('speaks Chinese, with the same numbers', () => {
    i18n.locale = 'zh';
    render(ClvCalculator);
    expect(value()).toBe('51.56');
    expect(screen.getByRole('heading', { name: '客户终生价值计算器' })).toBeTruthy();
    expect(screen.getByText(/最初获得的 20,000 位客户中/)).toBeTruthy();
  });
});

describe('prepared scenarios (presenter mode)', () => {
  it('names its presets on its root and jumps to one on the deck’s event', async () => {
    const { container } = render(ClvCalculator, {
      props: { presets: [{ name: 'High-churn telecom', values: { retention: 0.2, horizon: 5 } }, { name: 'Loyal club', values: { retention: 0.9 } }] },
    });
    const root = container.querySelector<HTMLElement>('.widget')!;
    expect(root.dataset.presets).toBe('High-churn telecom\nLoyal club');
    root.dispatchEvent(new CustomEvent('cvmpreset', { detail: 1 }));
    await waitFor(() => expect(box('Years to follow the cohort').value).toBe('5'));
    expect(box('Retention rate').value).toBe('20');
    root.dispatchEvent(new CustomEvent('cvmpreset', { detail: 3 })); // no third: nothing happens
    expect(box('Retention rate').value).toBe('20');
  });
});
