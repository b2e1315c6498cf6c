import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessImportancePerformance, INSURER_SERVICE_ATTRIBUTES, SERVICE_MATRIX_LIMITS, type ServiceAttribute } from '../../src/core/importancePerformance';
import { expectInvalid } from './invalid';

// The deck's six insurer attributes (003, step 3). The slide's figure is lost,
// so these scores are illustrative, chosen to show every case.
const insurer: ServiceAttribute[] = [
  { id: 'speed', importance: 4.5, performance: 3, competitorPerformance: 4 },
  { id: 'price', importance: 4, performance: 3.5, competitorPerformance: 3 },
  { id: 'responsiveness to requests', importance: 3.5, performance: 4, competitorPerformance: 3.5 },
  { id: 'quality of information', importance: 2.5, performance: 4, competitorPerformance: 3 },
  { id: 'opening hours', importance: 2, performance: 4.5, competitorPerformance: 3.5 },
  { id: 'claims handling', importance: 5, performance: 3.5, competitorPerformance: 4.5 },
];


describe('service management matrix: the insurer (illustrative scores)', () => {
  const result = assessImportancePerformance(insurer);
  const pick = <K extends 'quadrant' | 'corridor' | 'gap' | 'competitorGap'>(key: K) => result.attributes.map((a) => a[key]);

  it('places each attribute in a quadrant around the midpoint 3', () => {
    expect(pick('quadrant')).toEqual(['keep-up', 'keep-up', 'keep-up', 'possible-overkill', 'possible-overkill', 'keep-up']);
    const weak = assessImportancePerformance([{ id: 'x', importance: 4, performance: 2, competitorPerformance: 3 }]);
    expect(weak.attributes[0].quadrant).toBe('concentrate-here');
    const idle = assessImportancePerformance([{ id: 'x', importance: 2, performance: 2.5, competitorPerformance: 3 }]);
    expect(idle.attributes[0].quadrant).toBe('low-priority');
  });

  it('measures the gap to the diagonal and classifies it against a corridor of ±0.5, edges included', () => {
    expect(pick('gap')).toEqual([-1.5, -0.5, 0.5, 1.5, 2.5, -1.5]);
    expect(pick('corridor')).toEqual([
      'under-performing',
      'on-target',
      'on-target',
      'over-performing',
      'over-performing',
      'under-performing',
    ]);
  });

  it('compares us with the main competitor', () => {
    expect(pick('competitorGap')).toEqual([-1, 0.5, 0.5, 1, 1, -1]);
  });

  it('moves money from over- to under-performing attributes, most important first', () => {
    expect(result.shiftFrom).toEqual(['quality of information', 'opening hours']);
    expect(result.shiftTo).toEqual(['claims handling', 'speed']);
  });

  it('counts a tie with the midpoint as high, and a narrower corridor catches more', () => {
    const tie = assessImportancePerformance([{ id: 'x', importance: 3, performance: 3, competitorPerformance: 3 }]);
    expect(tie.attributes[0].quadrant).toBe('keep-up');
    const strict = assessImportancePerformance(insurer, { corridorHalfWidth: 0.25, midpoint: 4 });
    expect(strict.shiftTo).toEqual(['claims handling', 'speed', 'price']);
    expect(strict.attributes[1].quadrant).toBe('concentrate-here');
  });

  it('names the field and rule of a bad input', () => {
    expectInvalid(() => assessImportancePerformance([]), 'attributes', 'non-empty');
    expectInvalid(() => assessImportancePerformance([{ ...insurer[0], importance: 6 }]), 'attributes[0].importance', 'max');
    expectInvalid(() => assessImportancePerformance([insurer[0], { ...insurer[1], competitorPerformance: 0 }]), 'attributes[1].competitorPerformance', 'min');
    expectInvalid(() => assessImportancePerformance([{ ...insurer[0], id: ' ' }]), 'attributes[0].id', 'non-empty');
    expectInvalid(() => assessImportancePerformance(insurer, { corridorHalfWidth: -0.1 }), 'corridorHalfWidth', 'min');
    expectInvalid(() => assessImportancePerformance(insurer, { corridorHalfWidth: 4.5 }), 'corridorHalfWidth', 'max');
    expectInvalid(() => assessImportancePerformance(insurer, { midpoint: Number.NaN }), 'midpoint', 'number');
  });
});

