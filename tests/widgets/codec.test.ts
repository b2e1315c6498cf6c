import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COHORT_LIMITS, cohortLifetimeValue } from '../../src/core';
import { clvCodec, toCohortInput, type ClvScenario } from '../../src/widgets/clv/codec';
import { choiceField, decode, defaults, encode, fromBareKeys, partialRecord, type Codec } from '../../src/widgets/kit/scenario';

const example = defaults(clvCodec);

describe('the scenario contract, on the calculator', () => {
  it('starts from the cohort example: 51.56 per original customer', () => {
    expect(cohortLifetimeValue(toCohortInput(example)).valuePerCustomer.toFixed(2)).toBe('51.56');
  });

  it('reads an empty record as the start, with nothing rejected', () => {
    expect(decode(clvCodec, {})).toEqual({ scenario: example, rejected: [] });
  });

  it('replaces each bad value by the start and names it', () => {
    const { scenario, rejected } = decode(clvCodec, {
      customers: '5000',
      retention: '1.4',
      revenue: '',
      cost: '0.5,x',
      cac: '-1',
      discount: 'NaN',
      horizon: '2.5',
      other: '1',
    });
    expect(rejected).toEqual(['retention', 'revenue', 'costShare', 'acquisitionCost', 'discountRate', 'horizon']);
    expect(scenario).toEqual({ ...example, customers: 5000 });
  });

  it.each([
    ['a hex number', { customers: '0x10' }, 'customers'],
    ['an exponent', { revenue: '1e3' }, 'revenue'],
    ['"0,5" for retention: the comma separates years, and 5 is no rate', { retention: '0,5' }, 'retention'],
    ['more customers than the model takes', { customers: String(COHORT_LIMITS.customers.max + 1) }, 'customers'],
    ['a horizon past the model’s', { horizon: String(COHORT_LIMITS.horizon.max + 1) }, 'horizon'],
    ['a list longer than the horizon can be', { retention: Array(COHORT_LIMITS.horizon.max + 1).fill('0.5').join(',') }, 'retention'],
  ])('refuses %s', (_, record, field) => {
    const { rejected } = decode(clvCodec, record);
    expect(rejected).toEqual([field]);
  });

  it('fills a partial link with the values the model uses: a horizon longer than the lists carries their last year forward', () => {
    const { scenario, rejected } = decode(clvCodec, { horizon: '5' });
    expect(rejected).toEqual([]);
    expect(scenario.retention).toEqual([0.4, 0.45, 0.5, 0.5, 0.5]);
    expect(scenario.costShare).toEqual([0.8, 0.7, 0.65, 0.65, 0.65]);
    // What the boxes show is what the model computed from.
    const model = cohortLifetimeValue(toCohortInput(scenario));
    expect(model.years.map((y) => y.retention)).toEqual(scenario.retention);
    expect(model.years.map((y) => y.costShare)).toEqual(scenario.costShare);
  });

  it('keeps one value as "the same every year", however long the horizon', () => {
    expect(decode(clvCodec, { retention: '0.8', horizon: '10' }).scenario.retention).toEqual([0.8]);
  });

  it('reads an old link’s bare keys, including those that were renamed (years → horizon)', () => {
    const record = fromBareKeys(clvCodec, { retention: '0.8', years: '10', utm_source: 'mail' });
    expect(record).toEqual({ retention: '0.8', horizon: '10' });
    expect(decode(clvCodec, record).scenario).toMatchObject({ retention: [0.8], horizon: 10 });
  });

  it('writes a lesson’s starting values as a partial record', () => {
    expect(partialRecord<ClvScenario>(clvCodec, { retention: [0.8], horizon: 10 })).toEqual({ retention: '0.8', horizon: '10' });
  });

  const shown = (min: number, max: number, whole = false) =>
    whole ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }).map((v) => Number(v.toFixed(4)) + 0);
  const L = COHORT_LIMITS;
  const list = (limits: { min: number; max: number }) => fc.array(shown(limits.min, limits.max), { minLength: 1, maxLength: L.horizon.max });
  // Any scenario the inputs can hold: lists of any length up to 20, whatever the horizon.
  const scenario: fc.Arbitrary<ClvScenario> = fc.record({
    customers: shown(L.customers.min, L.customers.max, true),
    retention: list(L.retention),
    revenue: list(L.revenuePerCustomer),
    costShare: list(L.costShare),
    costPerCustomer: list(L.costPerCustomer),
    referralRate: shown(L.referralRate.min, L.referralRate.max),
    referralReward: shown(L.referralReward.min, L.referralReward.max),
    acquisitionCost: shown(L.acquisitionCost.min, L.acquisitionCost.max),
    discountRate: shown(L.discountRate.min, L.discountRate.max),
    horizon: shown(L.horizon.min, L.horizon.max, true),
  });

  it('writes only records it would accept, and reads them back to the same results', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const record = encode(clvCodec, s);
        const back = decode(clvCodec, record);
        expect(back.rejected).toEqual([]);
        expect(encode(clvCodec, back.scenario)).toEqual(record);
        const before = cohortLifetimeValue(toCohortInput(s));
        const after = cohortLifetimeValue(toCohortInput(back.scenario));
        expect(after.valuePerCustomer).toBeCloseTo(before.valuePerCustomer, 6);
        expect(Number.isFinite(after.valuePerCustomer)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes its limits from core, so every value a field accepts the model accepts too', () => {
    const raw = fc.oneof(
        fc.string(),
        fc.double({ min: -1e8, max: 1e8, noNaN: true }).map(String),
        fc.integer({ min: -5, max: 1e8 }).map(String),
        fc.array(fc.double({ min: -0.5, max: 2.5, noNaN: true }).map((v) => v.toFixed(3)), { minLength: 1, maxLength: 25 }).map((a) => a.join(',')),
      );
    fc.assert(
      fc.property(raw, fc.constantFrom(...Object.values(clvCodec.fields)), (text, field) => {
        const value = field.read(text);
        if (value === undefined) return;
        const base = { ...example, horizon: 3 };
        const input = toCohortInput({ ...base, [Object.keys(clvCodec.fields).find((k) => clvCodec.fields[k as keyof ClvScenario] === field)!]: value });
        expect(() => cohortLifetimeValue(input)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a choice field', () => {
  const naming = { id: 'pyramid', fields: { names: choiceField('names', 'curry', ['curry', 'metals'] as const) } } satisfies Codec<{ names: 'curry' | 'metals' }>;

  it('reads one of its options and refuses anything else', () => {
    expect(decode(naming, { names: 'metals' })).toEqual({ scenario: { names: 'metals' }, rejected: [] });
    expect(decode(naming, { names: 'Metals' })).toEqual({ scenario: { names: 'curry' }, rejected: ['names'] });
    expect(encode(naming, { names: 'metals' })).toEqual({ names: 'metals' });
  });
});
