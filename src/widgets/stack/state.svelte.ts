/** The profit stack's state: the scenario (kit) and the stack computed by core, with the start kept as a baseline. */
import { profitStack, type ProfitStackResult } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { stackCodec, toStackInput, type StackScenario } from './codec';

export class StackState extends ScenarioState<StackScenario> {
  #lastValid: ProfitStackResult;
  readonly result: ProfitStackResult = $derived.by(() => {
    try {
      this.#lastValid = profitStack(toStackInput(this.scenario));
    } catch {
      // keep the last valid result
    }
    return this.#lastValid;
  });
  /** The start, or the scenario compared with (the lab's A): the ghost line and the "vs" readout. */
  readonly baseline: ProfitStackResult = $derived(profitStack(toStackInput(this.reference)));

  constructor(start: ScenarioRecord = {}) {
    super(stackCodec, start);
    this.#lastValid = profitStack(toStackInput(this.start));
  }

  /** The first year in which the cumulative discounted profit is no longer below 0, or undefined if it never gets there. */
  get paybackYear(): number | undefined {
    return this.result.years.find((y) => y.cumulativeDiscountedProfit >= 0)?.year;
  }
}
