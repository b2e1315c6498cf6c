/** The year-by-year table: one set of columns for the page (the chart's text twin) and the CSV export. */
import type { CohortResult, CohortYear } from '$core';
import { formatNumber, formatPercent } from '../../lib/i18n';
import type { Column } from '../kit/table';
import { t } from './messages';

/** A row of the table: the up-front acquisition cost, then each year. */
export type CohortRow = { kind: 'acquisition'; total: number; perCustomer: number } | ({ kind: 'year' } & CohortYear);

export function cohortRows(result: CohortResult): CohortRow[] {
  const years = result.years.map((y) => ({ kind: 'year' as const, ...y }));
  if (result.acquisitionCostTotal === 0) return years;
  const total = -result.acquisitionCostTotal;
  return [{ kind: 'acquisition', total, perCustomer: total / result.years[0].customers }, ...years];
}

const yearly = (get: (y: CohortYear) => number, show: (v: number) => string) => ({
  cell: (r: CohortRow) => (r.kind === 'year' ? show(get(r)) : ''),
  raw: (r: CohortRow) => (r.kind === 'year' ? get(r) : ''),
});
// On the acquisition row, the money columns all hold the up-front cost.
const money = (get: (y: CohortYear) => number, upFront: (r: Extract<CohortRow, { kind: 'acquisition' }>) => number, decimals = 0) => ({
  cell: (r: CohortRow) => formatNumber(r.kind === 'year' ? get(r) : upFront(r), decimals),
  raw: (r: CohortRow) => (r.kind === 'year' ? get(r) : upFront(r)),
});

/** The columns for a result: referrals and per-customer costs get theirs only when the cohort has them. */
export function cohortColumns(result?: CohortResult): Column<CohortRow>[] {
  const has = (get: (y: CohortYear) => number) => result?.years.some((y) => get(y) !== 0) ?? false;
  const varies = result ? new Set(result.years.map((y) => y.revenuePerCustomer)).size > 1 : false;
  const all: (Column<CohortRow> | false)[] = [
    { key: 'year', label: t('colYear'), cell: (r) => (r.kind === 'year' ? formatNumber(r.year) : t('acquisitionRow')), raw: (r) => (r.kind === 'year' ? r.year : 'acquisition') },
    { key: 'customers', label: t('colCustomers'), numeric: true, ...yearly((y) => y.customers, (v) => formatNumber(v)) },
    has((y) => y.referred) && { key: 'referred', label: t('colReferred'), numeric: true, ...yearly((y) => y.referred, (v) => formatNumber(v)) },
    { key: 'retention', label: t('colRetention'), numeric: true, ...yearly((y) => y.retention, (v) => formatPercent(v, 1)) },
    varies && { key: 'revenuePerCustomer', label: t('colRevenuePerCustomer'), numeric: true, ...yearly((y) => y.revenuePerCustomer, (v) => formatNumber(v, 2)) },
    { key: 'revenue', label: t('colRevenue'), numeric: true, ...yearly((y) => y.revenue, (v) => formatNumber(v)) },
    { key: 'costShare', label: t('colCostShare'), numeric: true, ...yearly((y) => y.costShare, (v) => formatPercent(v, 1)) },
    { key: 'costs', label: t('colCosts'), numeric: true, ...yearly((y) => y.costs, (v) => formatNumber(v)) },
    has((y) => y.customerCosts) && { key: 'customerCosts', label: t('colCustomerCosts'), numeric: true, ...yearly((y) => y.customerCosts, (v) => formatNumber(v)) },
    has((y) => y.referralRewards) && { key: 'referralRewards', label: t('colReferralRewards'), numeric: true, ...yearly((y) => y.referralRewards, (v) => formatNumber(v)) },
    { key: 'profit', label: t('colProfit'), numeric: true, ...money((y) => y.profit, (r) => r.total) },
    { key: 'factor', label: t('colFactor'), numeric: true, ...yearly((y) => y.discountFactor, (v) => formatNumber(v, 3)) },
    { key: 'discounted', label: t('colDiscounted'), numeric: true, ...money((y) => y.discountedProfit, (r) => r.total) },
    { key: 'cumulative', label: t('colCumulative'), numeric: true, ...money((y) => y.cumulativeDiscountedProfit, (r) => r.total) },
    { key: 'perCustomer', label: t('colPerCustomer'), numeric: true, pinned: true, ...money((y) => y.valuePerCustomer, (r) => r.perCustomer, 2) },
  ];
  return all.filter((c): c is Column<CohortRow> => c !== false);
}
