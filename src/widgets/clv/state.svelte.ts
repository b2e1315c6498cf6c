/** The calculator's state: the scenario (kit), the cohort computed by core, and the start kept as a baseline. */
import { cohortLifetimeValue, cohortSensitivity, fillPeriods, type CohortResult, type CohortSensitivity } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { clvCodec, PER_YEAR, toCohortInput, type ClvScenario } from './codec';

export class ClvState extends ScenarioState<ClvScenario> {
  #lastValid: CohortResult;
  /** The cohort as the model follows it. Every field only ever holds valid values; should they still overflow together, the last result stays. */
  readonly result: CohortResult = $derived.by(() => {
    try {
      this.#lastValid = cohortLifetimeValue(toCohortInput(this.scenario));
    } catch {
      // keep the last valid result
    }
    return this.#lastValid;
  });
  /** Each input moved ±10% (retention ±10 points), the largest swing first; computed when asked for (the tornado view). */
  sensitivity(): CohortSensitivity[] {
    try {
      return cohortSensitivity(toCohortInput(this.scenario));
    } catch {
      return [];
    }
  }
  /** The baseline: the start, or the scenario compared with; the ghost in the chart and the "vs" readout. */
  readonly baseline: CohortResult = $derived(cohortLifetimeValue(toCohortInput(this.reference)));

  constructor(start: ScenarioRecord = {}) {
    super(clvCodec, start);
    this.#lastValid = cohortLifetimeValue(toCohortInput(this.start));
  }

  /**
   * A longer horizon extends per-year lists with their last value, so every year has a box. A shorter one keeps
   * them whole: typing 12 passes through 1, and the later years' rates must survive that.
   */
  setHorizon(years: number): void {
    this.scenario.horizon = years;
    for (const name of PER_YEAR) {
      const values = this.scenario[name];
      if (values.length > 1 && values.length < years) this.scenario[name] = fillPeriods(values, years);
    }
  }
}
