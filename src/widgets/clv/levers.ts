/** The sensitivity view's words: each lever's name and how its values read, in the learner's language. */
import type { CohortLever, CohortSensitivity } from '$core';
import { formatNumber, formatPercent } from '../../lib/i18n';
import { t, type ClvMessage } from './messages';

const NAMES: Record<CohortLever, [ClvMessage, ClvMessage?]> = {
  retention: ['leverRetention', 'leverRetentionYear'],
  revenuePerCustomer: ['leverRevenue', 'leverRevenueYear'],
  costShare: ['leverCostShare', 'leverCostShareYear'],
  costPerCustomer: ['leverCostPerCustomer', 'leverCostPerCustomerYear'],
  referralRate: ['leverReferralRate'],
  referralReward: ['leverReferralReward'],
  acquisitionCost: ['leverAcquisitionCost'],
  discountRate: ['leverDiscountRate'],
};

const PERCENT: readonly CohortLever[] = ['retention', 'costShare', 'referralRate', 'discountRate'];

export function leverName(e: Pick<CohortSensitivity, 'lever' | 'year'>): string {
  const [all, year] = NAMES[e.lever];
  return e.year !== undefined && year ? t(year, { n: e.year }) : t(all);
}

/** An input's value as the learner typed it: 40%, 150. */
export function leverValue(lever: CohortLever, v: number): string {
  return PERCENT.includes(lever) ? formatPercent(v, 1) : formatNumber(v, 2);
}

/** "Cost share in year 1" for the start of a sentence. */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
