import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessValueStage, LADDER_LIMITS, LADDER_STATEMENTS, LADDER_THRESHOLD, VALUE_STAGES } from '../../src/core/valueLadder';
import { expectInvalid } from './invalid';

const ids = LADDER_STATEMENTS.map((s) => s.id);
const all = (v: number) => Object.fromEntries(ids.map((id) => [id, v]));
const byStage = (cq: number, cs: number, cl: number, cv: number) =>
  Object.fromEntries(LADDER_STATEMENTS.map((s) => [s.id, { 'conformance-quality': cq, 'customer-satisfaction': cs, 'customer-loyalty': cl, 'customer-value': cv }[s.stage]]));

describe('the four stages (Gale 1994, deck 000)', () => {
  it('runs from conformance quality to customer value', () => {
    expect(VALUE_STAGES).toEqual(['conformance-quality', 'customer-satisfaction', 'customer-loyalty', 'customer-value']);
  });

  it('asks one statement of each stage, in the stages’ order, with unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(LADDER_STATEMENTS.map((s) => s.stage)).toEqual(VALUE_STAGES);
  });

  it('takes answers from 1 to 5 and counts "agree" (4) as reaching a stage, "neutral" (3) as not', () => {
    expect(LADDER_LIMITS.answer).toEqual({ min: 1, max: 5, whole: true });
    expect(assessValueStage(byStage(4, 3, 5, 5)).level).toBe(1);
    expect(LADDER_THRESHOLD).toBeGreaterThan(3);
    expect(LADDER_THRESHOLD).toBeLessThanOrEqual(4);
  });
});

describe('self-assessment: hand-checked examples', () => {
  it('all 5s reach the top, and the next step is staying there', () => {
    const r = assessValueStage(all(5));
    expect(r.level).toBe(4);
    expect(r.stage).toBe('customer-value');
    expect(r.next).toBeNull();
    expect(r.heldBack).toEqual([]);
    expect(r.scores.every((s) => s.score === 5 && s.passed)).toBe(true);
  });

  it('all 1s stand below the first rung, with the first step to take', () => {
    const r = assessValueStage(all(1));
    expect(r.level).toBe(0);
    expect(r.stage).toBeNull();
    expect(r.next).toBe('conformance-quality');
  });

  it('cannot skip a rung: a strong top on a weak first stage is level 0, and the strengths above are held back', () => {
    const r = assessValueStage(byStage(2, 5, 5, 5));
    expect(r.level).toBe(0);
    expect(r.scores.map((s) => s.passed)).toEqual([false, true, true, true]);
    expect(r.heldBack).toEqual(['customer-satisfaction', 'customer-loyalty', 'customer-value']);
  });

  it('stops at the first stage that falls short and names the next rung', () => {
    const r = assessValueStage(byStage(5, 4, 2, 4));
    expect(r.scores.map((s) => s.score)).toEqual([5, 4, 2, 4]);
    expect(r.level).toBe(2);
    expect(r.stage).toBe('customer-satisfaction');
    expect(r.next).toBe('customer-loyalty');
    expect(r.heldBack).toEqual(['customer-value']);
    // A stricter bar (only "strongly agree" counts) stops on the first rung.
    expect(assessValueStage(byStage(5, 4, 2, 4), 5).level).toBe(1);
  });

  it('names the missing or bad answer', () => {
    const { 'cl-keep-recommend': _, ...missing } = all(4);
    expectInvalid(() => assessValueStage(missing), 'answers.cl-keep-recommend', 'number');
    expectInvalid(() => assessValueStage({ ...all(4), 'cq-promises': 3.5 }), 'answers.cq-promises', 'integer');
    expectInvalid(() => assessValueStage({ ...all(4), 'cv-beat-competitors': 6 }), 'answers.cv-beat-competitors', 'max');
    expectInvalid(() => assessValueStage({ ...all(4), 'cs-wants': 0 }), 'answers.cs-wants', 'min');
    expectInvalid(() => assessValueStage(null as unknown as Record<string, number>), 'answers', 'non-empty');
    expectInvalid(() => assessValueStage(all(4), 0), 'threshold', 'min');
    expectInvalid(() => assessValueStage(all(4), 5.5), 'threshold', 'max');
  });
});

describe('what the assessment guarantees, over random answers', () => {
  const runs = { numRuns: 1000 };
  const answers = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: ids.length, maxLength: ids.length }).map((v) =>
    Object.fromEntries(ids.map((id, i) => [id, v[i]])),
  );
  const threshold = fc.oneof(fc.constantFrom(1, 5, LADDER_THRESHOLD), fc.double({ min: 1, max: 5, noNaN: true }));

  it('gives a level in 0–4, stage scores within 1–5 passed as the threshold says, and held-back stages only above the level', () => {
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
        if (r.level < 4) expect(r.scores[r.level].passed).toBe(false);
        for (const stage of r.heldBack) expect(VALUE_STAGES.indexOf(stage)).toBeGreaterThan(r.level);
        expect(r.heldBack.length).toBe(r.scores.slice(r.level + 1).filter((s) => s.passed).length);
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
