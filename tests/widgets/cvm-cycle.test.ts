import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { CVM_INPUTS, CVM_MEASURES, CVM_OUTPUTS, CVM_STEPS } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import CvmCycle from '../../src/widgets/cvm-cycle/CvmCycle.svelte';
import { cycleLayout } from '../../src/widgets/cvm-cycle/layout';
import { t, type CvmCycleMessage } from '../../src/widgets/cvm-cycle/messages';
import { CvmCycleState } from '../../src/widgets/cvm-cycle/state.svelte';

afterEach(() => (i18n.locale = 'en'));

const label = (s: string) => t(`step.${s}` as CvmCycleMessage);

describe('the cycle’s geometry', () => {
  it.each([240, 320, 480, 720])('runs clockwise from the top around the goal, inside the frame, at %i px', (width) => {
    const g = cycleLayout(width, label, t('goal'));
    const [top, right, bottom, left] = g.nodes;
    expect(g.nodes.map((n) => n.step)).toEqual([...CVM_STEPS]);
    const centre = (n: (typeof g.nodes)[number]) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });
    expect(centre(top).y).toBeLessThan(g.goal.y);
    expect(centre(bottom).y).toBeGreaterThan(g.goal.y);
    expect(centre(right).x).toBeGreaterThan(g.goal.x);
    expect(centre(left).x).toBeLessThan(g.goal.x);
    for (const n of g.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(width);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height).toBeLessThanOrEqual(g.height);
      // No step covers the goal.
      const nx = Math.max(n.x, Math.min(g.goal.x, n.x + n.width));
      const ny = Math.max(n.y, Math.min(g.goal.y, n.y + n.height));
      expect(Math.hypot(nx - g.goal.x, ny - g.goal.y), n.step).toBeGreaterThan(g.goal.r);
    }
    expect(g.arrows.map((a) => `${a.from}>${a.to}`)).toEqual(['assess>analyse', 'analyse>commit', 'commit>measure', 'measure>assess']);
  });
});

describe('the cycle’s state and page', () => {
  it('goes round: after the fourth step comes the first', () => {
    const s = new CvmCycleState();
    expect(s.view.number).toBe(1);
    for (let i = 0; i < 4; i++) s.advance();
    expect(s.view.step).toBe('assess');
  });

  it('marks what the chosen step uses, produces and watches, and moves on with the button', async () => {
    render(CvmCycle);
    const on = (id: string) => [...screen.getByTestId(id).querySelectorAll('li.on')].map((li) => li.textContent?.split(':')[0].replace('●', '').trim());
    expect(on('cycle-outputs')).toEqual(['Loyalty and market-share analysis']);
    await fireEvent.click(screen.getByRole('radio', { name: /Commit to a value proposition/ }));
    expect(on('cycle-outputs')).toEqual(['A competitive value proposition']);
    await fireEvent.click(screen.getByTestId('cycle-next'));
    expect(on('cycle-measures')).toEqual(['Customer loyalty', 'Market share', 'Profitability', 'Customer retention']);
    expect(screen.getByTestId('cycle-next').textContent).toContain('Round again: 1. Assess the market opportunity');
    expect(screen.getAllByText('in this step', { exact: false }).length).toBeGreaterThan(0);
  });

  it('has every word in both languages, with the decks’ terms in Chinese', () => {
    for (const locale of ['en', 'zh'] as const) {
      i18n.locale = locale;
      for (const s of CVM_STEPS) for (const part of ['step', 'ask', 'does']) expect(t(`${part}.${s}` as CvmCycleMessage)).not.toMatch(/^(step|ask|does)\./);
      for (const id of [...CVM_INPUTS, ...CVM_OUTPUTS, ...CVM_MEASURES]) expect(t(`item.${id}` as CvmCycleMessage)).not.toMatch(/^item\./);
    }
    expect(t('item.retention')).toBe('客户保持率');
  });
});
