/**
 * The profit-per-customer stack's scenario: one amount for each of the six
 * parts of a customer's value (CLV1–CLV6, deck 003 after Reichheld, *The
 * Loyalty Effect*, 1996), the acquisition cost, the years and the discount
 * rate. Limits from core's PROFIT_STACK_LIMITS. Starts from an illustrative
 * coffee subscriber; a second preset is a bank customer.
 */
import { PROFIT_STACK_LIMITS as L, type ProfitComponent, type ProfitStackInput } from '$core';
import { numberField, type Codec, type ScenarioRecord } from '../kit/scenario';

export interface StackScenario {
  /** CLV1: profit on the first year's purchases (year 1 only). */
  initial: number;
  /** CLV2: profit on repeat purchases, each year from year 2. */
  repeat: number;
  /** CLV3 to CLV6: how much each adds per year of the relationship, from 0 in year 1 (Reichheld's shape: they grow as the customer stays). */
  crossSelling: number;
  costSavings: number;
  referrals: number;
  pricePremium: number;
  acquisitionCost: number;
  years: number;
  discountRate: number;
}

const amount = (key: string, value: number, max: number) => numberField(key, value, { limits: L.amount, step: 1, slider: { max } });

export const stackCodec = {
  id: 'stack',
  fields: {
    initial: amount('clv1', 12, 200),
    repeat: amount('clv2', 30, 300),
    crossSelling: amount('clv3', 4, 50),
    costSavings: amount('clv4', 2, 50),
    referrals: amount('clv5', 3, 50),
    pricePremium: amount('clv6', 2, 50),
    acquisitionCost: numberField('cac', 40, { limits: L.acquisitionCost, step: 5, slider: { max: 500 } }),
    years: numberField('years', 6, { limits: L.years, step: 1 }),
    discountRate: numberField('discount', 0.1, { limits: L.discountRate, percent: true, step: 0.5 }),
  },
} satisfies Codec<StackScenario>;

/** The presets, as records: what a button applies. Both are illustrations, not data. */
export const PRESETS: Record<'coffee' | 'bank', ScenarioRecord> = {
  coffee: { clv1: '12', clv2: '30', clv3: '4', clv4: '2', clv5: '3', clv6: '2', cac: '40', years: '6', discount: '0.1' },
  bank: { clv1: '30', clv2: '80', clv3: '20', clv4: '10', clv5: '6', clv6: '8', cac: '150', years: '8', discount: '0.08' },
};

export const PARTS: readonly (keyof StackScenario & string)[] = ['initial', 'repeat', 'crossSelling', 'costSavings', 'referrals', 'pricePremium'];

export function toStackInput(s: StackScenario): ProfitStackInput {
  const grows = (perYear: number) => ({ start: 0, growthPerYear: perYear });
  const components: Record<ProfitComponent, ProfitStackInput['components'][ProfitComponent]> = {
    initialPurchase: [s.initial, 0],
    repeatAndShareOfWallet: [0, s.repeat],
    crossSelling: grows(s.crossSelling),
    costToServeSavings: grows(s.costSavings),
    referrals: grows(s.referrals),
    pricePremium: grows(s.pricePremium),
  };
  return { years: s.years, components, acquisitionCost: s.acquisitionCost, discountRate: s.discountRate };
}
