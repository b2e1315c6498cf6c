/**
 * The pyramid's state: the scenario (kit), the revenues it draws (generated,
 * CDNOW once loaded, or a list handed in), the tiers core cuts them into, and
 * the what-if of moving a share of one tier up. Testable without rendering.
 */
import { customerTiers, moveUp, type CustomerTier, type MoveUpResult } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { cdnow, generatedRevenues, usable } from '../customers/source.svelte';
import { cutoffsOf, MOVABLE, pyramidCodec, TIERS, type PyramidScenario } from './codec';

/** A scenario's tiers from revenues: the top three tiers by the scenario's shares, the bottom taking the rest. */
export const tiersOf = (revenues: readonly number[], s: PyramidScenario) => customerTiers({ revenues, cutoffs: cutoffsOf(s), names: [...TIERS] });

export type WhatIf = { ok: true; result: MoveUpResult } | { ok: false; reason: 'empty' };

export class PyramidState extends ScenarioState<PyramidScenario> {
  /** Revenues handed in from outside (a learner's own file): they replace the generated shop and CDNOW. */
  given: readonly number[] | undefined = $state.raw(undefined);

  /** The revenues drawn, or undefined while CDNOW is loading. */
  readonly revenues: readonly number[] | undefined = $derived(this.revenuesOf(this.scenario));

  /** Revenues handed in that no model can take (all zero, negative, not numbers): nothing to draw, and a message. */
  readonly unusable: boolean = $derived(this.given !== undefined && !usable(this.given));

  readonly tiers: CustomerTier[] | undefined = $derived.by(() =>
    this.revenues && !this.unusable ? tiersOf(this.revenues, this.scenario) : undefined,
  );

  /** The tiers of the scenario compared with (the lab's A): the ghost outlines and the "vs" readout. Undefined when not comparing. */
  readonly baseline: CustomerTier[] | undefined = $derived.by(() => {
    if (!this.against || this.unusable) return undefined;
    const revenues = this.revenuesOf(this.against);
    return revenues ? tiersOf(revenues, this.against) : undefined;
  });

  /** Moving `moveShare` of the chosen tier up one: the revenue before and after. */
  readonly whatIf: WhatIf | undefined = $derived.by(() => {
    const tiers = this.tiers;
    if (!tiers) return undefined;
    const from = 1 + MOVABLE.indexOf(this.scenario.moveFrom);
    // With few customers a tier can be empty: nobody to move, or no tier above to take on the average of.
    if (tiers[from].customers === 0 || tiers[from - 1].customers === 0) return { ok: false, reason: 'empty' };
    return { ok: true, result: moveUp({ tiers, fromTier: from, share: this.scenario.moveShare }) };
  });

  private revenuesOf(s: PyramidScenario): readonly number[] | undefined {
    if (this.given) return this.given;
    if (s.data === 'cdnow') return cdnow.data?.revenues;
    return generatedRevenues(s.spread, s.seed);
  }

  constructor(start: ScenarioRecord = {}, given?: readonly number[]) {
    super(pyramidCodec, start);
    this.given = given;
  }
}
