/**
 * The always-a-share widget's state: the scenario (kit), the value of a
 * customer in each recency state under both readings, and where a customer
 * who just bought is expected to be period by period.
 */
import { lostForGoodProbabilities, migrationValue, stateDistribution } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { fitToStates, migrationCodec, rewardsOf, type MigrationScenario, type Reading } from './codec';

export interface MigrationResult {
  /** Value of a customer now in each state, always-a-share. */
  share: number[];
  /** The same customers read as lost-for-good: only state 1 still counts. */
  lost: number[];
  /** Row t: the chance a customer who just bought is in each state t periods on (t = 0 … periods), under the chosen reading. */
  distribution: number[][];
}

const probabilities = (s: MigrationScenario, reading: Reading) => (reading === 'lost' ? lostForGoodProbabilities(s.repeat) : s.repeat);

export function computeMigration(s: MigrationScenario): MigrationResult {
  const value = (reading: Reading) => migrationValue({ repeatProbability: probabilities(s, reading), rewards: rewardsOf(s, reading), discountRate: s.discountRate });
  const p = probabilities(s, s.reading);
  return {
    share: value('share'),
    lost: value('lost'),
    distribution: Array.from({ length: s.periods + 1 }, (_, t) => stateDistribution({ repeatProbability: p, startState: 1, periods: t })),
  };
}

export class MigrationState extends ScenarioState<MigrationScenario> {
  #lastValid: MigrationResult;
  readonly result: MigrationResult = $derived.by(() => {
    try {
      this.#lastValid = computeMigration(this.scenario);
    } catch {
      // keep the last valid result
    }
    return this.#lastValid;
  });
  readonly baseline: MigrationResult;

  constructor(start: ScenarioRecord = {}) {
    super(migrationCodec, start);
    this.baseline = computeMigration(this.start);
    this.#lastValid = this.baseline;
  }

  /** A customer who just bought, under the chosen reading. */
  get value(): number {
    return (this.scenario.reading === 'lost' ? this.result.lost : this.result.share)[0];
  }

  /** More or fewer states: each per-state list follows, a new state taking the last one's values. */
  setStates(states: number): void {
    this.scenario.states = states;
    this.scenario.repeat = fitToStates(this.scenario.repeat, states);
    this.scenario.mailing = fitToStates(this.scenario.mailing, states);
  }
}
