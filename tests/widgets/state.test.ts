import { describe, expect, it } from 'vitest';
import { ClvState } from '../../src/widgets/clv/state.svelte';

const value = (s: ClvState) => s.result.valuePerCustomer.toFixed(2);

describe('the calculator’s state, without rendering', () => {
  it('starts from the example, unchanged, with the start as its baseline', () => {
    const s = new ClvState();
    expect(value(s)).toBe('51.56');
    expect(s.changed).toBe(false);
    expect(s.startsAtDefaults).toBe(true);
    expect(s.baseline.valuePerCustomer).toBe(s.result.valuePerCustomer);
  });

  it('recomputes from the scenario and keeps the start as the baseline', () => {
    const s = new ClvState();
    s.scenario.retention[0] = 0.5;
    expect(value(s)).toBe('56.95');
    expect(s.changed).toBe(true);
    expect(s.baseline.valuePerCustomer.toFixed(2)).toBe('51.56');
    expect(s.record.retention).toBe('0.5,0.45,0.5');
  });

  it('takes a lesson’s starting values as its start and baseline', () => {
    const s = new ClvState({ retention: '0.8', horizon: '10' });
    expect(s.startsAtDefaults).toBe(false);
    expect(s.changed).toBe(false);
    expect(s.scenario.horizon).toBe(10);
    s.reset();
    expect(s.scenario.retention).toEqual([0.8]);
  });

  it('applies a record from outside over its start and names what it rejected; an empty record is the start', () => {
    const s = new ClvState();
    s.apply({ horizon: '5', discount: 'lots' });
    expect(s.scenario.horizon).toBe(5);
    expect(s.scenario.retention).toEqual([0.4, 0.45, 0.5, 0.5, 0.5]);
    expect(s.rejected).toEqual(['discountRate']);
    s.apply({});
    expect(s.changed).toBe(false);
    expect(s.rejected).toEqual([]);
  });

  it('drops half-typed text when a scenario arrives from outside or on reset', () => {
    const s = new ClvState();
    s.validity('revenue', false);
    expect(s.stale).toBe(true);
    const before = s.generation;
    s.apply({ horizon: '4' });
    expect(s.stale).toBe(false);
    expect(s.generation).toBe(before + 1);
    s.validity('revenue', false);
    s.reset();
    expect(s.stale).toBe(false);
  });

  it('keeps per-year rates while the horizon is typed digit by digit (12 passes through 1)', () => {
    const s = new ClvState();
    s.scenario.retention[2] = 0.6;
    s.setHorizon(1);
    s.setHorizon(12);
    expect(s.scenario.retention).toEqual([0.4, 0.45, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6]);
    expect(s.result.years).toHaveLength(12);
  });

  it('knows which fields the learner changed, not those that only followed (rates filled to a longer horizon)', () => {
    const s = new ClvState();
    expect(s.changedKeys).toEqual([]);
    s.setHorizon(5);
    expect(s.changedKeys).toEqual(['horizon']);
    s.scenario.retention[4] = 0.7;
    expect(s.changedKeys).toEqual(['retention', 'horizon']);
  });

  it('writes a record as long as the horizon, whatever it remembers beyond it', () => {
    const s = new ClvState();
    s.setHorizon(12);
    s.setHorizon(4);
    expect(s.record.retention.split(',')).toHaveLength(4);
  });
});
