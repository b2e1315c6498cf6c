// Module 3's widgets, rendered: each reacts to its inputs, shows its text twin, and speaks Chinese.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/lib/i18n';
import ParetoCurve from '../../src/widgets/pareto/ParetoCurve.svelte';
import CustomerPyramid from '../../src/widgets/pyramid/CustomerPyramid.svelte';
import ProfitabilityMatrix from '../../src/widgets/matrix/ProfitabilityMatrix.svelte';
import ProfitabilityWaterfall from '../../src/widgets/waterfall/ProfitabilityWaterfall.svelte';

afterEach(() => (i18n.locale = 'en'));

const box = (label: string | RegExp) => screen.getByLabelText(label, { selector: 'input[type=text]' }) as HTMLInputElement;
const type = (label: string | RegExp, text: string) => fireEvent.input(box(label), { target: { value: text } });
const text = (id: string) => screen.getByTestId(id).textContent?.replace(/\s+/g, ' ').trim();

describe('the customer pyramid', () => {
  it('starts on the generated shop at Curry’s tiers, with its table and summary', () => {
    render(CustomerPyramid);
    expect(text('pyramid-headline')).toBe('The top tier: 1.0% of customers, 20.5% of revenue');
    expect(screen.getByText(/the top three tiers together, 20.0% of the customers, bring 79.9%/)).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[1].textContent).toContain('VIP customers');
    expect(text('pyramid-what-if')).toContain('If 1% of small customers (8 customers) bought like the average of medium customers');
  });

  it('recuts the tiers as the learner widens the top one, and the what-if follows its share', async () => {
    render(CustomerPyramid, { props: { showCutoffs: true } });
    await type('VIP customers', '5');
    expect(text('pyramid-headline')).toMatch(/^The top tier: 5.0% of customers/);
    expect(screen.getByText('Small customers: the rest, 76.0%')).toBeTruthy();
    await type('Share of that tier who move up', '10');
    expect(text('pyramid-what-if')).toContain('If 10% of small customers (76 customers)');
  });

  it('switches to Zeithaml, Rust & Lemon’s names without changing the numbers', async () => {
    render(CustomerPyramid);
    const before = text('pyramid-headline');
    await fireEvent.click(screen.getByLabelText(/Zeithaml, Rust & Lemon/));
    expect(within(screen.getByRole('table')).getAllByRole('row')[1].textContent).toContain('Platinum');
    expect(text('pyramid-headline')).toBe(before);
  });

  it('loads CDNOW when chosen and shows its attribution', async () => {
    render(CustomerPyramid);
    await fireEvent.click(screen.getByLabelText(/CDNOW, a real retailer/));
    await waitFor(() => expect(text('pyramid-headline')).toBe('The top tier: 1.0% of customers, 15.9% of revenue'), { timeout: 15_000 });
    expect(text('cdnow-attribution')).toContain('Fader, B. G. S. Hardie & K. L. Lee (2005)');
    expect(text('cdnow-attribution')).toContain('23,570 customers');
  }, 20_000);

  it('draws revenues handed in from outside, without the source picker', () => {
    render(CustomerPyramid, { props: { revenues: Array.from({ length: 100 }, (_, i) => 100 - i), givenNote: 'Your file: 100 customers.' } });
    expect(screen.queryByText('Whose customers')).toBeNull();
    expect(screen.getByText('Your file: 100 customers.')).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('row')[4].textContent).toContain('80');
  });

  it('speaks Chinese with the deck’s tier names', () => {
    i18n.locale = 'zh';
    render(CustomerPyramid);
    expect(screen.getByRole('heading', { name: '客户金字塔' })).toBeTruthy();
    expect(text('pyramid-headline')).toBe('最上层：1.0% 的客户，带来 20.5% 的收入');
    expect(within(screen.getByRole('table')).getAllByRole('row')[1].textContent).toContain('VIP客户');
  });
});

