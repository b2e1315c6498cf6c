import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FADER_HARDIE_2007,
  fitConstantRetention,
  fitSbg,
  projectConstantRetention,
  projectSbg,
  SBG_LIMITS,
  sbgRetention,
  sbgSurvival,
} from '../../src/core/sbg';
import { nelderMead } from '../../src/core/optimize';
import { lnBeta, lnGamma } from '../../src/core/special';
import { expectInvalid } from './invalid';

// Fader & Hardie (2007), "How to project customer retention", the two customer series.
const regular = [1000, 631, 468, 382, 326, 289, 262, 241];
const highEnd = [1000, 869, 743, 653, 593, 551, 517, 491];

describe('fitting the sBG: Fader & Hardie 2007', () => {
  it("'regular' customers: α = 0.704, β = 1.182, log-likelihood −1680.265", () => {
    const fit = fitSbg(regular);
    expect(fit.alpha).toBeCloseTo(0.704, 3);
    expect(fit.beta).toBeCloseTo(1.182, 3);
    expect(fit.logLikelihood).toBeCloseTo(-1680.265, 3);
  });

  it("'high end' customers: α = 0.668, β = 3.806", () => {
    const fit = fitSbg(highEnd);
    expect(fit.alpha).toBeCloseTo(0.668, 3);
    expect(fit.beta).toBeCloseTo(3.806, 3);
  });

  it('projects the regular series close to the data it was fitted to', () => {
    const { alpha, beta } = fitSbg(regular);
    const projected = projectSbg({ alpha, beta, customers: 1000, periods: 7 });
    projected.forEach((p, i) => expect(Math.abs(p - regular[i])).toBeLessThan(10));
  });

  it('is deterministic', () => {
    expect(fitSbg(highEnd)).toEqual(fitSbg(highEnd));
  });

  it('stays finite on data with no churn, total churn or a constant retention rate', () => {
    for (const data of [[1000, 1000, 1000], [1000, 0, 0], [1000, 500, 250, 125, 62.5]]) {
      const fit = fitSbg(data);
      for (const v of [fit.alpha, fit.beta, fit.logLikelihood]) expect(Number.isFinite(v)).toBe(true);
      expect(fit.logLikelihood).toBeLessThanOrEqual(0);
    }
    const geometric = fitSbg([1000, 500, 250, 125, 62.5]);
    expect(geometric.alpha / (geometric.alpha + geometric.beta)).toBeCloseTo(0.5, 3);
  });
});

describe('the published series and the projection it was held back to test', () => {
  it('holds years 0–12 of both series; years 0–7 are the ones fitted above', () => {
    expect(FADER_HARDIE_2007.regular.slice(0, 8)).toEqual(regular);
    expect(FADER_HARDIE_2007.highEnd.slice(0, 8)).toEqual(highEnd);
    expect(FADER_HARDIE_2007.regular).toHaveLength(13);
    expect(FADER_HARDIE_2007.calibrationYears).toBe(7);
  });

  it('projects the regular customers to year 12 within 4 of the 173 who were left; one constant rate predicts under a third of them', () => {
    const { alpha, beta } = fitSbg(regular);
    const sbg = projectSbg({ alpha, beta, customers: 1000, periods: 12 });
    expect(Math.abs(sbg[12] - 173)).toBeLessThan(4);
    const constant = fitConstantRetention(regular);
    const flat = projectConstantRetention({ retention: constant.retention, customers: 1000, periods: 12 });
    expect(flat[12]).toBeLessThan(173 / 3);
    // The sBG's retention climbs, from 63% in year 1 to over 90% by year 8.
    expect(sbgRetention(alpha, beta, 1)).toBeCloseTo(0.627, 3);
    expect(sbgRetention(alpha, beta, 8)).toBeGreaterThan(0.9);
  });
});

