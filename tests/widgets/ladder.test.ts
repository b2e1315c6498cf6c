// The value-stage ladder: its scenario, rules, state and component.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { assessValueStage } from '../../src/core';
import { i18n } from '../../src/lib/i18n';
import { decode, defaults, encode } from '../../src/widgets/kit/scenario';
import { ladderCodec } from '../../src/widgets/ladder/codec';
import { explain, rungAfterKey } from '../../src/widgets/ladder/layout';
import { LadderState } from '../../src/widgets/ladder/state.svelte';
import ValueLadder from '../../src/widgets/ladder/ValueLadder.svelte';

afterEach(() => (i18n.locale = 'en'));

describe('the ladder’s scenario', () => {
  it('starts on the first rung with nothing answered', () => {
    expect(defaults(ladderCodec)).toEqual({ rung: 'conformance-quality', answers: [null, null, null, null] });
    expect(encode(ladderCodec, defaults(ladderCodec))).toEqual({ rung: 'conformance-quality', answers: '-,-,-,-' });
  });

  it('reads answers with dashes for those not given, and a short list as the first ones', () => {
    expect(decode(ladderCodec, { answers: '4,5,-,2' }).scenario.answers).toEqual([4, 5, null, 2]);
    expect(decode(ladderCodec, { answers: '3' }).scenario.answers).toEqual([3, null, null, null]);
  });

  it.each([['6'], ['0'], ['3.5'], ['4,4,4,4,4'], ['x']])('refuses the answers %s', (raw) => {
    expect(decode(ladderCodec, { answers: raw }).rejected).toEqual(['answers']);
  });

  it('refuses a rung that is not one of the four', () => {
    expect(decode(ladderCodec, { rung: 'customer-delight' }).rejected).toEqual(['rung']);
  });
});

describe('the ladder’s rules', () => {
  it('climbs with Up and Right, steps down with Down and Left, does not wrap', () => {
    expect(rungAfterKey(1, 'ArrowUp')).toBe(2);
    expect(rungAfterKey(1, 'ArrowRight')).toBe(2);
    expect(rungAfterKey(1, 'ArrowDown')).toBe(0);
    expect(rungAfterKey(3, 'ArrowUp')).toBe(3);
    expect(rungAfterKey(0, 'ArrowLeft')).toBe(0);
    expect(rungAfterKey(2, 'Home')).toBe(0);
    expect(rungAfterKey(0, 'End')).toBe(3);
    expect(rungAfterKey(0, 'a')).toBeUndefined();
  });

  it('explains a result: what held, what stopped the climb, what is held back', () => {
    const r = assessValueStage({ 'cq-promises': 5, 'cs-wants': 4, 'cl-keep-recommend': 2, 'cv-beat-competitors': 5 });
    expect(explain(r)).toEqual({
      held: ['conformance-quality', 'customer-satisfaction'],
      stopped: { stage: 'customer-loyalty', answer: 2 },
      heldBack: [{ stage: 'customer-value', answer: 5 }],
    });
    expect(explain(assessValueStage({ 'cq-promises': 5, 'cs-wants': 5, 'cl-keep-recommend': 5, 'cv-beat-competitors': 5 })).stopped).toBeNull();
  });
});

describe('the ladder’s state', () => {
  it('places the organisation only once every statement is answered', () => {
    const s = new LadderState();
    s.answer(0, 5);
    s.answer(1, 4);
    s.answer(2, 3);
    expect(s.assessment).toBeNull();
    expect(s.answered).toBe(3);
    s.answer(3, 4);
    expect(s.assessment?.level).toBe(2);
    expect(s.record.answers).toBe('5,4,3,4');
    s.clearAnswers();
    expect(s.assessment).toBeNull();
  });

  it('opens a rung by id or by number', () => {
    const s = new LadderState();
    s.open(2);
    expect(s.scenario.rung).toBe('customer-loyalty');
    s.open('customer-value');
    expect(s.rungIndex).toBe(3);
  });
});

describe('the ladder on the page', () => {
  const panel = () => screen.getByRole('tabpanel');

  it('shows four rungs, the first one open, with what it means and measures', () => {
    render(ValueLadder);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      expect.stringContaining('Conformance quality'),
      expect.stringContaining('Customer satisfaction'),
      expect.stringContaining('Customer loyalty'),
      expect.stringContaining('Customer value'),
    ]);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    expect(within(panel()).getByText('Minimum requirements')).toBeTruthy();
    expect(screen.getByText('21st-century growth company')).toBeTruthy();
  });

  it('climbs with the arrow keys and moves focus with it', async () => {
    render(ValueLadder);
    const tabs = screen.getAllByRole('tab');
    tabs[0].focus();
    await fireEvent.keyDown(tabs[0], { key: 'ArrowUp' });
    await fireEvent.keyDown(screen.getAllByRole('tab')[1], { key: 'ArrowUp' });
    expect(screen.getAllByRole('tab')[2].getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getAllByRole('tab')[2]);
    expect(within(panel()).getByText(/Retention and defection rates/)).toBeTruthy();
    await fireEvent.keyDown(screen.getAllByRole('tab')[2], { key: 'End' });
    expect(within(panel()).getByText('What staying at the top asks')).toBeTruthy();
  });

  it('places the organisation, says why and names the next step', async () => {
    render(ValueLadder);
    const answer = (stage: number, text: string) => fireEvent.click(within(screen.getAllByRole('group')[stage]).getByLabelText(new RegExp(text)));
    await answer(0, '^5');
    expect(screen.getByTestId('ladder-result').textContent).toMatch(/1 of 4 answered/);
    await answer(1, '^4');
    await answer(2, '^2');
    await answer(3, '^5');
    const result = screen.getByTestId('ladder-result').textContent!;
    expect(result).toMatch(/Your organisation stands on rung 2 of 4: Customer satisfaction\./);
    expect(result).toMatch(/You agreed \(4 or 5\) on conformance quality and customer satisfaction, but not on customer loyalty \(you gave it 2\)\./);
    expect(result).toMatch(/Your answer for customer value is strong, but a rung cannot be skipped: it counts once customer loyalty holds/);
    expect(result).toMatch(/Satisfaction alone does not keep customers/);
    expect(within(screen.getByTestId('ladder-rung-2')).getByTestId('ladder-here')).toBeTruthy();
  });

  it('starts from a lesson’s example organisation, and a link’s', () => {
    render(ValueLadder, { answers: [2, 5, 5, 5], rung: 'customer-value' });
    const result = screen.getByTestId('ladder-result').textContent!;
    expect(result).toMatch(/not on the ladder yet/);
    expect(result).toMatch(/Your answers for customer satisfaction, customer loyalty,? and customer value are strong, but a rung cannot be skipped: they count once conformance quality holds\./);
    expect(screen.getAllByRole('tab')[3].getAttribute('aria-selected')).toBe('true');
  });

  it('speaks Chinese, with the deck’s term for the first stage', () => {
    i18n.locale = 'zh';
    render(ValueLadder);
    expect(screen.getAllByRole('tab')[0].textContent).toContain('符合性质量');
    expect(screen.getByText('你的组织站在哪一级？')).toBeTruthy();
  });
});