describe('the Pareto curve', () => {
  it('reads the generated shop at the top 20%, and at any share typed', async () => {
    render(ParetoCurve);
    expect(text('pareto-headline')).toBe('The top 20% of customers bring 79.9% of the revenue');
    await type('Top share of customers', '50');
    expect(text('pareto-headline')).toBe('The top 50% of customers bring 95.7% of the revenue');
    expect(screen.getAllByText('50% (your point)').length).toBeGreaterThan(0);
  });

  it('moves the point with the arrow keys', async () => {
    render(ParetoCurve);
    const point = screen.getByTestId('pareto-point');
    await fireEvent.keyDown(point, { key: 'ArrowRight' });
    expect(text('pareto-headline')).toMatch(/^The top 21% of customers/);
    await fireEvent.keyDown(point, { key: 'ArrowLeft', shiftKey: true });
    expect(text('pareto-headline')).toMatch(/^The top 11% of customers/);
    expect(point.getAttribute('aria-label')).toBe('Point on the curve');
    expect(point.getAttribute('aria-valuetext')).toMatch(/^the top 11% of customers bring/);
  });

  it('flattens as spending evens out: spread 0 is the diagonal', async () => {
    render(ParetoCurve);
    await type('How unequal spending is', '0');
    expect(text('pareto-headline')).toBe('The top 20% of customers bring 20.0% of the revenue');
    expect(text('pareto-stats')).toContain('Gini coefficient 0.00');
    expect(text('pareto-change')).toBe('In the example shop: 79.9%');
  });

  it('finds 68/20 in CDNOW', async () => {
    render(ParetoCurve, { props: { data: 'cdnow' } });
    await waitFor(() => expect(text('pareto-headline')).toBe('The top 20% of customers bring 67.8% of the revenue'), { timeout: 15_000 });
    expect(text('pareto-stats')).toBe('80% of the revenue comes from the top 32.6%. Gini coefficient 0.63.');
    expect(screen.getByTestId('cdnow-attribution')).toBeTruthy();
  }, 20_000);

  it('says so when revenues handed in cannot be drawn', () => {
    render(ParetoCurve, { props: { revenues: [0, 0, 0] } });
    expect(screen.getByRole('alert').textContent).toContain('cannot be drawn');
  });

  it('speaks Chinese', () => {
    i18n.locale = 'zh';
    render(ParetoCurve);
    expect(text('pareto-headline')).toBe('排名前 20% 的客户带来 79.9% 的收入');
  });
});

describe('the profitability waterfall', () => {
  it('shows customer A, says the order flips, and recomputes when a step changes', async () => {
    render(ProfitabilityWaterfall);
    expect(text('waterfall-net')).toBe('Customer A: net customer profit 25 (3.0% of net sales value)');
    expect(text('waterfall-compare')).toBe('Customer A brings more gross profit, but Customer B brings more net profit: the order flips once customer-related costs come off.');
    await type('Distribution and service costs', '40');
    expect(text('waterfall-net')).toMatch(/net customer profit 95/);
    expect(text('waterfall-change')).toBe('+70 vs the example');
    expect(text('waterfall-compare')).toBe('Customer A is ahead on gross and on net profit: with these numbers the order does not flip.');
  });

  it('switches to customer B and lists the deck’s cost categories', async () => {
    render(ProfitabilityWaterfall);
    await fireEvent.click(screen.getByLabelText(/B: independent grocers/));
    expect(text('waterfall-net')).toBe('Customer B: net customer profit 70 (16.3% of net sales value)');
    expect(box('Gross sales value').value).toBe('450');
    expect(screen.getAllByText('Transport, packaging, inventory, warehousing, returns, charge-backs').length).toBeGreaterThan(0);
  });

  it('refuses a negative cost and keeps the last valid result', async () => {
    render(ProfitabilityWaterfall);
    await type('Indirect costs', '-5');
    expect(box('Indirect costs').getAttribute('aria-invalid')).toBe('true');
    expect(text('waterfall-net')).toMatch(/net customer profit 25/);
  });

  it('speaks Chinese', () => {
    i18n.locale = 'zh';
    render(ProfitabilityWaterfall);
    expect(text('waterfall-net')).toBe('客户 A：客户净盈利 25（占销售净价值的 3.0%）');
  });
});

describe('the profitability matrix', () => {
  it('places the sample about the medians and lists each quadrant with its strategy', () => {
    render(ProfitabilityMatrix);
    expect(text('matrix-counts')).toBe('Protect 3 · adjust costs 3 · develop 3 · danger 3');
    const danger = screen.getByTestId('matrix-list-danger');
    expect(danger.textContent).toContain('School canteens');
    expect(danger.textContent).toContain('cut the cost to serve');
  });

  it('moves a customer with the arrow keys into another quadrant, and says it moved', async () => {
    render(ProfitabilityMatrix);
    const schools = screen.getByTestId('matrix-customer-12');
    // Cost to serve 70 → 20, ten steps of 5: below the cost median. The median moves with it, from 67.5 to
    // 62.5, and that takes the online grocer (cost 65) over the line: two customers change quadrant.
    await fireEvent.keyDown(schools, { key: 'ArrowLeft', shiftKey: true });
    expect(schools.getAttribute('aria-valuetext')).toContain('cost to serve 20, Develop');
    expect(text('matrix-counts')).toBe('Protect 2 · adjust costs 4 · develop 4 · danger 2');
    expect(text('matrix-moved')).toBe('2 customers are in another quadrant than at the start.');
  });

  it('takes a typed threshold and goes back to the medians', async () => {
    render(ProfitabilityMatrix);
    await type('High cost to serve from', '100');
    expect(text('matrix-counts')).toBe('Protect 3 · adjust costs 3 · develop 5 · danger 1');
    await fireEvent.click(screen.getByRole('button', { name: 'Back to the medians' }));
    expect(text('matrix-counts')).toBe('Protect 3 · adjust costs 3 · develop 3 · danger 3');
  });

  it('speaks Chinese with the deck’s quadrant names', () => {
    i18n.locale = 'zh';
    render(ProfitabilityMatrix);
    expect(text('matrix-counts')).toBe('重点保护 3 · 成本调整 3 · 发展建设 3 · 危险 3');
  });
});
