/**
 * The customer pyramid's scenario: whose customers (a generated shop or
 * CDNOW), the share of customers in each of the top three tiers (the bottom
 * tier holds the rest), the tiers' names, and the what-if: which tier a share
 * of customers moves up from. Limits come from core's PYRAMID_LIMITS and
 * SPEND_LIMITS. Starts at Curry's 1 / 4 / 15 / 80.
 */
import { CURRY_CUTOFFS, PYRAMID_LIMITS as L } from '$core';
import { choiceField, numberField, type Codec } from '../kit/scenario';
import { sourceFields, type Source } from '../customers/source.svelte';

/** The four active tiers by position, top first; their names depend on the naming chosen. */
export const TIERS = ['top', 'second', 'third', 'bottom'] as const;
export type TierId = (typeof TIERS)[number];
/** Tiers whose customers can move up one: every tier but the top. */
export const MOVABLE = ['second', 'third', 'bottom'] as const;
export type MovableTier = (typeof MOVABLE)[number];
export const NAMINGS = ['curry', 'zeithaml'] as const;
export type Naming = (typeof NAMINGS)[number];

export interface PyramidScenario {
  data: Source;
  spread: number;
  seed: number;
  top: number;
  second: number;
  third: number;
  names: Naming;
  moveFrom: MovableTier;
  moveShare: number;
}

export const pyramidCodec = {
  id: 'pyramid',
  fields: {
    ...sourceFields(),
    top: numberField('top', CURRY_CUTOFFS[0], { limits: L.top, percent: true, step: 0.1 }),
    second: numberField('second', CURRY_CUTOFFS[1], { limits: L.second, percent: true, step: 0.5 }),
    third: numberField('third', CURRY_CUTOFFS[2], { limits: L.third, percent: true, step: 0.5 }),
    names: choiceField<Naming>('names', 'curry', NAMINGS),
    moveFrom: choiceField<MovableTier>('moveFrom', 'bottom', MOVABLE),
    moveShare: numberField('moveShare', 0.01, { limits: L.moveShare, percent: true, step: 0.5 }),
  },
} satisfies Codec<PyramidScenario>;

/** Shares of customers in each tier, top first, the bottom tier taking the rest. */
export function cutoffsOf(s: Pick<PyramidScenario, 'top' | 'second' | 'third'>): number[] {
  return [s.top, s.second, s.third, 1 - s.top - s.second - s.third];
}
