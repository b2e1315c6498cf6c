import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { migrationMatrix, migrationValue, stateDistribution } from '../../src/core/migration';
import { matrixPower, solveLinearSystem } from '../../src/core/linear';
import { InvalidInputError } from '../../src/core/validate';
import { expectInvalid } from './invalid';

describe('Pfeifer & Carraway recency model: published values', () => {
  it('builds P: buy → state 1, else one state older; the last state holds', () => {
    expect(migrationMatrix([0.5, 0.2, 0.1, 0])).toEqual([
      [0.5, 0.5, 0, 0],
      [0.2, 0, 0.8, 0],
      [0.1, 0, 0, 0.9],
      [0, 0, 0, 1],
    ]);
  });

  it('p = [0.5, 0.2, 0.1, 0], R = [100, 0, 0, 0], d = 0.1 gives V = [231.0764, 57.2917, 21.0069, 0]', () => {
    const v = migrationValue({ repeatProbability: [0.5, 0.2, 0.1, 0], rewards: [100, 0, 0, 0], discountRate: 0.1 });
    [231.0764, 57.2917, 21.0069, 0].forEach((expected, i) => expect(v[i]).toBeCloseTo(expected, 4));
  });

  it('p = [0.3, 0.2, 0.05, 0]: four periods on from state 1 gives [0.0823, 0.0973, 0.1288, 0.6916]', () => {
    const dist = stateDistribution({ repeatProbability: [0.3, 0.2, 0.05, 0], startState: 1, periods: 4 });
    [0.0823, 0.0973, 0.1288, 0.6916].forEach((expected, i) => expect(dist[i]).toBeCloseTo(expected, 4));
  });

  it('zero periods ahead is the start state itself', () => {
    expect(stateDistribution({ repeatProbability: [0.3, 0.2, 0.05, 0], startState: 3, periods: 0 })).toEqual([0, 0, 1, 0]);
  });
});

describe('linear algebra', () => {
  it('solves a system that needs a row swap', () => {
    const x = solveLinearSystem([[0, 2], [3, 1]], [4, 5]);
    expect(x[0]).toBeCloseTo(1, 12);
    expect(x[1]).toBeCloseTo(2, 12);
  });

  it('refuses a singular system instead of returning Infinity', () => {
    expect(() => solveLinearSystem([[1, 2], [2, 4]], [1, 2])).toThrow(InvalidInputError);
  });

  it('raises a matrix to a power', () => {
    expect(matrixPower([[1, 1], [0, 1]], 5)).toEqual([[1, 5], [0, 1]]);
    expect(matrixPower([[2, 0], [0, 3]], 0)).toEqual([[1, 0], [0, 1]]);
  });
});

describe('invalid input names the field and the rule', () => {
  const base = { repeatProbability: [0.5, 0.2, 0.1, 0], rewards: [100, 0, 0, 0], discountRate: 0.1 };
  const expectError = (run: () => unknown, field: string, kind: string) => {
    expectInvalid(run, field, kind);
  };
  const cases: [string, Partial<typeof base>, string, string][] = [
    ['a probability above 1', { repeatProbability: [0.5, 0.2, 1.1, 0] }, 'repeatProbability[2]', 'max'],
    ['a negative probability', { repeatProbability: [0.5, -0.2, 0.1, 0] }, 'repeatProbability[1]', 'min'],
    ['a single state', { repeatProbability: [0.5], rewards: [100] }, 'repeatProbability', 'min-length'],
    ['a non-number reward', { rewards: [100, Number.NaN, 0, 0] }, 'rewards[1]', 'number'],
    ['too few rewards', { rewards: [100, 0, 0] }, 'rewards', 'length'],
    ['too many rewards', { rewards: [100, 0, 0, 0, 0] }, 'rewards', 'length'],
    ['no discounting: the sum diverges', { discountRate: 0 }, 'discountRate', 'min'],
    ['a negative discount rate', { discountRate: -0.05 }, 'discountRate', 'min'],
    ['a discount rate too small to tell from 0', { discountRate: 1e-300 }, 'discountRate', 'too-large'],
  ];
  it.each(cases)('%s', (_, change, field, kind) => expectError(() => migrationValue({ ...base, ...change }), field, kind));

  it('at d = 0 and p = 1 the message says the discount rate must be greater than 0', () => {
    expect(() => migrationValue({ repeatProbability: [1, 1], rewards: [100, 0], discountRate: 0 })).toThrow(
      'discountRate: must be greater than 0',
    );
  });

  it('start state and periods are whole numbers in range', () => {
    const p = [0.3, 0.2, 0.05, 0];
    expectError(() => stateDistribution({ repeatProbability: p, startState: 0, periods: 2 }), 'startState', 'min');
    expectError(() => stateDistribution({ repeatProbability: p, startState: 5, periods: 2 }), 'startState', 'max');
    expectError(() => stateDistribution({ repeatProbability: p, startState: 1.5, periods: 2 }), 'startState', 'integer');
    expectError(() => stateDistribution({ repeatProbability: p, startState: 1, periods: -1 }), 'periods', 'min');
    expectError(() => migrationMatrix([0.3, Infinity]), 'repeatProbability[1]', 'number');
  });
});

