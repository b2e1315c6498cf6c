/**
 * The profitability waterfall's scenario: two customers' accounts, from gross
 * sales value down through every deduction of deck 003's customer
 * profitability analysis, and which of the two is shown. The presets are the
 * course's own: customer A brings more gross profit than B, B more net
 * profit than A. Amounts in thousands; limits from core's PROFITABILITY_LIMITS.
 */
import { DEDUCTIONS, PROFITABILITY_LIMITS, type DeductionKey, type WaterfallInput } from '$core';
import { parseStoredNumber } from '../../lib/number';
import { choiceField, inLimits, type Codec, type Field, type NumberSpec } from '../kit/scenario';

/** The amounts an account lists, in order: gross sales value, then the deductions. */
export const AMOUNTS = ['grossSalesValue', ...DEDUCTIONS] as const satisfies readonly (keyof WaterfallInput)[];
export type AmountKey = (typeof AMOUNTS)[number];
export type Account = Record<AmountKey, number>;

export const CUSTOMERS = ['a', 'b'] as const;
export type CustomerId = (typeof CUSTOMERS)[number];

export interface WaterfallScenario {
  customer: CustomerId;
  a: Account;
  b: Account;
}

export const AMOUNT_SPEC: NumberSpec = { limits: PROFITABILITY_LIMITS.amount, step: 5, slider: false };

/** A national supermarket chain: large, but it buys on deep discounts and costs a lot to sell to, deliver to and serve. */
export const PRESET_A: Account = {
  grossSalesValue: 1000,
  discounts: 180,
  costOfGoods: 520,
  directSelling: 90,
  distributionAndService: 110,
  indirect: 40,
  hardToTrace: 35,
};

/** A buying group of independent grocers: half the size, near list price, few visits, consolidated deliveries. */
export const PRESET_B: Account = {
  grossSalesValue: 450,
  discounts: 20,
  costOfGoods: 250,
  directSelling: 45,
  distributionAndService: 40,
  indirect: 15,
  hardToTrace: 10,
};

/** An account written as seven comma-separated amounts, in AMOUNTS order; anything else is rejected whole. */
function accountField(key: string, value: Account): Field<Account> {
  return {
    key,
    default: value,
    read(raw) {
      const parts = raw.split(',');
      if (parts.length !== AMOUNTS.length) return undefined;
      const values = parts.map(parseStoredNumber);
      if (!values.every((v) => v !== undefined && inLimits(AMOUNT_SPEC.limits, v))) return undefined;
      return Object.fromEntries(AMOUNTS.map((k, i) => [k, values[i]])) as Account;
    },
    write: (account) => AMOUNTS.map((k) => String(Number(account[k].toFixed(6)) + 0)).join(','),
  };
}

export const waterfallCodec = {
  id: 'waterfall',
  fields: {
    customer: choiceField<CustomerId>('customer', 'a', CUSTOMERS),
    a: accountField('a', PRESET_A),
    b: accountField('b', PRESET_B),
  },
} satisfies Codec<WaterfallScenario>;

export const isDeduction = (key: AmountKey): key is DeductionKey => key !== 'grossSalesValue';
