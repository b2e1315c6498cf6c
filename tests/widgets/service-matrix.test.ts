import fc from 'fast-check';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { assessImportancePerformance, SERVICE_MATRIX_LIMITS } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { decode, defaults, encode } from '../../src/widgets/kit/scenario';
import { serviceMatrixCodec, toAttributes, withSurveyRatings } from '../../src/widgets/service-matrix/codec';
import { DOMAIN, matrixHeight, matrixLayout, POINT_RADIUS } from '../../src/widgets/service-matrix/layout';
import { CHANNELS, PROFIT_SHARE, SURVEY } from '../../src/widgets/service-matrix/segments';
import ServiceMatrix from '../../src/widgets/service-matrix/ServiceMatrix.svelte';
import { COMPOSITION, ServiceMatrixState } from '../../src/widgets/service-matrix/state.svelte';
import { t, type ServiceMatrixMessage } from '../../src/widgets/service-matrix/messages';

afterEach(() => (i18n.locale = 'en'));

describe('the matrix’s data: the insurer as the deck prints it', () => {
  it('has four channels whose shares of profit add to 85%, the rest not shown', () => {
    expect(PROFIT_SHARE).toEqual({ brokers: 0.15, 'service-centres': 0.3, branches: 0.1, 'e-commerce': 0.3 });
    expect(COMPOSITION.shown).toBeCloseTo(0.85, 12);
    expect(COMPOSITION.notShown).toBeCloseTo(0.15, 12);
  });

  it('gives every channel something to move money from and to, and a different story each', () => {
    const stories = CHANNELS.map((c) => {
      const r = assessImportancePerformance(toAttributes(SURVEY[c]));
      expect(r.shiftFrom.length, c).toBeGreaterThan(0);
      expect(r.shiftTo.length, c).toBeGreaterThan(0);
      return `${r.shiftFrom}|${r.shiftTo}`;
    });
    expect(new Set(stories).size).toBe(4);
  });
});

