import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortLifetimeValue } from '../../src/core';
import { checkTyped } from '../../src/widgets/controls/field';
import {
  COHORT_EXAMPLE,
  FIELDS,
  scenarioFromQuery,
  scenarioToQuery,
  toCohortInput,
  type ClvScenario,
} from '../../src/widgets/clv/scenario';

describe('the calculator scenario', () => {
  it('starts from the cohort example: 51.56 per original customer', () => {
    expect(cohortLifetimeValue(toCohortInput(COHORT_EXAMPLE)).valuePerCustomer.toFixed(2)).toBe('51.56');
  });

  it('reads an empty query as the starting scenario, with nothing rejected', () => {
    expect(scenarioFromQuery(new URLSearchParams())).toEqual({ scenario: COHORT_EXAMPLE, rejected: [] });
  });

  it('replaces each bad value by the start and names it', () => {
    const { scenario, rejected } = scenarioFromQuery(
      new URLSearchParams('customers=5000&retention=1.4&revenue=&cost=0.5,x&cac=-1&discount=NaN&years=2.5&other=1'),
    );
    expect(rejected).toEqual(['retention', 'revenue', 'costShare', 'acquisitionCost', 'discountRate', 'horizon']);
    expect(scenario).toEqual({ ...COHORT_EXAMPLE, customers: 5000 });
  });

  it('refuses per-year lists longer than 20 years', () => {
    const long = Array.from({ length: 21 }, () => '0.5').join(',');
    expect(scenarioFromQuery(new URLSearchParams(`retention=${long}`)).rejected).toEqual(['retention']);
  });

  const shown = (min: number, max: number, whole = false) =>
    whole ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true }).map((v) => Number(v.toFixed(4)));
  // Lists no longer than the horizon: the link keeps only the years shown.
  const scenario: fc.Arbitrary<ClvScenario> = fc.integer({ min: 1, max: 20 }).chain((horizon) =>
    fc.record({
      customers: shown(1, 10_000_000, true),
      retention: fc.array(shown(0, 1), { minLength: 1, maxLength: horizon }),
      revenue: shown(0, 100_000),
      costShare: fc.array(shown(0, 2), { minLength: 1, maxLength: horizon }),
      acquisitionCost: shown(0, 100_000),
      discountRate: shown(0, 1),
      horizon: fc.constant(horizon),
    }),
  );

  it('survives a round trip through the URL unchanged, and always computes a finite value', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const back = scenarioFromQuery(new URLSearchParams(scenarioToQuery(s).toString()));
        expect(back.rejected).toEqual([]);
        expect(back.scenario).toEqual(s);
        expect(Number.isFinite(cohortLifetimeValue(toCohortInput(s)).valuePerCustomer)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never accepts what a field would reject', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const check = checkTyped(FIELDS.retention, text);
        if (check.ok) expect(check.value).toBeGreaterThanOrEqual(0);
        if (check.ok) expect(check.value).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });
});