describe('the best constant retention rate (geometric model)', () => {
  it('churn = customers lost ÷ customer-years at risk: 759 ÷ 3,358 for the regular customers', () => {
    const fit = fitConstantRetention(regular);
    expect(fit.churn).toBeCloseTo(759 / 3358, 12);
    expect(fit.retention).toBeCloseTo(1 - 759 / 3358, 12);
  });

  it('recovers the rate of a geometric series exactly, and its likelihood is the one computed by hand', () => {
    const fit = fitConstantRetention([1000, 500, 250, 125]);
    expect(fit.retention).toBeCloseTo(0.5, 12);
    // 875 lost, 1,750 customer-periods at risk: ln L = 875 ln 0.5 + 875 ln 0.5.
    expect(fit.logLikelihood).toBeCloseTo(1750 * Math.log(0.5), 9);
  });

  it('is the best single rate: its likelihood beats any other constant rate', () => {
    const fit = fitConstantRetention(highEnd);
    const logL = (p: number) => {
      let ll = 0;
      for (let t = 1; t < highEnd.length; t++) ll += (highEnd[t - 1] - highEnd[t]) * (Math.log(p) + (t - 1) * Math.log(1 - p));
      return ll + highEnd[highEnd.length - 1] * (highEnd.length - 1) * Math.log(1 - p);
    };
    expect(fit.logLikelihood).toBeCloseTo(logL(fit.churn), 6);
    for (const d of [-0.01, 0.01]) expect(logL(fit.churn + d)).toBeLessThan(fit.logLikelihood);
  });

  it('handles a cohort that never churns and one that all leave at once', () => {
    expect(fitConstantRetention([100, 100, 100])).toEqual({ retention: 1, churn: 0, logLikelihood: 0 });
    expect(fitConstantRetention([100, 0, 0])).toEqual({ retention: 0, churn: 1, logLikelihood: 0 });
  });

  it('projects with one rate: 1000, 500, 250', () => {
    expect(projectConstantRetention({ retention: 0.5, customers: 1000, periods: 2 })).toEqual([1000, 500, 250]);
  });
});

describe('survival and retention', () => {
  it('α = β = 1: S(t) = 1/(t + 1) and r_t = t/(t + 1)', () => {
    [0, 1, 2, 3, 9].forEach((t) => expect(sbgSurvival(1, 1, t)).toBeCloseTo(1 / (t + 1), 12));
    [1, 2, 3, 9].forEach((t) => expect(sbgRetention(1, 1, t)).toBeCloseTo(t / (t + 1), 12));
    projectSbg({ alpha: 1, beta: 1, customers: 1000, periods: 3 }).forEach((c, i) =>
      expect(c).toBeCloseTo([1000, 500, 333.333, 250][i], 3),
    );
  });

  it('first-period retention is β/(α + β)', () => {
    expect(sbgRetention(0.704, 1.182, 1)).toBeCloseTo(1.182 / 1.886, 12);
    expect(sbgSurvival(0.704, 1.182, 1)).toBeCloseTo(1.182 / 1.886, 12);
  });
});

describe('special functions and the optimiser', () => {
  it('ln Γ at known points: ln Γ(1) = ln Γ(2) = 0, ln Γ(0.5) = ln √π, Γ(n) = (n − 1)!', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(2)).toBeCloseTo(0, 14);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    let factorial = 1; // (n − 1)!
    for (let n = 1; n <= 25; n++) {
      expect(Math.abs(lnGamma(n) - Math.log(factorial))).toBeLessThan(1e-13 * Math.max(1, Math.log(factorial)));
      factorial *= n;
    }
    expect(Math.exp(lnGamma(11))).toBeCloseTo(3_628_800, 6);
    expect(lnBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
  });

  it('Nelder–Mead finds the Rosenbrock minimum at (1, 1) and reports the iteration cap', () => {
    const rosenbrock = ([x, y]: readonly number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const min = nelderMead(rosenbrock, [-1.2, 1]);
    expect(min.converged).toBe(true);
    min.x.forEach((v) => expect(v).toBeCloseTo(1, 6));
    expect(nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5 }).converged).toBe(false);
  });
});

describe('invalid input names the field and the rule', () => {
  it.each<[string, () => unknown, string, string]>([
    ['two survivor counts', () => fitSbg([1000, 631]), 'survivors', 'min-length'],
    ['a rise in survivors', () => fitSbg([1000, 631, 700, 500]), 'survivors[2]', 'max'],
    ['a negative count', () => fitSbg([1000, 631, -1]), 'survivors[2]', 'min'],
    ['no one at the start', () => fitSbg([0, 0, 0]), 'survivors[0]', 'min'],
    ['a missing count', () => fitSbg([1000, NaN, 400]), 'survivors[1]', 'number'],
    ['not a list', () => fitSbg(1000 as unknown as number[]), 'survivors', 'non-empty'],
    ['α of 0', () => sbgSurvival(0, 1, 2), 'alpha', 'min'],
    ['β not a number', () => sbgRetention(1, NaN, 2), 'beta', 'number'],
    ['β too large', () => sbgSurvival(1, 1e7, 2), 'beta', 'max'],
    ['a fractional period', () => sbgSurvival(1, 1, 1.5), 't', 'integer'],
    ['retention in period 0', () => sbgRetention(1, 1, 0), 't', 'min'],
    ['no customers to project', () => projectSbg({ alpha: 1, beta: 1, customers: 0, periods: 3 }), 'customers', 'min'],
    ['a constant fit to two counts', () => fitConstantRetention([1000, 600]), 'survivors', 'min-length'],
    ['a constant fit to a rising series', () => fitConstantRetention([1000, 600, 700]), 'survivors[2]', 'max'],
    ['ln Γ of 0', () => lnGamma(0), 'x', 'min'],
    ['an empty start for the optimiser', () => nelderMead(() => 0, []), 'start', 'non-empty'],
  ])('%s', (_, run, field, kind) => {
    expectInvalid(run, field, kind);
  });
});

