import fc from 'fast-check';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { CUSTOMER_PROCESSES, PROCESS_LINKS, PROCESS_OBJECTIVES, STRATEGY_MAP_OBJECTIVES, type CustomerProcess } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { decode } from '../../src/widgets/kit/scenario';
import { strategyMapCodec } from '../../src/widgets/strategy-map/codec';
import { strategyMapLayout, type MapText } from '../../src/widgets/strategy-map/layout';
import { t, type StrategyMapMessage } from '../../src/widgets/strategy-map/messages';
import StrategyMap from '../../src/widgets/strategy-map/StrategyMap.svelte';
import { StrategyMapState } from '../../src/widgets/strategy-map/state.svelte';

afterEach(() => (i18n.locale = 'en'));

const text: MapText = {
  label: (id) => t((CUSTOMER_PROCESSES as readonly string[]).includes(id) ? (`process.${id}` as StrategyMapMessage) : (`obj.${id}` as StrategyMapMessage)),
  caption: (g) => t(`group.${g}` as StrategyMapMessage),
  perspective: (p) => t(`perspective.${p}` as StrategyMapMessage),
};

describe('the strategy map’s geometry', () => {
  it('stacks the four bands top to bottom, financial first, with no gap between them', () => {
    const g = strategyMapLayout(720, text, 'retain');
    expect(g.bands.map((b) => b.perspective)).toEqual(['financial', 'customer', 'internal', 'learning']);
    for (let i = 1; i < 4; i++) expect(g.bands[i].y).toBeCloseTo(g.bands[i - 1].y + g.bands[i - 1].height, 6);
    expect(g.height).toBeGreaterThanOrEqual(g.bands[3].y + g.bands[3].height - 1);
  });

  it('draws a box for every objective except the customer-management cluster, which opens into its four processes', () => {
    const g = strategyMapLayout(720, text, null);
    const ids = g.boxes.map((b) => b.id).sort();
    const expected = [...STRATEGY_MAP_OBJECTIVES.map((o) => o.id).filter((id) => id !== 'customer-management'), ...CUSTOMER_PROCESSES].sort();
    expect(ids).toEqual(expected);
    expect(g.links).toEqual([]);
    expect(g.boxes.every((b) => b.state === 'plain')).toBe(true);
  });

  it('puts every box in its own band, and keeps the customer value proposition on one row when there is room', () => {
    const g = strategyMapLayout(720, text, 'select');
    for (const b of g.boxes) {
      const band = g.bands.find((x) => x.perspective === b.perspective)!;
      expect(b.y, b.id).toBeGreaterThanOrEqual(band.y);
      expect(b.y + b.height, b.id).toBeLessThanOrEqual(band.y + band.height);
    }
    const customer = g.boxes.filter((b) => b.perspective === 'customer');
    expect(new Set(customer.map((b) => b.y)).size).toBe(1);
    expect(customer.map((b) => b.id)).toEqual(['price', 'quality', 'availability', 'selection', 'functionality', 'service', 'partnership', 'brand']);
  });

  it.each([240, 390, 560, 720, 1100])('never lets two boxes overlap or a box leave the map, at %i px', (width) => {
    for (const p of [...CUSTOMER_PROCESSES, null]) {
      const g = strategyMapLayout(width, text, p);
      for (const a of g.boxes) {
        expect(a.x, a.id).toBeGreaterThanOrEqual(0);
        expect(a.x + a.width, a.id).toBeLessThanOrEqual(width + 1e-6);
        for (const b of g.boxes) {
          if (a === b) continue;
          const apart = a.x + a.width <= b.x + 1e-6 || b.x + b.width <= a.x + 1e-6 || a.y + a.height <= b.y + 1e-6 || b.y + b.height <= a.y + 1e-6;
          expect(apart, `${width}: ${a.id} / ${b.id}`).toBe(true);
        }
      }
    }
  });

  it('links the chosen process up to what it serves and down to what it needs, and the served financial objectives to the goal', () => {
    for (const p of CUSTOMER_PROCESSES) {
      const g = strategyMapLayout(720, text, p);
      const serves = g.links.filter((l) => l.kind === 'serves').map((l) => l.to).sort();
      const needs = g.links.filter((l) => l.kind === 'needs').map((l) => l.to).sort();
      expect(serves).toEqual([...PROCESS_LINKS[p].serves].sort());
      expect(needs).toEqual([...PROCESS_LINKS[p].needs].sort());
      const state = (id: string) => g.boxes.find((b) => b.id === id)!.state;
      expect(state(p)).toBe('chosen');
      expect(state('shareholder-value')).toBe('served');
      for (const id of PROCESS_LINKS[p].needs) expect(state(id)).toBe('needed');
      // A link leaves the top of the process for the objectives above, its bottom for the capabilities below.
      const from = g.boxes.find((b) => b.id === p)!;
      for (const l of g.links.filter((l) => l.from === p)) {
        const y = Number(/^M[\d.]+,([\d.]+)/.exec(l.path)![1]);
        expect(y).toBeCloseTo(l.kind === 'serves' ? from.y : from.y + from.height, 0);
      }
    }
  });

  it('wraps labels to their boxes on a phone instead of letting them run out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 240, max: 1200 }), fc.constantFrom(...CUSTOMER_PROCESSES), (width, p) => {
        const g = strategyMapLayout(width, text, p);
        for (const b of g.boxes) {
          expect(b.lines.length, b.id).toBeGreaterThan(0);
          expect(b.lines.length * g.lineHeight, b.id).toBeLessThanOrEqual(b.height);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('the strategy map’s words', () => {
  it('gives a reason for every link, every process objective a name, in both languages', () => {
    for (const locale of ['en', 'zh'] as const) {
      i18n.locale = locale;
      for (const p of CUSTOMER_PROCESSES) {
        for (const id of [...PROCESS_LINKS[p].serves, ...PROCESS_LINKS[p].needs]) {
          const key = `why.${p}.${id}` as StrategyMapMessage;
          expect(t(key), `${locale} ${key}`).not.toBe(key);
        }
        for (const id of PROCESS_OBJECTIVES[p]) expect(t(`own.${id}` as StrategyMapMessage)).not.toMatch(/^own\./);
      }
      for (const o of STRATEGY_MAP_OBJECTIVES) expect(t(`obj.${o.id}` as StrategyMapMessage)).not.toMatch(/^obj\./);
    }
  });

  it('uses the deck’s Chinese names for the four processes', () => {
    i18n.locale = 'zh';
    expect(CUSTOMER_PROCESSES.map((p) => t(`processLong.${p}` as StrategyMapMessage))).toEqual(['选择顾客', '争取顾客', '保有顾客', '发展顾客关系']);
  });
});

describe('the strategy map’s state and page', () => {
  it('starts on selection and refuses an unknown process', () => {
    expect(new StrategyMapState().relations.process).toBe('select');
    expect(decode(strategyMapCodec, { process: 'keep' }).rejected).toEqual(['process']);
  });

  it('shows the chosen process’s objectives, what it serves and needs, and changes with the choice', async () => {
    render(StrategyMap);
    expect(screen.getByTestId('map-detail').textContent).toContain('Screen out unprofitable customers');
    expect(screen.getByTestId('map-needs').textContent).toContain('Leadership');
    await fireEvent.click(screen.getByRole('radio', { name: /Retain customers/ }));
    expect(screen.getByTestId('map-detail').textContent).toContain('Sole-source');
    expect(screen.getByTestId('map-serves').textContent).toContain('Partnership');
    expect(screen.getByTestId('map-needs').textContent).toContain('Culture');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Retain customers');
  });

  it('takes a click on a process in the map', async () => {
    const { container } = render(StrategyMap, { process: 'select' as CustomerProcess });
    await fireEvent.click(container.querySelector('[data-box="grow"]')!);
    expect(screen.getByTestId('map-detail').textContent).toContain('Cross-selling');
    expect((screen.getByRole('radio', { name: /Grow relationships/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('has its text twin: every perspective and process in a nested list', () => {
    const { container } = render(StrategyMap);
    const list = container.querySelector('.nested')!;
    expect(list.querySelectorAll(':scope > li')).toHaveLength(4);
    expect(list.textContent).toContain('Grow relationships with customers — its objectives: Cross-selling');
  });
});
