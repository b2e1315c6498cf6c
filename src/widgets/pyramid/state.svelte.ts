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

export type WhatIf = { ok: true; result: MoveUpResult } | { ok: false; reason: 'empty' };

export class PyramidState extends ScenarioState<PyramidScenario> {
  /** Revenues handed in from outside (a learner's own file): they replace the generated shop and CDNOW. */
  given: readonly number[] | undefined = $state.raw(undefined);

  /** The revenues drawn, or undefined while CDNOW is loading. */
  readonly revenues: readonly number[] | undefined = $derived.by(() => {
    if (this.given) return this.given;
    if (this.scenario.data === 'cdnow') return cdnow.data?.revenues;
    return generatedRevenues(this.scenario.spread, this.scenario.seed);
  });

  /** Revenues handed in that no model can take (all zero, negative, not numbers): nothing to draw, and a message. */
  readonly unusable: boolean = $derived(this.given !== undefined && !usable(this.given));

  readonly tiers: CustomerTier[] | undefined = $derived.by(() =>
    this.revenues && !this.unusable ? customerTiers({ revenues: this.revenues, cutoffs: cutoffsOf(this.scenario), names: [...TIERS] }) : undefined,
  );

  /** Moving `moveShare` of the chosen tier up one: the revenue before and after. */
  readonly whatIf: WhatIf | undefined = $derived.by(() => {
    const tiers = this.tiers;
    if (!tiers) return undefined;
    const from = 1 + MOVABLE.indexOf(this.scenario.moveFrom);
    // With few customers a tier can be empty: nobody to move, or no tier above to take on the average of.
    if (tiers[from].customers === 0 || tiers[from - 1].customers === 0) return { ok: false, reason: 'empty' };
    return { ok: true, result: moveUp({ tiers, fromTier: from, share: this.scenario.moveShare }) };
  });

  constructor(start: ScenarioRecord = {}, given?: readonly number[]) {
    super(pyramidCodec, start);
    this.given = given;
  }
}