const runs = { numRuns: 1000 };
const score = fc.double({ min: 1, max: 5, noNaN: true });
const attribute = fc.record({ id: fc.constant('a'), importance: score, performance: score, competitorPerformance: score });
const width = fc.double({ min: 0, max: 4, noNaN: true });

describe('the ranges the widgets take from core', () => {
  it('rates on 1–5 and lets the corridor span from nothing to the whole scale', () => {
    expect(SERVICE_MATRIX_LIMITS.rating).toEqual({ min: 1, max: 5 });
    expect(SERVICE_MATRIX_LIMITS.corridorHalfWidth).toEqual({ min: 0, max: 4 });
    const everything = assessImportancePerformance(insurer, { corridorHalfWidth: SERVICE_MATRIX_LIMITS.corridorHalfWidth.max });
    expect(everything.shiftFrom).toEqual([]);
    expect(everything.shiftTo).toEqual([]);
  });

  it('names the deck’s six attributes in the slide’s order A–F', () => {
    expect(INSURER_SERVICE_ATTRIBUTES).toEqual(['speed', 'price', 'responsiveness', 'information', 'opening-hours', 'claims']);
  });
});

describe('what the matrix guarantees, over random attributes', () => {
  it('puts every attribute in exactly one quadrant and one corridor class, as its comparisons say', () => {
    fc.assert(
      fc.property(fc.array(attribute, { minLength: 1, maxLength: 8 }), score, width, (list, midpoint, w) => {
        const r = assessImportancePerformance(list, { midpoint, corridorHalfWidth: w });
        r.attributes.forEach((a, i) => {
          const high = list[i].importance >= midpoint;
          const strong = list[i].performance >= midpoint;
          const quadrant = high ? (strong ? 'keep-up' : 'concentrate-here') : strong ? 'possible-overkill' : 'low-priority';
          expect(a.quadrant).toBe(quadrant);
          const gap = list[i].performance - list[i].importance;
          expect(a.corridor).toBe(gap > w ? 'over-performing' : gap < -w ? 'under-performing' : 'on-target');
          expect(Number.isFinite(a.gap) && Number.isFinite(a.competitorGap)).toBe(true);
        });
        const listed = [...r.shiftFrom, ...r.shiftTo].length;
        expect(listed).toBe(r.attributes.filter((a) => a.corridor !== 'on-target').length);
      }),
      runs,
    );
  });

  it('never turns on-target into over or under when the corridor widens', () => {
    fc.assert(
      fc.property(attribute, width, width, (a, w1, w2) => {
        const [narrow, wide] = w1 <= w2 ? [w1, w2] : [w2, w1];
        const before = assessImportancePerformance([a], { corridorHalfWidth: narrow }).attributes[0].corridor;
        const after = assessImportancePerformance([a], { corridorHalfWidth: wide }).attributes[0].corridor;
        if (before === 'on-target') expect(after).toBe('on-target');
        if (after !== 'on-target') expect(after).toBe(before);
      }),
      runs,
    );
  });

  it('classifies by performance − importance alone: sliding both by the same amount changes nothing', () => {
    // Scores on a 1/16 grid so the shifted difference is exact.
    const grid = fc.integer({ min: 0, max: 64 }).map((n) => 1 + n / 16);
    fc.assert(
      fc.property(grid, grid, fc.integer({ min: -64, max: 64 }), width, (i, p, steps, w) => {
        const shift = steps / 16;
        fc.pre(Math.min(i, p) + shift >= 1 && Math.max(i, p) + shift <= 5);
        const at = (imp: number, perf: number) =>
          assessImportancePerformance([{ id: 'a', importance: imp, performance: perf, competitorPerformance: 3 }], { corridorHalfWidth: w })
            .attributes[0];
        const a = at(i, p);
        const b = at(i + shift, p + shift);
        expect(b.gap).toBe(a.gap);
        expect(b.corridor).toBe(a.corridor);
      }),
      runs,
    );
  });
});