describe('the matrix’s scenario', () => {
  const start = defaults(serviceMatrixCodec);

  it('starts on the service centres, with their ratings and a corridor of ±0.5', () => {
    expect(start.segment).toBe('service-centres');
    expect(start.importance).toEqual(SURVEY['service-centres'].importance);
    expect(start.tolerance).toBe(0.5);
  });

  it('refuses ratings off the scale, lists of the wrong length and an unknown channel, naming each', () => {
    const { rejected } = decode(serviceMatrixCodec, { segment: 'agents', importance: '5,5,5', performance: '1,2,3,4,5,6', tolerance: '9' });
    expect(rejected).toEqual(['segment', 'importance', 'performance', 'tolerance']);
  });

  it('fills in a channel’s survey ratings when a record names only the channel', () => {
    const record = withSurveyRatings({ segment: 'brokers' });
    expect(decode(serviceMatrixCodec, record).scenario.importance).toEqual(SURVEY.brokers.importance);
    expect(withSurveyRatings({ segment: 'brokers', importance: '1,1,1,1,1,1' }).importance).toBe('1,1,1,1,1,1');
    expect(withSurveyRatings({ segment: 'nowhere' })).toEqual({ segment: 'nowhere' });
  });

  it('survives a round trip for every scenario its inputs can hold, and core accepts every one', () => {
    const rating = fc.integer({ min: 10, max: 50 }).map((n) => n / 10);
    const six = fc.array(rating, { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), six, six, six, fc.integer({ min: 0, max: 16 }).map((n) => n / 4), (segment, importance, performance, competitor, tolerance) => {
        const s = { segment, importance, performance, competitor, tolerance };
        const back = decode(serviceMatrixCodec, encode(serviceMatrixCodec, s));
        expect(back.rejected).toEqual([]);
        expect(back.scenario).toEqual(s);
        expect(() => assessImportancePerformance(toAttributes(s), { corridorHalfWidth: tolerance })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('the matrix’s state, without rendering', () => {
  it('says where money should move for the service centres: from price and information, to claims and hours', () => {
    const s = new ServiceMatrixState();
    expect(s.result.shiftFrom).toEqual(['price', 'information']);
    expect(s.result.shiftTo).toEqual(['claims', 'opening-hours']);
    expect(s.edited).toBe(false);
  });

  it('lets price back into the corridor when the corridor widens to ±1, edges included', () => {
    const s = new ServiceMatrixState({ tolerance: '1' });
    expect(s.result.shiftFrom).toEqual(['information']);
  });

  it('moves an attribute and compares with the survey', () => {
    const s = new ServiceMatrixState();
    s.moveAttribute(4, 4.5, 4.5); // opening hours raised to what customers need
    expect(s.result.shiftTo).toEqual(['claims']);
    expect(s.edited).toBe(true);
    expect(s.surveyResult.shiftTo).toEqual(['claims', 'opening-hours']);
  });

  it('switches channel with that channel’s ratings, and keeps the edits of the one left behind', () => {
    const s = new ServiceMatrixState();
    s.moveAttribute(4, 4.5, 4.5);
    s.setSegment('e-commerce');
    expect(s.scenario.importance).toEqual(SURVEY['e-commerce'].importance);
    expect(s.result.shiftTo).toEqual(['price', 'speed']);
    expect(s.edited).toBe(false);
    s.setSegment('service-centres');
    expect(s.scenario.performance[4]).toBe(4.5);
    s.backToSurvey();
    expect(s.scenario.performance[4]).toBe(3);
    s.moveAttribute(0, 1, 1);
    s.reset();
    expect(s.scenario.performance).toEqual(SURVEY['service-centres'].performance);
    expect(s.changed).toBe(false);
  });

  it('reads a link that names only a channel as that channel’s survey', () => {
    const s = new ServiceMatrixState();
    s.apply({ segment: 'branches' });
    expect(s.scenario.segment).toBe('branches');
    expect(s.result.shiftTo).toEqual(['information']);
    expect(s.rejected).toEqual([]);
  });
});

describe('the matrix’s geometry', () => {
  const survey = SURVEY['service-centres'];
  const attributes = assessImportancePerformance(toAttributes(survey)).attributes;
  const names = ['Speed', 'Price', 'Response', 'Information', 'Hours', 'Claims'];
  const regionNames = { over: ['Over-performing', 'more than customers need'], under: ['Under-performing', 'less than customers need'] };
  const layout = (width: number, tolerance = 0.5, s = survey, list = attributes) => {
    const m = matrixLayout({ attributes: list, survey: s, names, regionNames, tolerance, width, height: matrixHeight(width) });
    return { ...m, ...m.plane };
  };

  it('is square, with importance across and performance up, the scale’s ends inside the plot', () => {
    const g = layout(480);
    expect(g.plot.right - g.plot.left).toBeCloseTo(g.plot.bottom - g.plot.top, 9);
    expect(g.x(DOMAIN[0])).toBe(g.plot.left);
    expect(g.y(DOMAIN[1])).toBe(g.plot.top);
    expect(g.xTicks.map((tk) => tk.value)).toEqual([1, 2, 3, 4, 5]);
    const hours = g.points[4];
    expect(hours.x).toBeCloseTo(g.x(4.5), 9);
    expect(hours.y).toBeCloseTo(g.y(3), 9);
    expect(hours.competitorY).toBeCloseTo(g.y(4), 9);
  });

  it('cuts the corridor wider as the tolerance grows, and shows no ghosts until a point moves', () => {
    const narrow = layout(480, 0.25);
    const wide = layout(480, 1.5);
    expect(narrow.corridor).not.toBe(wide.corridor);
    expect(layout(480, 0).corridor).toBe('');
    expect(narrow.points.every((p) => p.ghost === undefined)).toBe(true);
    const moved = attributes.map((a, i) => (i === 1 ? { ...a, performance: 3 } : a));
    const g = layout(480, 0.5, survey, moved);
    expect(g.points[1].ghost).toEqual({ x: g.x(3), y: g.y(4) });
    expect(g.points.filter((p) => p.ghost)).toHaveLength(1);
  });

  it('spreads the competitor marks of attributes with the same importance, and hides a letter under our own point', () => {
    const g = layout(480);
    // Price and information are both of importance 3.
    expect(g.points[1].competitorX).not.toBe(g.points[3].competitorX);
    expect(g.points.some((p) => p.competitorHidden)).toBe(false);
    const online = SURVEY['e-commerce'];
    const level = layout(480, 0.5, online, assessImportancePerformance(toAttributes(online)).attributes);
    // Opening hours online: we and the competitor both score 5.
    expect(level.points[4].competitorHidden).toBe(true);
  });

  it.each(CHANNELS)('keeps every label of %s inside the plot, clear of the other points', (c) => {
    for (const width of [320, 480, 640]) {
      const list = assessImportancePerformance(toAttributes(SURVEY[c])).attributes;
      const g = layout(width, 0.5, SURVEY[c], list);
      for (const p of g.points) {
        expect(p.label.x, `${c} ${width} ${p.id}`).toBeGreaterThanOrEqual(g.plot.left);
        expect(p.label.x, `${c} ${width} ${p.id}`).toBeLessThanOrEqual(g.plot.right);
        const others = g.points.filter((q) => q !== p);
        // The label's anchor never sits inside another point's circle.
        for (const q of others) expect(Math.hypot(p.label.x - q.x, p.label.y - 4 - q.y), `${c} ${width} ${p.id}/${q.id}`).toBeGreaterThan(POINT_RADIUS);
      }
    }
  });

  it('stays finite at any width and tolerance the controls allow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 240, max: 1400 }), fc.double({ min: 0, max: SERVICE_MATRIX_LIMITS.corridorHalfWidth.max, noNaN: true }), (width, w) => {
        const g = layout(width, w);
        for (const p of g.points) expect(Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.label.x)).toBe(true);
        expect(g.over + g.corridor + g.under).not.toContain('NaN');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the matrix in the lab', () => {
  it('offers each channel’s survey as a preset, and counts the attributes outside the corridor as its headline', async () => {
    const lab = await import('../../src/widgets/service-matrix');
    expect(lab.presets().map((p) => p.name)).toEqual(['Brokers', 'Service centres', 'Branches', 'E-commerce']);
    expect(lab.headline({})).toEqual({ label: 'Attributes outside the corridor', value: 4, decimals: 0 });
    expect(lab.headline({ tolerance: '1' }).value).toBe(3);
    expect(lab.headline({ segment: 'brokers' }).value).toBe(3);
  });
});

describe('the matrix on the page', () => {
  const list = (id: string) => screen.getByTestId(id).textContent ?? '';

  it('shows where the money should move, and a point moved from the keyboard changes it', async () => {
    render(ServiceMatrix);
    expect(list('matrix-to')).toContain('Opening hours');
    const hours = screen.getByRole('slider', { name: 'Opening hours' });
    expect(hours.getAttribute('aria-valuetext')).toBe('importance 4.5, our performance 3.0, main competitor 4.0; Under-performing');
    expect(hours.getAttribute('aria-valuenow')).toBe('4.5'); // the kit reports x when both coordinates move; the value text says both
    for (let i = 0; i < 10; i++) await fireEvent.keyDown(hours, { key: 'ArrowUp' }); // 3 → 4
    expect(list('matrix-to')).not.toContain('Opening hours');
    expect(screen.getByTestId('matrix-was').textContent).toContain('spend more on Claims handling and Opening hours');
    // The table follows once the keys pause, saying it is catching up until then.
    const row = () => within(screen.getByRole('table')).getAllByRole('row')[5].textContent;
    expect(row()).toContain('Under-performing');
    expect(screen.getByRole('table').closest('[aria-busy]')!.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(row()).toContain('On target'));
    expect(screen.getByRole('table').closest('[aria-busy]')!.getAttribute('aria-busy')).toBe('false');
  });

  it('folds the ratings in a lesson and shows them in the lab', () => {
    const lesson = render(ServiceMatrix);
    expect(lesson.container.querySelector('details.edit')!.hasAttribute('open')).toBe(false);
    lesson.unmount();
    const { container } = render(ServiceMatrix, { expanded: true });
    expect(container.querySelector('details.edit')!.hasAttribute('open')).toBe(true);
  });

  it('changes the ratings with the channel', async () => {
    render(ServiceMatrix);
    await fireEvent.click(screen.getByRole('radio', { name: /E-commerce/ }));
    expect(list('matrix-to')).toContain('Price of the product');
    expect(list('matrix-from')).toContain('Opening hours');
    expect(screen.getByText(/E-commerce \(30% of profit\)/)).toBeTruthy();
  });

  it('says the four channels add to 85%, and speaks Chinese', () => {
    i18n.locale = 'zh';
    render(ServiceMatrix, { segment: 'brokers' });
    expect(screen.getByText(/四项加起来只有 85%，其余 15%/)).toBeTruthy();
    expect(list('matrix-to')).toContain('速度');
    expect(screen.getByRole('slider', { name: '营业时间' })).toBeTruthy();
  });

  it('has every word in both languages', () => {
    for (const c of CHANNELS) for (const locale of ['en', 'zh'] as const) {
      i18n.locale = locale;
      expect(t(`segment.${c}` as ServiceMatrixMessage)).not.toMatch(/^segment\./);
      expect(t(`who.${c}` as ServiceMatrixMessage)).not.toMatch(/^who\./);
    }
  });
});
