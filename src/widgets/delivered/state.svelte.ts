/** The balance's state: the scenario (kit), delivered value from core, and the start kept as a baseline. */
import { deliveredValue, type DeliveredValue } from '$core';
import type { ScenarioRecord } from '../kit/scenario';
import { ScenarioState } from '../kit/state.svelte';
import { deliveredCodec, toDeliveredInput, type DeliveredScenario, type Part } from './codec';

/** What the two buttons take off: the same amount from the price and from the waiting time. */
export const CUT = 10;

export class DeliveredState extends ScenarioState<DeliveredScenario> {
  readonly result: DeliveredValue = $derived(deliveredValue(toDeliveredInput(this.scenario)));
  /** The start, or the scenario compared with: the ghost outlines and the "vs" readout. */
  readonly baseline: DeliveredValue = $derived(deliveredValue(toDeliveredInput(this.reference)));

  constructor(start: ScenarioRecord = {}) {
    super(deliveredCodec, start);
  }

  /** Lowers one part by `amount`, or to 0 if it is smaller; returns how much came off. */
  cut(part: Part, amount = CUT): number {
    const before = this.scenario[part];
    this.scenario[part] = Math.max(0, before - amount);
    return before - this.scenario[part];
  }
}
