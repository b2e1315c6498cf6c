/** The CVM cycle's state: the step shown (kit) and its place and links in the cycle (core). */
import { cvmStep, type CvmStepView } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { cvmCycleCodec, type CvmCycleScenario } from './codec';

export class CvmCycleState extends ScenarioState<CvmCycleScenario> {
  readonly view: CvmStepView = $derived(cvmStep(this.scenario.step));
  constructor(start: ScenarioRecord = {}) {
    super(cvmCycleCodec, start);
  }
  /** On to the next step; after the fourth, the first again. */
  advance(): void {
    this.scenario.step = this.view.next;
  }
}
