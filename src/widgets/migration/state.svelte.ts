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

/** A customer who just bought, under a reading. */
export const valueOf = (r: MigrationResult, reading: Reading) => (reading === 'lost' ? r.lost : r.share)[0];

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
  /** The start, or the scenario compared with (the lab's A): the ghost and the "vs" readout. */
  readonly baseline: MigrationResult = $derived(computeMigration(this.reference));
  /** The baseline's customer who just bought, in the baseline's own reading. */
  readonly baselineValue: number = $derived(valueOf(this.baseline, this.reference.reading));

  constructor(start: ScenarioRecord = {}) {
    super(migrationCodec, start);
    this.#lastValid = computeMigration(this.start);
  }

  /** A customer who just bought, under the chosen reading. */
  get value(): number {
    return valueOf(this.result, this.scenario.reading);
  }

  /** More or fewer states: each per-state list follows, a new state taking the last one's values. */
  setStates(states: number): void {
    this.scenario.states = states;
    this.scenario.repeat = fitToStates(this.scenario.repeat, states);
    this.scenario.mailing = fitToStates(this.scenario.mailing, states);
  }
}
