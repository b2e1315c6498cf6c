import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ClvCalculator from '../../src/widgets/ClvCalculator.svelte';

const value = () => screen.getByTestId('clv-value').textContent;
const type = (label: string, text: string) => fireEvent.input(screen.getByLabelText(label, { selector: 'input[type=number]' }), { target: { value: text } });

describe('CLV calculator', () => {
  it('starts from the cohort example and shows its table, summary and formula', () => {
    render(ClvCalculator);
    expect(value()).toBe('51.56');
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText(/Of 20,000 customers acquired, 3,600 are still buying in year 3/)).toBeTruthy();
    expect(screen.getByText(/\(600,000 \+ 300,000 \+ 131,250\) ÷ 20,000/)).toBeTruthy();
  });

  it('recomputes when the learner changes retention', async () => {
    render(ClvCalculator);
    await type('After year 1', '50');
    expect(value()).toBe('56.95');
  });

  it('shows a message by an invalid field and keeps the last valid result', async () => {
    render(ClvCalculator);
    await type('Revenue per customer per year', '-5');
    expect(screen.getByText('Enter a value from 0 to 100000.')).toBeTruthy();
    expect(screen.getByText(/Fix the highlighted field/)).toBeTruthy();
    expect(value()).toBe('51.56');
    await type('Revenue per customer per year', 'abc');
    expect(screen.getByText('Enter a number.')).toBeTruthy();
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
    expect(screen.queryByText('Enter a number.')).toBeNull();
    expect(screen.queryByText(/Fix the highlighted field/)).toBeNull();
    expect(screen.getByLabelText('Revenue per customer per year', { selector: 'input[type=number]' })).toHaveProperty('value', '150');
  });

  it('refuses a fractional horizon and accepts a longer one, extending the per-year rates', async () => {
    render(ClvCalculator);
    await type('Years to follow the cohort', '2.5');
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
    await type('Years to follow the cohort', '5');
    expect(screen.getAllByLabelText(/^After year \d$/)).toHaveLength(5);
    // Years 4 and 5 keep the last rates: 1,800 and 900 customers at 65% costs.
    expect(screen.getByText(/3,600 × 150/)).toBeTruthy();
    expect(screen.getByText(/900 × 150/)).toBeTruthy();
  });

  it('keeps per-year rates while the horizon is typed digit by digit', async () => {
    render(ClvCalculator);
    await type('After year 3', '60');
    await type('Years to follow the cohort', '1');
    await type('Years to follow the cohort', '12');
    const rates = screen.getAllByLabelText(/^After year \d+$/).map((input) => (input as HTMLInputElement).value);
    expect(rates).toEqual(['40', '45', '60', '60', '60', '60', '60', '60', '60', '60', '60', '60']);
  });

  it('takes starting values from a lesson, and ignores invalid ones', () => {
    render(ClvCalculator, { props: { retention: 0.8, costShare: 0.5, horizon: 10, revenue: -3 } });
    expect(screen.getByLabelText('Retention rate', { selector: 'input[type=number]' })).toHaveProperty('value', '80');
    expect(screen.getByLabelText('Revenue per customer per year', { selector: 'input[type=number]' })).toHaveProperty('value', '150');
    expect(screen.getAllByRole('row')).toHaveLength(11);
  });
});
