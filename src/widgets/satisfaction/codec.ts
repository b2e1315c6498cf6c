/**
 * The satisfaction–loyalty chart's scenario: how intense competition is, and
 * where the learner's customers stand. On the curve, a customer's loyalty is
 * read from this market's curve at their satisfaction; placed freely, it is
 * the learner's. Ranges come from core's LOYALTY_LIMITS.
 */
import { loyaltyFromSatisfaction, LOYALTY_LIMITS as L } from '$core';
import { choiceField, listField, numberField, type Codec } from '../kit/scenario';

export type Placement = 'curve' | 'free';
export const PLACEMENTS: readonly Placement[] = ['curve', 'free'];

export interface SatisfactionScenario {
  /** 0 = little competition or high switching costs, 1 = intensely competitive. */
  competition: number;
  placement: Placement;
  /** One satisfaction (1–5) per customer; as many customers as values. */
  satisfaction: number[];
  /** One loyalty (0–1) per customer; on the curve it is the curve's. */
  loyalty: number[];
}

/** Five customers across the scale: under intense competition a defector, two more defectors, a mercenary and a loyalist. */
export const START_SATISFACTION = [1.6, 2.6, 3.6, 4.2, 4.9];

/** The curve's loyalty, rounded as a link writes it, so what the table shows is what a link reproduces. */
export const curveLoyalty = (satisfaction: number, competition: number) =>
  Number(loyaltyFromSatisfaction({ satisfaction, competition }).toFixed(4));

export const satisfactionCodec = {
  id: 'satisfaction',
  fields: {
    competition: numberField('competition', 1, { limits: L.competition, percent: true, step: 5 }),
    placement: choiceField<Placement>('placement', 'curve', PLACEMENTS),
    satisfaction: listField('s', START_SATISFACTION, { limits: L.satisfaction, step: 0.1, decimals: 1 }, L.customers.max),
    loyalty: listField('l', START_SATISFACTION.map((s) => curveLoyalty(s, 1)), { limits: L.loyalty, percent: true, step: 1 }, L.customers.max),
  },
  // One loyalty per customer: on the curve, the curve's; placed freely, as given, a missing one taken from the curve.
  // Satisfaction and competition are taken as a link writes them (6 decimals), so the curve's loyalty is the same before and after a round trip.
  complete: (s: SatisfactionScenario): SatisfactionScenario => {
    const tidy = (v: number) => Number(v.toFixed(6));
    const satisfaction = s.satisfaction.map(tidy);
    const competition = tidy(s.competition);
    return {
      ...s,
      competition,
      satisfaction,
      loyalty: satisfaction.map((sat, i) => (s.placement === 'curve' || s.loyalty[i] === undefined ? curveLoyalty(sat, competition) : s.loyalty[i])),
    };
  },
} satisfies Codec<SatisfactionScenario>;
