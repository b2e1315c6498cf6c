// The retention simulator: its scenario, state (one rate, +5 points, the sBG fit), geometry and component.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { FADER_HARDIE_2007, RETENTION_LIMITS, retentionUplift } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { decode, defaults, encode } from '../../src/widgets/kit/scenario';
import { CREDIT_CARD_CASE, publishedSeries, REGULAR_FITTED, retentionCodec, toUpliftInput } from '../../src/widgets/retention/codec';
import { cohortLayout, cumulative, projectionLayout, rateLayout } from '../../src/widgets/retention/layout';
import RetentionSimulator from '../../src/widgets/retention/RetentionSimulator.svelte';
import { project, RetentionState, type Projection } from '../../src/widgets/retention/state.svelte';

afterEach(() => (i18n.locale = 'en'));

describe('the simulator’s scenario', () => {
  it('starts at 80% retention, 100 a year, 10 years, 10%: 351,488 from 1,000 customers', () => {
    const start = defaults(retentionCodec);
    expect(start).toMatchObject({ view: 'constant', retention: 0.8, margin: 100, years: 10, discountRate: 0.1, uplift: 0, customers: 1000 });
    expect(retentionUplift(toUpliftInput(start)).before.totalProfit).toBeCloseTo(351_488, 0);
    expect(start.survivors).toEqual(FADER_HARDIE_2007.regular.slice(0, 8));
  });

  it.each([
    ['retention of 100% (a lifetime without end)', { retention: '1' }, 'retention'],
    ['more points than the simulator adds', { uplift: '25' }, 'uplift'],
    ['a fractional number of years', { years: '2.5' }, 'years'],
    ['a series of two years, too short to fit', { survivors: '1000,600' }, 'survivors'],
    ['a negative count', { survivors: '1000,-5,300' }, 'survivors'],
    ['an unknown view', { view: 'pie' }, 'view'],
  ])('refuses %s', (_, record, field) => {
    expect(decode(retentionCodec, record).rejected).toEqual([field]);
  });

  it('takes a rising series from a link (the state says what is wrong with it), so a link shows what was shared', () => {
    expect(decode(retentionCodec, { survivors: '1000,600,700' }).rejected).toEqual([]);
  });

  it('round-trips every scenario its controls can hold, and the model takes each of them', () => {
    const inRange = (l: { min: number; max: number; whole?: boolean }) =>
      l.whole ? fc.integer({ min: l.min, max: l.max }) : fc.double({ min: l.min, max: l.max, noNaN: true }).map((v) => Number(v.toFixed(4)) + 0);
    const R = RETENTION_LIMITS;
    fc.assert(
      fc.property(
        fc.record({ retention: inRange(R.retention), margin: inRange(R.marginPerCustomer), growth: inRange(R.marginGrowth), years: inRange(R.periods), discountRate: inRange(R.discountRate), uplift: inRange(R.points) }),
        (values) => {
          const scenario = { ...defaults(retentionCodec), ...values };
          const back = decode(retentionCodec, encode(retentionCodec, scenario));
          expect(back.rejected).toEqual([]);
          expect(back.scenario).toEqual(scenario);
          expect(Number.isFinite(retentionUplift(toUpliftInput(back.scenario)).profitChange)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('knows a published series by its first years, and only while it has fewer than all 13', () => {
    expect(publishedSeries(REGULAR_FITTED)).toBe(FADER_HARDIE_2007.regular);
    expect(publishedSeries([1000, 869, 743])).toBe(FADER_HARDIE_2007.highEnd);
    expect(publishedSeries([1000, 630, 468])).toBeUndefined();
    expect(publishedSeries(FADER_HARDIE_2007.regular)).toBeUndefined();
  });
});

describe('the simulator’s state: one rate and +5 points', () => {
  it('+5 points from 80%: lifetime 5 → 6.7 years, profit +15.7%, the rate without the points as the ghost', () => {
    const s = new RetentionState();
    expect(s.comparison).toBeNull();
    s.toggleUplift(5);
    expect(s.uplift.after.retention).toBeCloseTo(0.85, 12);
    expect(s.uplift.before.expectedLifetime).toBeCloseTo(5, 9);
    expect(s.uplift.after.expectedLifetime).toBeCloseTo(6.667, 3);
    expect(s.cohort.total).toBeCloseTo(406_602, 0);
    expect(s.comparison?.kind).toBe('uplift');
    expect(s.comparison?.cohort.total).toBeCloseTo(351_488, 0);
    expect(s.uplift.profitChangeShare).toBeCloseTo(0.157, 3);
    s.toggleUplift(5);
    expect(s.scenario.uplift).toBe(0);
    expect(s.comparison).toBeNull();
  });

  it('compares with the start once a rate changes and no points are added', () => {
    const s = new RetentionState();
    s.scenario.retention = 0.85;
    expect(s.comparison?.kind).toBe('start');
    expect(s.comparison?.cohort.total).toBeCloseTo(351_488, 0);
    expect(s.cohort.total).toBeCloseTo(406_602, 0);
  });

  it('the credit-card case: 90% → 95%, lifetime 10 → 20 years', () => {
    const s = new RetentionState();
    s.applyPreset(CREDIT_CARD_CASE);
    expect(s.uplift.before.expectedLifetime).toBeCloseTo(10, 9);
    expect(s.uplift.after.expectedLifetime).toBeCloseTo(20, 9);
    expect(s.scenario.years).toBe(20);
    expect(s.uplift.profitChangeShare).toBeCloseTo(0.2855, 3);
    // A customer's profit growing 10% a year they stay: the same five points are worth more.
    s.scenario.growth = 0.1;
    expect(s.uplift.profitChangeShare).toBeCloseTo(0.461, 3);
  });

  it('from 99%, five more points reach 100%, where the lifetime has no end', () => {
    const s = new RetentionState({ retention: '0.99' });
    s.toggleUplift(5);
    expect(s.uplift.after.retention).toBe(1);
    expect(s.uplift.after.expectedLifetime).toBeNull();
    expect(Number.isFinite(s.cohort.total)).toBe(true);
  });
});

describe('the simulator’s state: the survivor series', () => {
  it('fits Fader & Hardie’s regular customers: α 0.704, β 1.182, 170 in year 12 against one rate’s 46', () => {
    const s = new RetentionState();
    expect(s.projection.alpha).toBeCloseTo(0.704, 3);
    expect(s.projection.beta).toBeCloseTo(1.182, 3);
    const year12 = s.projection.years[12];
    expect(Math.round(year12.sbg)).toBe(170);
    expect(Math.round(year12.constant)).toBe(46);
    expect(year12.actual).toBeUndefined();
    s.scenario.actual = 'show';
    expect(s.projection.years[12].actual).toBe(173);
    expect(s.projection.years[7].actual).toBeUndefined();
  });

  it('a cohort with no mix in it: both fits agree, and the sBG’s retention stays flat', () => {
    const s = new RetentionState();
    s.applyPreset({ survivors: [1000, 700, 490, 343, 240.1, 168.07] });
    expect(s.projection.constantRate).toBeCloseTo(0.7, 6);
    expect(s.projection.years[1].sbgRetention).toBeCloseTo(0.7, 2);
    expect(s.projection.years[12].sbgRetention).toBeCloseTo(0.7, 2);
    expect(Math.abs(s.projection.years[12].sbg - s.projection.years[12].constant)).toBeLessThan(1);
  });

  it('a rising series is named, and the last good fit stays on screen', () => {
    const s = new RetentionState();
    s.setSurvivor(2, 700);
    expect(s.fitError?.field).toBe('survivors[2]');
    expect(s.fitError?.rule).toEqual({ kind: 'max', max: 631, inclusive: true });
    expect(s.projection.alpha).toBeCloseTo(0.704, 3);
    s.setSurvivor(2, 400);
    expect(s.fitError).toBeNull();
    expect(s.projection.alpha).not.toBeCloseTo(0.704, 3);
  });

  it('a link with a rising series still opens on a fit (the published one), with the error named', () => {
    const s = new RetentionState({ survivors: '1000,600,700' });
    expect(s.fitError?.field).toBe('survivors[2]');
    expect(s.projection.alpha).toBeCloseTo(0.704, 3);
  });

  it('adds a year as a copy of the last (the learner then lowers it) and never goes below three', () => {
    const s = new RetentionState();
    s.addYear();
    expect(s.scenario.survivors).toEqual([...REGULAR_FITTED, 241]);
    for (let i = 0; i < 10; i++) s.removeYear();
    expect(s.scenario.survivors).toEqual([1000, 631, 468]);
  });
});

describe('the simulator’s geometry', () => {
  const s = new RetentionState();
  it('bars in proportion to customers; with a comparison its bar stands beside each one, half as wide', () => {
    const alone = cohortLayout(s.cohort, undefined, 640, 280);
    expect(alone.bars).toHaveLength(10);
    expect(alone.ghostBars).toHaveLength(0);
    expect(alone.bars[1].height / alone.bars[0].height).toBeCloseTo(0.8, 6);
    s.toggleUplift(5);
    const both = cohortLayout(s.cohort, s.comparison!.cohort, 640, 280);
    expect(both.ghostBars).toHaveLength(10);
    expect(both.bars[0].width).toBeCloseTo(alone.bars[0].width / 2, 6);
    expect(both.bars[0].x).toBeCloseTo(both.ghostBars[0].x + both.ghostBars[0].width, 6);
    // Year 2: 850 with the points against 800 without.
    expect(both.bars[1].height / both.ghostBars[1].height).toBeCloseTo(850 / 800, 6);
    expect(cumulative(s.cohort).at(-1)).toBeCloseTo(s.cohort.total, 6);
    s.toggleUplift(5);
  });

  it('labels every year while there is room, and thins them out for fifty years on a phone', () => {
    expect(cohortLayout(s.cohort, undefined, 640, 280).yearTicks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const long = new RetentionState({ years: '50' });
    const ticks = cohortLayout(long.cohort, undefined, 340, 280).yearTicks.map((t) => t.value);
    expect(ticks.length).toBeLessThanOrEqual(9);
    expect(ticks).toContain(1);
    expect(ticks).toContain(50);
    // Ten years on a phone: every second year, without a 1 crowding the 2.
    expect(cohortLayout(s.cohort, undefined, 300, 280).yearTicks.map((t) => t.value)).toEqual([2, 4, 6, 8, 10]);
  });

  it('draws a loss below the zero line', () => {
    const g = cohortLayout({ ...s.cohort, byPeriod: s.cohort.byPeriod.map((p) => ({ ...p, discountedProfit: -p.discountedProfit })) }, undefined, 640, 280);
    expect(g.points.every((p) => p.y >= g.zeroY)).toBe(true);
  });

  it('projection: the counts where given, the divider at the last fitted year, rates on 0–100%', () => {
    const p = s.projection;
    const g = projectionLayout(p, 640, 280);
    expect(g.observed).toHaveLength(8);
    expect(g.observed[3].y).toBeCloseTo(g.y(382), 6);
    expect(g.divider).toBeCloseTo(g.x(7), 6);
    expect(g.x(12)).toBeCloseTo(g.plot.right, 6);
    const r = rateLayout(p, 640, 170);
    expect(r.observed).toHaveLength(7);
    expect(r.rateTicks[0].label).toBe('0%');
  });

  it('on a phone, twelve years sit a finger apart, at the same x in both charts', () => {
    const p = s.projection;
    for (const width of [329, 351]) {
      const g = projectionLayout(p, width, 280);
      expect(g.x(2) - g.x(1), `${width} px`).toBeGreaterThanOrEqual(24);
      expect(rateLayout(p, width, 170).plot).toMatchObject({ left: g.plot.left, right: g.plot.right });
    }
  });

  it('stays finite for a cohort that all leave at once, or none leave', () => {
    for (const series of [[100, 0, 0], [100, 100, 100]]) {
      const p = project(series, 12, false) as Projection;
      const g = projectionLayout(p, 640, 280);
      expect(g.sbgLine).not.toMatch(/NaN|Infinity/);
      expect(rateLayout(p, 640, 170).sbgLine).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('the simulator, rendered', () => {
  const profit = () => screen.getByTestId('retention-profit').textContent;

  it('+5 points shows the gain against the rate without them, and the lifetime it adds', async () => {
    render(RetentionSimulator);
    expect(profit()).toBe('351,488');
    const button = screen.getByRole('button', { name: '+5 points of retention' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(profit()).toBe('406,602');
    expect(screen.getByTestId('retention-change').textContent?.trim()).toBe('+55,115 (+15.7%) against 80% retention');
    expect(screen.getByTestId('retention-lifetime').textContent).toMatch(/1 ÷ \(1 − 85%\) = 6\.7 years\s*\(was 5\.0\)/);
    // The table follows once the input pauses, saying it is catching up until then.
    const details = screen.getByRole('table').closest('.details')!;
    expect(details.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(details.getAttribute('aria-busy')).toBe('false'));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent)).toContain('Customers at 80%'));
  });

  it('the credit-card preset halves defection: lifetime 10 → 20 years', async () => {
    render(RetentionSimulator);
    await fireEvent.click(screen.getByRole('button', { name: /credit-card case/ }));
    expect(screen.getByTestId('retention-lifetime').textContent).toMatch(/= 20\.0 years\s*\(was 10\.0\)/);
    expect(screen.getByTestId('retention-change').textContent).toContain('(+28.6%) against 90% retention');
  });

  it('the sBG view: edit a count, see the fit follow; a rising count is named and the last fit kept', async () => {
    render(RetentionSimulator, { props: { view: 'sbg' } });
    expect(screen.getByTestId('sbg-projection').textContent).toBe('sBG projects 170');
    expect(screen.getByTestId('constant-projection').textContent).toBe('one rate projects 46.2');
    const year2 = screen.getByLabelText('Start of year 2', { selector: 'input' });
    await fireEvent.input(year2, { target: { value: '700' } });
    expect(screen.getByText(/Lower it to 631 or less/)).toBeTruthy();
    expect(screen.getByTestId('sbg-projection').textContent).toBe('sBG projects 170');
    await fireEvent.input(year2, { target: { value: '400' } });
    expect(screen.queryByText(/Lower it to/)).toBeNull();
    await fireEvent.input(screen.getByLabelText('Start of year 7', { selector: 'input' }), { target: { value: '150' } });
    expect(screen.getByTestId('sbg-projection').textContent).not.toBe('sBG projects 170');
  });

  it('a survivor point moves with the keys, never above the year before', async () => {
    render(RetentionSimulator, { props: { view: 'sbg' } });
    const point = screen.getByRole('slider', { name: 'Start of year 1' });
    await fireEvent.keyDown(point, { key: 'End' });
    expect(point.getAttribute('aria-valuetext')).toBe('1,000 customers');
    await fireEvent.keyDown(point, { key: 'ArrowUp' });
    expect(point.getAttribute('aria-valuetext')).toBe('1,000 customers');
    await fireEvent.keyDown(point, { key: 'Home' });
    expect(point.getAttribute('aria-valuetext')).toBe('468 customers');
  });

  it('shows what happened next for the published cohort', async () => {
    render(RetentionSimulator, { props: { view: 'sbg' } });
    await fireEvent.click(screen.getByLabelText('Show the later years'));
    expect(screen.getByTestId('actual-count').textContent).toBe('173 were left');
    expect(screen.getByTestId('sbg-summary').textContent).toContain('In fact 173 were left.');
  });

  it('speaks Chinese, with the same numbers', () => {
    i18n.locale = 'zh';
    render(RetentionSimulator);
    expect(screen.getByRole('heading', { name: '客户保持模拟器' })).toBeTruthy();
    expect(profit()).toBe('351,488');
    expect(screen.getByRole('button', { name: '保持率提高 5 个百分点' })).toBeTruthy();
  });
});
