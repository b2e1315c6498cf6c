/**
 * The waterfall's state: both customers' accounts run through core's
 * profitability waterfall, the one shown, the start kept as a ghost, and
 * whether the two customers' order flips between gross and net profit.
 * Testable without rendering.
 */
import { profitabilityWaterfall, type Waterfall } from '$core';
import { ScenarioState } from '../kit/state.svelte';
import type { ScenarioRecord } from '../kit/scenario';
import { AMOUNTS, waterfallCodec, type CustomerId, type WaterfallScenario } from './codec';

export type Leader = CustomerId | 'tie';

export interface Comparison {
  gross: Leader;
  net: Leader;
  /** The customer ahead on gross profit is behind on net profit. */
  flips: boolean;
}

const leader = (a: number, b: number): Leader => (a > b ? 'a' : b > a ? 'b' : 'tie');

export function compare(a: Waterfall, b: Waterfall): Comparison {
  const gross = leader(a.grossProfit, b.grossProfit);
  const net = leader(a.netProfit, b.netProfit);
  return { gross, net, flips: gross !== 'tie' && net !== 'tie' && gross !== net };
}

export class WaterfallState extends ScenarioState<WaterfallScenario> {
  readonly a: Waterfall = $derived(profitabilityWaterfall(this.scenario.a));
  readonly b: Waterfall = $derived(profitabilityWaterfall(this.scenario.b));
  readonly shown: Waterfall = $derived(this.scenario.customer === 'a' ? this.a : this.b);
  readonly comparison: Comparison = $derived(compare(this.a, this.b));
  /** The shown customer's account as it started: the ghost, while it differs. */
  readonly baseline: Waterfall = $derived(profitabilityWaterfall(this.start[this.scenario.customer]));
  readonly shownChanged: boolean = $derived(AMOUNTS.some((k) => this.scenario[this.scenario.customer][k] !== this.start[this.scenario.customer][k]));

  constructor(start: ScenarioRecord = {}) {
    super(waterfallCodec, start);
  }
}
