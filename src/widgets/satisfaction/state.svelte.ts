/** The chart's state: the scenario (kit), each customer's place, zone and type from core, and the start's types to compare with. */
import { customerType, loyaltyCurve, satisfactionZone, type CustomerType, type SatisfactionZone } from '$core';
import type { Point } from '../kit/chart/plane';
import type { ScenarioRecord } from '../kit/scenario';
import { ScenarioState } from '../kit/state.svelte';
import { curveLoyalty, satisfactionCodec, type Placement, type SatisfactionScenario } from './codec';

export interface PlacedCustomer {
  index: number;
  /** "A", "B", …: names that need no translation. */
  name: string;
  satisfaction: number;
  loyalty: number;
  zone: SatisfactionZone;
  type: CustomerType;
}

export const TYPES: readonly CustomerType[] = ['loyalist', 'mercenary', 'hostage', 'defector'];

export function placeCustomers(s: SatisfactionScenario): PlacedCustomer[] {
  return s.satisfaction.map((satisfaction, index) => {
    const loyalty = s.placement === 'curve' || s.loyalty[index] === undefined ? curveLoyalty(satisfaction, s.competition) : s.loyalty[index];
    return {
      index,
      name: String.fromCharCode(65 + index),
      satisfaction,
      loyalty,
      zone: satisfactionZone(satisfaction),
      type: customerType({ satisfaction, loyalty }),
    };
  });
}

export function countTypes(customers: readonly PlacedCustomer[]): Record<CustomerType, number> {
  const counts = { loyalist: 0, mercenary: 0, hostage: 0, defector: 0 };
  for (const c of customers) counts[c.type]++;
  return counts;
}

export class SatisfactionState extends ScenarioState<SatisfactionScenario> {
  readonly customers: PlacedCustomer[] = $derived(placeCustomers(this.scenario));
  readonly counts = $derived(countTypes(this.customers));
  /** This market's curve and the two extremes it moves between. */
  readonly curve = $derived(loyaltyCurve({ competition: this.scenario.competition, points: 81 }));
  readonly captive = loyaltyCurve({ competition: 0, points: 81 });
  readonly competitive = loyaltyCurve({ competition: 1, points: 81 });
  /** The start's customers, for "at the start" in the summary. */
  readonly baseline: PlacedCustomer[];

  constructor(start: ScenarioRecord = {}) {
    super(satisfactionCodec, start);
    this.baseline = placeCustomers(this.start);
  }

  /** Moves customer i: along the curve only its satisfaction counts; placed freely, both. */
  move(index: number, to: Point): void {
    this.scenario.satisfaction[index] = to.x;
    if (this.scenario.placement === 'free') this.scenario.loyalty[index] = to.y;
  }

  /** Freeing the customers leaves each where it stood on the curve; putting them back on the curve moves them onto it. */
  setPlacement(placement: Placement): void {
    if (placement === this.scenario.placement) return;
    if (placement === 'free') this.scenario.loyalty = this.customers.map((c) => c.loyalty);
    this.scenario.placement = placement;
  }
}
