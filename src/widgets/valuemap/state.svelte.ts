/**
 * The value map's state: the scenario (kit), each company's place on the map
 * and its distance from the fair-value line (core), and our quality worked out
 * from the attribute scores when the learner asks for it.
 */
import { CUSTOMER_VALUE_LIMITS, qualityProfile, valueMapPosition, type QualityProfile, type ValueMapPosition } from '$core';
import type { Point } from '../kit/chart/plane';
import type { ScenarioRecord } from '../kit/scenario';
import { ScenarioState } from '../kit/state.svelte';
import { ATTRIBUTES, COMPANIES, valueMapCodec, type CompanyId, type ValueMapScenario } from './codec';

export interface PlacedCompany extends ValueMapPosition {
  id: CompanyId;
  quality: number;
  price: number;
}

/** The attribute profile, or null when no attribute has any weight (there is then no ratio to speak of). */
export function profileOf(s: ValueMapScenario): QualityProfile | null {
  if (!s.weights.some((w) => w > 0)) return null;
  return qualityProfile({ weights: s.weights.slice(0, ATTRIBUTES.length), ours: s.ours, competitors: s.market });
}

/** Every company where the map puts it; ours from the profile when `scored` is on and there is a profile. */
export function placeCompanies(s: ValueMapScenario, profile: QualityProfile | null = profileOf(s)): PlacedCompany[] {
  return COMPANIES.map((id, i) => {
    const quality = i === 0 && s.scored === 'on' && profile ? profile.ratio : s.quality[i];
    const price = s.price[i];
    return { id, quality, price, ...valueMapPosition({ relativeQuality: quality, relativePrice: price }) };
  });
}

const tidy = (v: number) => Number(v.toFixed(2)) + 0;
const onMap = (v: number) => Math.min(CUSTOMER_VALUE_LIMITS.relative.max, Math.max(CUSTOMER_VALUE_LIMITS.relative.min, v));

export class ValueMapState extends ScenarioState<ValueMapScenario> {
  readonly profile: QualityProfile | null = $derived(profileOf(this.scenario));
  readonly companies: PlacedCompany[] = $derived(placeCompanies(this.scenario, this.profile));
  /** Where the companies started, or stand in the scenario compared with: the ghosts on the map and the "vs" readout. */
  readonly baseline: PlacedCompany[] = $derived(placeCompanies(this.reference));
  /** Our quality comes from the attribute scores. */
  readonly scored: boolean = $derived(this.scenario.scored === 'on');

  constructor(start: ScenarioRecord = {}) {
    super(valueMapCodec, start);
  }

  /** Puts company `i` at a point; with scored quality, ours moves only in price. */
  move(i: number, point: Point): void {
    if (!(i === 0 && this.scored)) this.scenario.quality[i] = point.x;
    this.scenario.price[i] = point.y;
  }

  /** Turns scoring on or off; turning it off leaves us where the scores had put us, so nothing jumps. */
  setScored(on: boolean): void {
    if (!on && this.scored && this.profile) this.scenario.quality[0] = tidy(onMap(this.profile.ratio));
    this.scenario.scored = on ? 'on' : 'off';
  }
}