const runs = { numRuns: 1000 };
const shapeParam = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
// Every valid α or β, down to the smallest positive double.
const anyShape = fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true });
const period = fc.integer({ min: 1, max: 9_999 });

describe('what the theory guarantees, over random valid inputs', () => {
  it('S(t) lies in [0, 1] and never rises', () => {
    fc.assert(
      fc.property(anyShape, anyShape, period, (a, b, t) => {
        const now = sbgSurvival(a, b, t);
        const before = sbgSurvival(a, b, t - 1);
        expect(now).toBeGreaterThanOrEqual(0);
        expect(now).toBeLessThanOrEqual(1);
        expect(now).toBeLessThanOrEqual(before);
      }),
      runs,
    );
  });

  it('r_t lies in [0, 1] and never falls: surviving cohorts get more loyal', () => {
    fc.assert(
      fc.property(anyShape, anyShape, period, (a, b, t) => {
        const r = sbgRetention(a, b, t);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(sbgRetention(a, b, t + 1)).toBeGreaterThanOrEqual(r);
      }),
      runs,
    );
  });

  it('S(t) equals the closed form B(α, β + t)/B(α, β)', () => {
    fc.assert(
      fc.property(shapeParam, shapeParam, fc.integer({ min: 0, max: 1000 }), (a, b, t) => {
        const closed = Math.exp(lnBeta(a, b + t) - lnBeta(a, b));
        expect(Math.abs(sbgSurvival(a, b, t) - closed)).toBeLessThanOrEqual(1e-9 * closed + 1e-300);
      }),
      runs,
    );
  });

  it('S(t) = S(t − 1) · r_t', () => {
    fc.assert(
      fc.property(shapeParam, shapeParam, fc.integer({ min: 1, max: 200 }), (a, b, t) => {
        const before = sbgSurvival(a, b, t - 1);
        expect(sbgSurvival(a, b, t)).toBeCloseTo(before * sbgRetention(a, b, t), 10);
      }),
      runs,
    );
  });

  it('fitting the model’s own survivors (1,000,000 customers, rounded to whole customers) recovers α and β within 1%', () => {
    const sensible = fc.double({ min: 0.2, max: 5, noNaN: true });
    fc.assert(
      fc.property(sensible, sensible, (alpha, beta) => {
        const data = projectSbg({ alpha, beta, customers: 1_000_000, periods: 7 }).map(Math.round);
        const fit = fitSbg(data);
        expect(Math.abs(fit.alpha / alpha - 1)).toBeLessThan(0.01);
        expect(Math.abs(fit.beta / beta - 1)).toBeLessThan(0.01);
      }),
      runs,
    );
  });

  it('every series within SBG_LIMITS fits, both ways, to finite numbers', () => {
    const L = SBG_LIMITS;
    const series = fc
      .tuple(
        fc.double({ min: Math.max(1, L.survivors.min), max: L.survivors.max, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: L.observedPeriods.min - 1, maxLength: L.observedPeriods.max - 1 }),
      )
      .map(([start, keep]) => keep.reduce((s, k) => [...s, s[s.length - 1] * k], [start]));
    fc.assert(
      fc.property(series, fc.integer({ min: L.projectTo.min, max: L.projectTo.max }), (data, to) => {
        const fit = fitSbg(data);
        const flat = fitConstantRetention(data);
        const projected = projectSbg({ alpha: fit.alpha, beta: fit.beta, customers: data[0], periods: to });
        const constant = projectConstantRetention({ retention: flat.retention, customers: data[0], periods: to });
        expect([...projected, ...constant, flat.retention, flat.logLikelihood].every(Number.isFinite)).toBe(true);
        expect(flat.retention >= 0 && flat.retention <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('any valid survivor series gives a finite fit with a log-likelihood ≤ 0', () => {
    const drops = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), drops, (start, keep) => {
        const data = [start];
        keep.forEach((k) => data.push(data[data.length - 1] * k));
        const fit = fitSbg(data);
        for (const v of [fit.alpha, fit.beta, fit.logLikelihood]) expect(Number.isFinite(v)).toBe(true);
        expect(fit.alpha).toBeGreaterThan(0);
        expect(fit.beta).toBeGreaterThan(0);
        expect(fit.logLikelihood).toBeLessThanOrEqual(0);
      }),
      runs,
    );
  });

  it('ln Γ(x + 1) = ln Γ(x) + ln x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => {
        const lhs = lnGamma(x + 1);
        expect(Math.abs(lhs - (lnGamma(x) + Math.log(x)))).toBeLessThan(1e-12 * Math.max(1, Math.abs(lhs)));
      }),
      runs,
    );
  });
});
