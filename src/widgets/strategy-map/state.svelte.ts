/** The strategy map's state: the chosen process (kit) and what it serves and needs (core). */
import { objectivesOutsideCustomerManagement, processRelations, type ProcessRelations } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { strategyMapCodec, type StrategyMapScenario } from './codec';

export class StrategyMapState extends ScenarioState<StrategyMapScenario> {
  readonly relations: ProcessRelations = $derived(processRelations(this.scenario.process));
  /** Objectives above that no customer management process serves: the same whatever is chosen. */
  readonly outside = objectivesOutsideCustomerManagement();
  constructor(start: ScenarioRecord = {}) {
    super(strategyMapCodec, start);
  }
}
