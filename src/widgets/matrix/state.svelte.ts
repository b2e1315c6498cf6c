/**
 * The matrix's state: the sample's customers where the learner put them, the
 * thresholds in use (the medians unless set), and each customer's quadrant
 * from core's profitabilityMatrix. Testable without rendering.
 */
import { profitabilityMatrix, QUADRANTS, type MatrixResult, type Quadrant } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { matrixCodec, SAMPLE, type CustomerId, type MatrixScenario, type Position } from './codec';

export interface PlacedCustomer extends Position {
  id: CustomerId;
  /** 1, 2, …: the number on the chart. */
  number: number;
}

export class MatrixState extends ScenarioState<MatrixScenario> {
  readonly customers: PlacedCustomer[] = $derived(this.scenario.positions.map((p, i) => ({ ...p, id: SAMPLE[i].id, number: i + 1 })));

  readonly result: MatrixResult<PlacedCustomer> = $derived(
    profitabilityMatrix({
      customers: this.customers,
      nsvThreshold: this.scenario.nsv === 'median' ? undefined : this.scenario.nsv,
      costThreshold: this.scenario.cost === 'median' ? undefined : this.scenario.cost,
    }),
  );

  /** Each customer's quadrant, in the sample's order. */
  readonly quadrants: Quadrant[] = $derived(this.result.placements.map((p) => p.quadrant));

  /** Where each customer started (the lesson's or the sample's places), for the ghost marks of those moved. */
  readonly startQuadrants: Quadrant[];

  constructor(start: ScenarioRecord = {}) {
    super(matrixCodec, start);
    const s = this.start;
    this.startQuadrants = profitabilityMatrix({
      customers: s.positions.map((p, i) => ({ ...p, id: i })),
      nsvThreshold: s.nsv === 'median' ? undefined : s.nsv,
      costThreshold: s.cost === 'median' ? undefined : s.cost,
    }).placements.map((p) => p.quadrant);
  }

  move(index: number, to: Position): void {
    this.scenario.positions[index] = to;
  }

  useMedians(): void {
    this.scenario.nsv = 'median';
    this.scenario.cost = 'median';
  }
}

export const QUADRANT_KEYS = QUADRANTS.map((q) => q.key);
