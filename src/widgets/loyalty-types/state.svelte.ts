/** The matrix's state: the answers (kit), where they place the customer (core), and where the start placed them. */
import { dickBasuFromAnswers, type DickBasuPlacement } from '$core';
import type { ScenarioRecord } from '../kit/scenario';
import { ScenarioState } from '../kit/state.svelte';
import { loyaltyTypesCodec, type LoyaltyTypesScenario } from './codec';

export class LoyaltyTypesState extends ScenarioState<LoyaltyTypesScenario> {
  readonly placement: DickBasuPlacement = $derived(dickBasuFromAnswers(this.scenario));
  /** The start's place: a ghost in the matrix once the answers differ. */
  readonly baseline: DickBasuPlacement;

  constructor(start: ScenarioRecord = {}) {
    super(loyaltyTypesCodec, start);
    this.baseline = dickBasuFromAnswers(this.start);
  }
}
