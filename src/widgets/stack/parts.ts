/** The six parts' names, colours and the table's columns. */
import { PROFIT_COMPONENTS, type ProfitComponent, type ProfitStackResult, type ProfitStackYear } from '$core';
import { formatNumber } from '../../lib/i18n';
import type { Column } from '../kit/table';
import { t, type StackMessage } from './messages';

export const PART_LABEL: Record<ProfitComponent, StackMessage> = {
  initialPurchase: 'initial',
  repeatAndShareOfWallet: 'repeat',
  crossSelling: 'crossSelling',
  costToServeSavings: 'costSavings',
  referrals: 'referrals',
  pricePremium: 'pricePremium',
};

/** Six steps from the bar colour to the line colour: neighbours in the stack differ in hue and lightness in both themes. */
export const partColor = (component: ProfitComponent) => {
  const i = PROFIT_COMPONENTS.indexOf(component);
  return `color-mix(in srgb, var(--chart-bar) ${100 - i * 20}%, var(--chart-line))`;
};

export type StackRow = { kind: 'acquisition'; cost: number } | ({ kind: 'year' } & ProfitStackYear);

export function stackRows(r: ProfitStackResult): StackRow[] {
  const years = r.years.map((y) => ({ kind: 'year' as const, ...y }));
  return r.acquisitionCost > 0 ? [{ kind: 'acquisition', cost: -r.acquisitionCost }, ...years] : years;
}

export function stackColumns(): Column<StackRow>[] {
  return [
    { key: 'year', label: t('colYear'), cell: (r) => (r.kind === 'year' ? formatNumber(r.year) : t('acquisitionRow')), raw: (r) => (r.kind === 'year' ? r.year : 'acquisition') },
    ...PROFIT_COMPONENTS.map((c, i) => ({
      key: c,
      label: t(`clv${i + 1}` as StackMessage),
      numeric: true,
      cell: (r: StackRow) => (r.kind === 'year' ? formatNumber(r.components[c], 2) : ''),
      raw: (r: StackRow) => (r.kind === 'year' ? r.components[c] : ''),
    })),
    { key: 'total', label: t('colTotal'), numeric: true, cell: (r) => formatNumber(r.kind === 'year' ? r.total : r.cost, 2), raw: (r) => (r.kind === 'year' ? r.total : r.cost) },
    {
      key: 'cumulative',
      label: t('colCumulative'),
      numeric: true,
      pinned: true,
      cell: (r) => formatNumber(r.kind === 'year' ? r.cumulativeDiscountedProfit : r.cost, 2),
      raw: (r) => (r.kind === 'year' ? r.cumulativeDiscountedProfit : r.cost),
    },
  ];
}
