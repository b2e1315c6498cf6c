/**
 * The Pareto curve's state: the revenues drawn (generated, CDNOW once loaded,
 * or a list handed in), the curve core builds from them, and what it reads
 * there: the top share at the learner's point, the top 20%'s share, how many
 * customers it takes to reach 80% of revenue, the Gini coefficient. The start
 * scenario's curve is kept as the baseline. Testable without rendering.
 */
import { customersToReachOnCurve, giniOnCurve, paretoCurve, topShareOnCurve, type LorenzPoint } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { cdnow, generatedRevenues, usable, type Source } from '../customers/source.svelte';
import { paretoCodec, type ParetoScenario } from './codec';

export interface CurveReading {
  curve: LorenzPoint[];
  customers: number;
  /** The top 20%'s share of revenue: the "80" of 80/20. */
  top20: number;
  /** The share of customers, from the top, that brings 80% of revenue. */
  reach80: number;
  gini: number;
}

export function readCurve(revenues: readonly number[]): CurveReading {
  const curve = paretoCurve(revenues);
  return {
    curve,
    customers: revenues.length,
    top20: topShareOnCurve(curve, 0.2),
    reach80: customersToReachOnCurve(curve, 0.8),
    gini: giniOnCurve(curve),
  };
}

function revenuesOf(source: Source, spread: number, seed: number): readonly number[] | undefined {
  return source === 'cdnow' ? cdnow.data?.revenues : generatedRevenues(spread, seed);
}

export class ParetoState extends ScenarioState<ParetoScenario> {
  /** Revenues handed in from outside (a learner's own file): they replace the generated shop and CDNOW. */
  given: readonly number[] | undefined = $state.raw(undefined);

  /** Handed-in revenues that no model can take (all zero, negative, not numbers): nothing to draw, and a message. */
  readonly unusable: boolean = $derived(this.given !== undefined && !usable(this.given));

  /** The curve and its readings, or undefined while CDNOW is loading. */
  readonly reading: CurveReading | undefined = $derived.by(() => {
    if (this.unusable) return undefined;
    const revenues = this.given ?? revenuesOf(this.scenario.data, this.scenario.spread, this.scenario.seed);
    return revenues ? readCurve(revenues) : undefined;
  });

  /** The top `top` of customers' share of revenue. */
  readonly topAt: number | undefined = $derived(this.reading ? topShareOnCurve(this.reading.curve, this.scenario.top) : undefined);

  /** The start's curve (the ghost); none for handed-in revenues, which have nothing to compare with. */
  readonly baseline: CurveReading | undefined = $derived.by(() => {
    if (this.given) return undefined;
    const revenues = revenuesOf(this.start.data, this.start.spread, this.start.seed);
    return revenues ? readCurve(revenues) : undefined;
  });

  /** The data differs from the start's (not just the point read): show the ghost. */
  readonly dataChanged: boolean = $derived(
    !this.given && (this.scenario.data !== this.start.data || (this.scenario.data === 'generated' && (this.scenario.spread !== this.start.spread || this.scenario.seed !== this.start.seed))),
  );

  constructor(start: ScenarioRecord = {}, given?: readonly number[]) {
    super(paretoCodec, start);
    this.given = given;
  }
}