const runs = { numRuns: 1000 };
const probabilities = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 });
const rate = fc.double({ min: 0.01, max: 1, noNaN: true });
const withRewards = probabilities.chain((p) =>
  fc.record({
    repeatProbability: fc.constant(p),
    rewards: fc.array(fc.double({ min: 0, max: 10_000, noNaN: true }), { minLength: p.length, maxLength: p.length }),
    discountRate: rate,
  }),
);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const tolerance = (v: number) => 1e-9 * Math.max(1, Math.abs(v));

describe('what the theory guarantees, over random valid inputs', () => {
  it('every row of P and every distribution is non-negative and sums to 1', () => {
    fc.assert(
      fc.property(probabilities, fc.nat(), fc.integer({ min: 0, max: 200 }), (p, s, periods) => {
        for (const row of migrationMatrix(p)) {
          expect(Math.abs(sum(row) - 1)).toBeLessThan(1e-9);
          row.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
        }
        const dist = stateDistribution({ repeatProbability: p, startState: (s % p.length) + 1, periods });
        expect(Math.abs(sum(dist) - 1)).toBeLessThan(1e-9);
        dist.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
      }),
      runs,
    );
  });

  it('with non-negative rewards every state has a non-negative, finite value', () => {
    fc.assert(
      fc.property(withRewards, (input) => {
        for (const v of migrationValue(input)) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
      }),
      runs,
    );
  });

  it('with a reward only in state 1, raising any repeat probability never lowers V₁', () => {
    fc.assert(
      fc.property(probabilities, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), rate, fc.double({ min: 1, max: 1000, noNaN: true }), (p, k, up, d, m) => {
        const rewards = p.map((_, i) => (i === 0 ? m : 0));
        const raised = p.map((pi, i) => (i === k % p.length ? pi + (1 - pi) * up : pi));
        const before = migrationValue({ repeatProbability: p, rewards, discountRate: d })[0];
        const after = migrationValue({ repeatProbability: raised, rewards, discountRate: d })[0];
        expect(after).toBeGreaterThanOrEqual(before - tolerance(before));
      }),
      runs,
    );
  });

  it('every state’s value falls as the discount rate rises', () => {
    fc.assert(
      fc.property(withRewards, fc.double({ min: 0, max: 1, noNaN: true }), (input, step) => {
        const base = migrationValue(input);
        const steeper = migrationValue({ ...input, discountRate: input.discountRate + step });
        const slack = tolerance(Math.max(...base));
        steeper.forEach((v, i) => expect(v).toBeLessThanOrEqual(base[i] + slack));
      }),
      runs,
    );
  });

  it('the solver agrees with summing Σ (P/(1+d))ᵗ R period by period', () => {
    const inputs = fc.record({
      repeatProbability: probabilities,
      rewards: fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 8, maxLength: 8 }),
      discountRate: fc.double({ min: 0.05, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(inputs, ({ repeatProbability: p, rewards: r8, discountRate: d }) => {
        const rewards = r8.slice(0, p.length);
        const P = migrationMatrix(p);
        let term = rewards.slice();
        const total = rewards.slice();
        for (let t = 1; (1 + d) ** -t > 1e-13; t++) {
          term = P.map((row) => row.reduce((s, pij, j) => s + pij * term[j], 0) / (1 + d));
          term.forEach((x, i) => (total[i] += x));
        }
        const v = migrationValue({ repeatProbability: p, rewards, discountRate: d });
        const scale = Math.max(1, ...rewards.map(Math.abs)) / (d / (1 + d));
        v.forEach((x, i) => expect(Math.abs(x - total[i])).toBeLessThan(1e-9 * scale));
      }),
      runs,
    );
  });
});
