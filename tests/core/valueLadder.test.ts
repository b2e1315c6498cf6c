import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessValueStage, LADDER_STATEMENTS, VALUE_STAGES } from '../../src/core/valueLadder';
import { expectInvalid } from './invalid';

const ids = LADDER_STATEMENTS.map((s) => s.id);
const all = (v: number) => Object.fromEntries(ids.map((id) => [id, v]));
const byStage = (cq: number, cs: number, cl: number, cv: number) =>
  Object.fromEntries(LADDER_STATEMENTS.map((s) => [s.id, { 'conformance-quality': cq, 'customer-satisfaction': cs, 'customer-loyalty': cl, 'customer-value': cv }[s.stage]]));


describe('the four stages (Gale 1994, deck 000)', () => {
  it('runs from conformance quality to customer value', () => {
    expect(VALUE_STAGES).toEqual(['conformance-quality', 'customer-satisfaction', 'customer-loyalty', 'customer-value']);
  });

  it('asks two statements of each stage, with unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const stage of VALUE_STAGES) expect(LADDER_STATEMENTS.filter((s) => s.stage === stage)).toHaveLength(2);
  });
});

describe('self-assessment: hand-checked examples', () => {
  it('all 5s reach the top, and the next step is staying there', () => {
    const r = assessValueStage(all(5));
    expect(r.level).toBe(4);
    expect(r.stage).toBe('customer-value');
    expect(r.next).toBeNull();
    expect(r.scores.every((s) => s.score === 5 && s.passed)).toBe(true);
  });

  it('all 1s stand below the first rung, with the first step to take', () => {
    const r = assessValueStage(all(1));
    expect(r.level).toBe(0);
    expect(r.stage).toBeNull();
    expect(r.next).toBe('conformance-quality');
  });

  it('cannot skip a rung: a strong top stage on a weak first stage is level 0', () => {
    const r = assessValueStage(byStage(2, 5, 5, 5));
    expect(r.level).toBe(0);
    expect(r.scores.map((s) => s.passed)).toEqual([false, true, true, true]);
  });

  it('stops at the first stage that falls short; a mean exactly at 3.5 passes', () => {
    const answers = { ...byStage(4, 4, 2, 5), 'cs-wants': 3 };
    const r = assessValueStage(answers);
    expect(r.scores.map((s) => s.score)).toEqual([4, 3.5, 2, 5]);
    expect(r.level).toBe(2);
    expect(r.stage).toBe('customer-satisfaction');
    expect(r.next).toBe('customer-loyalty');
    expect(assessValueStage(answers, 4).level).toBe(1);
  });

  it('names the missing or bad answer', () => {
    const { 'cl-recommend': _, ...missing } = all(4);
    expectInvalid(() => assessValueStage(missing), 'answers.cl-recommend', 'number');
    expectInvalid(() => assessValueStage({ ...all(4), 'cq-standards': 3.5 }), 'answers.cq-standards', 'integer');
    expectInvalid(() => assessValueStage({ ...all(4), 'cv-new-benefits': 6 }), 'answers.cv-new-benefits', 'max');
    expectInvalid(() => assessValueStage(all(4), 0), 'threshold', 'min');
  });
});

describe('what the assessment guarantees, over random answers', () => {
  const runs = { numRuns: 1000 };
  const answers = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: ids.length, maxLength: ids.length }).map((v) =>
    Object.fromEntries(ids.map((id, i) => [id, v[i]])),
  );
  const threshold = fc.double({ min: 1, max: 5, noNaN: true });

  it('gives a level in 0–4 and stage scores within 1–5, passed as the threshold says', () => {
    fc.assert(
      fc.property(answers, threshold, (a, t) => {
        const r = assessValueStage(a, t);
        expect(Number.isInteger(r.level) && r.level >= 0 && r.level <= 4).toBe(true);
        expect(r.stage).toBe(r.level === 0 ? null : VALUE_STAGES[r.level - 1]);
        for (const s of r.scores) {
          expect(s.score >= 1 && s.score <= 5).toBe(true);
          expect(s.passed).toBe(s.score >= t);
        }
        expect(r.scores.slice(0, r.level).every((s) => s.passed)).toBe(true);
      }),
      runs,
    );
  });

  it('raising any answer never lowers the stage reached', () => {
    fc.assert(
      fc.property(answers, threshold, fc.constantFrom(...ids), fc.integer({ min: 1, max: 4 }), (a, t, id, step) => {
        const raised = { ...a, [id]: Math.min(5, a[id] + step) };
        expect(assessValueStage(raised, t).level).toBeGreaterThanOrEqual(assessValueStage(a, t).level);
      }),
      runs,
    );
  });
});
