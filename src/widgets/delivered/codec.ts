/**
 * The delivered-value balance's scenario: the four parts of total customer
 * benefit and the four of total customer cost (P. Kotler's customer delivered
 * value), in money-equivalent units. Limits from core's CUSTOMER_VALUE_LIMITS.
 * Starts from the course's example: a car service at a garage.
 */
import { CUSTOMER_VALUE_LIMITS as L, type CustomerBenefits, type CustomerCosts, type DeliveredValueInput } from '$core';
import { numberField, type Codec, type NumberSpec } from '../kit/scenario';

export const BENEFITS = ['product', 'service', 'personnel', 'image'] as const satisfies readonly (keyof CustomerBenefits)[];
export const COSTS = ['money', 'time', 'energy', 'psychic'] as const satisfies readonly (keyof CustomerCosts)[];
export type Part = (typeof BENEFITS)[number] | (typeof COSTS)[number];

export type DeliveredScenario = CustomerBenefits & CustomerCosts;

const part: NumberSpec = { limits: L.part, step: 1, slider: { max: 100 } };

export const deliveredCodec = {
  id: 'delivered',
  fields: {
    product: numberField('product', 60, part),
    service: numberField('service', 15, part),
    personnel: numberField('personnel', 15, part),
    image: numberField('image', 10, part),
    money: numberField('money', 55, part),
    time: numberField('time', 20, part),
    energy: numberField('energy', 10, part),
    psychic: numberField('psychic', 5, part),
  },
} satisfies Codec<DeliveredScenario>;

export function toDeliveredInput(s: DeliveredScenario): DeliveredValueInput {
  return {
    benefits: { product: s.product, service: s.service, personnel: s.personnel, image: s.image },
    costs: { money: s.money, time: s.time, energy: s.energy, psychic: s.psychic },
  };
}
