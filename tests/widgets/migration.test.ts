// The always-a-share widget: scenario, state, layout and component.
import fc from 'fast-check';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATION_LIMITS as L, migrationValue } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { decode, defaults, encode } from '../../src/widgets/kit/scenario';
import { migrationCodec, rewardsOf, type MigrationScenario } from '../../src/widgets/migration/codec';
import { distributionLayout, flowLayout } from '../../src/widgets/migration/layout';
import { computeMigration, MigrationState } from '../../src/widgets/migration/state.svelte';
import AlwaysAShare from '../../src/widgets/migration/AlwaysAShare.svelte';

afterEach(() => (i18n.locale = 'en'));

describe('the scenario', () => {
  it('starts from four recency states: a customer who just bought is worth 281.16, or 176.00 read as lost-for-good', () => {
    const r = computeMigration(defaults(migrationCodec));
    expect(r.share[0]).toBeCloseTo(281.1629, 4);
    expect(r.lost[0]).toBeCloseTo((96 * 1.1) / 0.6, 9);
    expect(r.lost.slice(1)).toEqual([0, 0, 0]);
  });

  it('charges the mailing in every state, and the margin only in state 1; lapsed customers read as lost are not mailed', () => {
    const s = defaults(migrationCodec);
    expect(rewardsOf(s)).toEqual([96, -4, -4, -4]);
    expect(rewardsOf(s, 'lost')).toEqual([96, 0, 0, 0]);
  });

  it('fits per-state lists to the number of states and rejects what the model would refuse', () => {
    const { scenario, rejected } = decode(migrationCodec, { states: '6', repeat: '0.5,1.2', discount: '0', reading: 'maybe' });
    expect(rejected).toEqual(['repeat', 'discountRate', 'reading']);
    expect(scenario.repeat).toEqual([0.5, 0.3, 0.15, 0.05, 0.05, 0.05]);
    expect(scenario.mailing).toHaveLength(6);
  });

  const shown = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((v) => Number(v.toFixed(4)) + 0);
  const scenario: fc.Arbitrary<MigrationScenario> = fc.integer({ min: L.states.min, max: L.states.max }).chain((n) =>
    fc.record({
      states: fc.constant(n),
      repeat: fc.array(shown(0, 1), { minLength: n, maxLength: n }),
      margin: shown(L.margin.min, L.margin.max),
      mailing: fc.array(shown(L.mailingCost.min, L.mailingCost.max), { minLength: n, maxLength: n }),
      discountRate: shown(L.discountRate.min, L.discountRate.max),
      periods: fc.integer({ min: L.periods.min, max: L.periods.max }),
      reading: fc.constantFrom('share' as const, 'lost' as const),
    }),
  );

  it('every scenario the inputs can hold survives a round trip and gives finite values', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const back = decode(migrationCodec, encode(migrationCodec, s));
        expect(back.rejected).toEqual([]);
        const r = computeMigration(back.scenario);
        [...r.share, ...r.lost].forEach((v) => expect(Number.isFinite(v)).toBe(true));
        r.distribution.forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the state', () => {
  it('follows the toggle, keeps the start as the baseline, and resizes per-state lists', () => {
    const s = new MigrationState();
    expect(s.value).toBeCloseTo(281.16, 2);
    s.scenario.reading = 'lost';
    expect(s.value).toBeCloseTo(176, 9);
    expect(s.changed).toBe(true);
    s.setStates(6);
    expect(s.scenario.repeat).toHaveLength(6);
    s.setStates(3);
    expect(s.scenario.mailing).toEqual([4, 4, 4]);
  });

  it('agrees with the core model for a raised second-state chance: 326.41', () => {
    const s = new MigrationState({ repeat: '0.5,0.45,0.15,0.05' });
    expect(s.value).toBeCloseTo(migrationValue({ repeatProbability: [0.5, 0.45, 0.15, 0.05], rewards: [96, -4, -4, -4], discountRate: 0.1 })[0], 9);
    expect(s.value).toBeCloseTo(326.41, 2);
  });
});

describe('the layouts', () => {
  it('puts the states in a row, left to right, inside the width, with higher arcs for farther states', () => {
    for (const width of [300, 640, 1000]) {
      const g = flowLayout([0.5, 0.3, 0.15, 0.05], width);
      g.boxes.slice(1).forEach((b, i) => expect(b.x).toBeGreaterThan(g.boxes[i].x + g.boxes[i].width));
      expect(g.boxes[0].x).toBeGreaterThanOrEqual(0);
      expect(g.boxes[3].x + g.boxes[3].width).toBeLessThanOrEqual(width);
      const peak = (d: string) => Number(d.split('C')[1].split(',')[1].split(' ')[0]);
      expect(peak(g.back[3].d)).toBeLessThan(peak(g.back[2].d));
      expect(g.back.map((a) => a.chance)).toEqual([0.5, 0.3, 0.15, 0.05]);
      expect(g.onward.map((a) => a.chance)).toEqual([0.5, 0.7, 0.85, 0.95]);
    }
  });

  it('stacks each period’s shares to the full height, state 1 at the bottom', () => {
    const rows = computeMigration(defaults(migrationCodec)).distribution;
    const g = distributionLayout(rows, 600, 220);
    for (const stack of g.stacks) {
      expect(stack.reduce((h, seg) => h + seg.height, 0)).toBeCloseTo(g.plot.bottom - g.plot.top, 6);
      expect(stack[0].y + stack[0].height).toBeCloseTo(g.plot.bottom, 6);
    }
    expect(g.stacks[0][0].height).toBeCloseTo(g.plot.bottom - g.plot.top, 6); // period 0: everyone just bought
  });
});

describe('the component', () => {
  const value = () => screen.getByTestId('migration-value').textContent;

  it('shows both readings, and the toggle switches the headline and the diagram', async () => {
    render(AlwaysAShare);
    expect(value()).toBe('281.16');
    expect(screen.getByTestId('migration-compare').textContent).toBe('Always-a-share: 281.16. Lost-for-good: 176.00. Counting the customers who come back adds +105.16.');
    await fireEvent.click(screen.getByLabelText('is gone for good (lost-for-good)'));
    expect(value()).toBe('176.00');
    expect(screen.getAllByText('lost').length).toBe(3);
    expect(screen.getByTestId('migration-change').textContent).toContain('-105.16');
  });

  it('recomputes when a state’s chance changes', async () => {
    render(AlwaysAShare);
    const state2 = screen.getByRole('group', { name: '2. Last bought 1 period ago' });
    await fireEvent.input(within(state2).getByLabelText('Chance of buying next period', { selector: 'input[type=text]' }), { target: { value: '45' } });
    expect(value()).toBe('326.41');
  });

  it('adds a state to the inputs at once, and to the tables once the input pauses', async () => {
    render(AlwaysAShare);
    const rows = () => within(screen.getByRole('table', { name: 'Each state' })).getAllByRole('row').length;
    const details = screen.getByRole('table', { name: 'Each state' }).closest('.details')!;
    expect(rows()).toBe(5); // a header and four states
    await fireEvent.input(screen.getByLabelText('Recency states', { selector: 'input[type=text]' }), { target: { value: '5' } });
    expect(screen.getByRole('group', { name: '5. 4 periods ago or more' })).toBeTruthy();
    expect(rows()).toBe(5);
    expect(details.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(rows()).toBe(6));
    expect(details.getAttribute('aria-busy')).toBe('false');
    expect(within(screen.getByRole('table', { name: 'Each state' })).getByRole('rowheader', { name: '5. 4 periods ago or more' })).toBeTruthy();
  });

  it('speaks Chinese', () => {
    i18n.locale = 'zh';
    render(AlwaysAShare);
    expect(screen.getByRole('heading', { name: '会回来的客户：暂时流失型模型' })).toBeTruthy();
    expect(screen.getByTestId('migration-compare').textContent).toMatch(/^暂时流失型：281.16。永久流失型：176.00。/);
  });
});
