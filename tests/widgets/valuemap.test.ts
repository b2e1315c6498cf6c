// The customer value map: its scenario, state, geometry and component.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CUSTOMER_VALUE_LIMITS as L, qualityProfile } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { decode, defaults, encode } from '../../src/widgets/kit/scenario';
import { valueMapCodec } from '../../src/widgets/valuemap/codec';
import { placeLabels, shapePath, textWidth, valueMapLayout } from '../../src/widgets/valuemap/layout';
import { placeCompanies, ValueMapState } from '../../src/widgets/valuemap/state.svelte';
import ValueMap from '../../src/widgets/valuemap/ValueMap.svelte';

afterEach(() => (i18n.locale = 'en'));
const example = defaults(valueMapCodec);

describe('the value map’s scenario', () => {
  it('starts from the parcel market: us just above the line, a premium leader and a value player below it, a laggard above', () => {
    const placed = placeCompanies(example);
    expect(placed.map((c) => c.region)).toEqual(['worse', 'better', 'better', 'worse']);
    expect(placed.map((c) => c.valueGap.toFixed(2))).toEqual(['-0.03', '0.10', '0.10', '-0.15']);
    // Our placed quality agrees with what the attribute scores give (1.0214), so switching to the scores does not jump.
    expect(qualityProfile({ weights: example.weights, ours: example.ours, competitors: example.market }).ratio.toFixed(2)).toBe(example.quality[0].toFixed(2));
  });

  it('refuses positions off the map, scores off Gale’s scale, too many values, and names them', () => {
    const { scenario, rejected } = decode(valueMapCodec, { quality: '1.2,0.3', price: '1,1,1,1,1', ours: '11', market: '5', scored: 'yes', weights: '40,-5' });
    expect(rejected).toEqual(['quality', 'price', 'scored', 'weights', 'ours']);
    expect(scenario.market).toEqual([5, 5, 5, 5]);
    expect(scenario.quality).toEqual(example.quality);
  });

  it('carries a short list’s last value to every company', () => {
    expect(decode(valueMapCodec, { price: '0.9,1.1' }).scenario.price).toEqual([0.9, 1.1, 1.1, 1.1]);
  });

  it('survives a round trip for every scenario its inputs can hold', () => {
    const position = fc.double({ min: L.relative.min, max: L.relative.max, noNaN: true }).map((v) => Number(v.toFixed(2)));
    const score = fc.integer({ min: 2, max: 20 }).map((v) => v / 2);
    const scenario = fc.record({
      quality: fc.array(position, { minLength: 4, maxLength: 4 }),
      price: fc.array(position, { minLength: 4, maxLength: 4 }),
      scored: fc.constantFrom('off' as const, 'on' as const),
      weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }),
      ours: fc.array(score, { minLength: 4, maxLength: 4 }),
      market: fc.array(score, { minLength: 4, maxLength: 4 }),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const back = decode(valueMapCodec, encode(valueMapCodec, s));
        expect(back.rejected).toEqual([]);
        expect(back.scenario).toEqual(s);
        // The model takes whatever the inputs hold.
        expect(placeCompanies(s).every((c) => Number.isFinite(c.valueGap))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the value map’s state', () => {
  it('moves a company, and keeps the start as the ghost', () => {
    const s = new ValueMapState();
    s.move(3, { x: 1.05, y: 0.95 });
    expect(s.companies[3]).toMatchObject({ region: 'better', shareTrend: 'gain' });
    expect(s.baseline[3].region).toBe('worse');
    expect(s.changed).toBe(true);
    expect(s.record.quality).toBe('1.02,1.25,0.9,1.05');
  });

  it('places us by the attribute scores when asked: our mark then moves only in price', () => {
    const s = new ValueMapState();
    s.setScored(true);
    s.scenario.ours[3] = 7; // easy pickup from 6 to 7: now level with the market on it
    // 0.35 × 8/7 + 0.2 + 0.25 + 0.2 = 1.05
    expect(s.companies[0].quality).toBeCloseTo(1.05, 12);
    s.move(0, { x: 0.6, y: 1.04 });
    expect(s.companies[0].quality).toBeCloseTo(1.05, 12);
    expect(s.companies[0].price).toBe(1.04);
    expect(s.companies[0].region).toBe('fair');
    // Turning it off leaves us where the scores put us.
    s.setScored(false);
    expect(s.scenario.quality[0]).toBe(1.05);
  });

  it('falls back to the placed quality when no attribute has any weight', () => {
    const s = new ValueMapState({ scored: 'on' });
    s.scenario.weights = [0, 0, 0, 0];
    expect(s.profile).toBeNull();
    expect(s.companies[0].quality).toBe(1.02);
  });
});

describe('the value map’s geometry', () => {
  const placed = placeCompanies(example);
  const g = valueMapLayout(placed, undefined, 600, 560);
  const { plot } = g.plane;

  it('is square, with the fair-value line from corner to corner at 45°', () => {
    expect(plot.right - plot.left).toBeCloseTo(plot.bottom - plot.top, 9);
    expect(g.line).toEqual({ x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.top });
    expect(g.regionLabels.line.angle).toBeCloseTo(-45, 9);
  });

  it('puts each company where its quality and price say, better-value ones below the line', () => {
    for (const [i, mark] of g.marks.entries()) {
      expect(mark.x).toBeCloseTo(g.plane.x(placed[i].quality), 9);
      expect(mark.y).toBeCloseTo(g.plane.y(placed[i].price), 9);
      // Below the line on screen means a larger y than the line's at that x.
      const lineY = g.plane.y(placed[i].quality);
      expect(mark.y > lineY).toBe(placed[i].region === 'better');
    }
  });

  it('draws each distance as the perpendicular to the line, as long as the value gap ÷ √2', () => {
    const unit = (plot.right - plot.left) / (L.relative.max - L.relative.min);
    for (const [i, mark] of g.marks.entries()) {
      const { x1, y1, x2, y2 } = mark.gap!;
      expect(Math.hypot(x2 - x1, y2 - y1)).toBeCloseTo((Math.abs(placed[i].valueGap) / Math.SQRT2) * unit, 6);
      // The foot lies on the line y = x.
      expect(g.plane.invert(x2, y2).x).toBeCloseTo(g.plane.invert(x2, y2).y, 9);
    }
  });

  it('holds a company beyond the edge on the edge, marked, without a distance line', () => {
    const far = valueMapLayout([{ id: 'us', quality: 2.4, price: 1 }], undefined, 600, 560).marks[0];
    expect(far.clipped).toBe(true);
    expect(far.x).toBe(plot.right);
    expect(far.gap).toBeUndefined();
    expect(far.label.anchor).toBe('end');
  });

  it('gives each company a shape of its own, closed paths with no NaN', () => {
    const paths = (['circle', 'square', 'triangle', 'diamond'] as const).map((s) => shapePath(s, 10, 10, 8));
    expect(new Set(paths).size).toBe(4);
    for (const d of paths) expect(d).toMatch(/Z$/), expect(d).not.toMatch(/NaN/);
  });
});

describe('the value map on the page', () => {
  const gap = () => screen.getByTestId('valuemap-gap').textContent;

  it('starts with our gap and verdict, the companies’ table and a sentence for each', () => {
    render(ValueMap);
    expect(gap()).toBe('-0.03');
    expect(screen.getByTestId('valuemap-verdict').textContent).toBe('worse value: should lose share');
    expect(screen.getByText(/Us sits 0.03 above the fair-value line \(worse value, should lose share\)/)).toBeTruthy();
    expect(within(screen.getAllByRole('table')[0]).getAllByRole('row')).toHaveLength(5);
  });

  it('moves a company with the arrow keys, and the verdict follows', async () => {
    render(ValueMap);
    const us = screen.getByRole('slider', { name: 'Us' });
    expect(us.getAttribute('aria-valuetext')).toMatch(/^quality 1.02, price 1.05/);
    await fireEvent.keyDown(us, { key: 'ArrowDown', shiftKey: true }); // price 1.05 → 0.95
    expect(gap()).toBe('+0.07');
    expect(screen.getByTestId('valuemap-verdict').textContent).toBe('better value: should gain share');
    expect(screen.getByText('was -0.03 in the example')).toBeTruthy();
    expect(us.getAttribute('aria-valuetext')).toMatch(/^quality 1.02, price 0.95, better value/);
  });

  it('works our quality out from the attribute scores when asked', async () => {
    render(ValueMap, { view: 'profile' });
    expect(screen.getByTestId('valuemap-profile').textContent).toBe('1.02');
    expect((screen.getByTestId('valuemap-scored') as HTMLInputElement).checked).toBe(true);
    const pickup = screen.getByRole('group', { name: 'Easy pickup and drop-off' });
    await fireEvent.input(within(pickup).getByLabelText('Our score'), { target: { value: '7' } });
    expect(screen.getByTestId('valuemap-profile').textContent).toBe('1.05');
    expect(gap()).toBe('0.00');
    expect(screen.getByTestId('valuemap-verdict').textContent).toBe('fair value: should hold its share');
  });

  it('speaks Chinese', () => {
    i18n.locale = 'zh';
    render(ValueMap);
    expect(screen.getByTestId('valuemap-verdict').textContent).toBe('价值较低：份额应当下降');
    expect(screen.getByRole('img', { name: /客户价值图/ })).toBeTruthy();
  });
});

describe('the value map’s labels', () => {
  const plot = { left: 0, right: 300, top: 0, bottom: 300 };
  const boxOf = (label: { x: number; y: number; anchor: string }, w: number) => {
    const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
    return { x0, x1: x0 + w, y0: label.y - 10, y1: label.y + 2 };
  };
  const clash = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  it('puts a name to the right of its mark where there is room, and to the left near the right edge', () => {
    const [inside, edge] = placeLabels([{ x: 100, y: 100 }, { x: 290, y: 200 }], [60, 60], 8, plot);
    expect(inside.anchor).toBe('start');
    expect(inside.x).toBeGreaterThan(100);
    expect(edge.anchor).toBe('end');
  });

  it('keeps crowded names apart, in both languages’ widths', () => {
    const marks = [{ x: 150, y: 150 }, { x: 170, y: 150 }, { x: 150, y: 170 }, { x: 130, y: 150 }];
    for (const names of [['Us', 'Premium leader', 'Value player', 'Laggard'], ['我们', '高端领先者', '实惠型对手', '落后者']]) {
      const widths = names.map((n) => textWidth(n));
      const labels = placeLabels(marks, widths, 8, plot);
      const boxes = labels.map((l, i) => boxOf(l, widths[i]));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(clash(boxes[i], boxes[j]), `${names[i]} / ${names[j]}`).toBe(false);
    }
  });

  it('measures CJK characters wider than Latin ones', () => {
    expect(textWidth('我们')).toBeGreaterThan(textWidth('Us'));
  });
});
