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

  /** The matrix as it started (the lesson's or the sample's places), or as the scenario compared with has it. */
  readonly baseline: MatrixResult<Position & { id: number }> = $derived(matrixOf(this.reference));

  /** Each customer's quadrant in the baseline: a customer now elsewhere is drawn with a ring. */
  readonly startQuadrants: Quadrant[] = $derived(this.baseline.placements.map((p) => p.quadrant));

  constructor(start: ScenarioRecord = {}) {
    super(matrixCodec, start);
  }

  move(index: number, to: Position): void {
    this.scenario.positions[index] = to;
  }

  useMedians(): void {
    this.scenario.nsv = 'median';
    this.scenario.cost = 'median';
  }
}

/** The matrix a scenario draws: each customer's quadrant, the thresholds in use. */
export function matrixOf(s: MatrixScenario): MatrixResult<Position & { id: number }> {
  return profitabilityMatrix({
    customers: s.positions.map((p, i) => ({ ...p, id: i })),
    nsvThreshold: s.nsv === 'median' ? undefined : s.nsv,
    costThreshold: s.cost === 'median' ? undefined : s.cost,
  });
}

export const QUADRANT_KEYS = QUADRANTS.map((q) => q.key);
