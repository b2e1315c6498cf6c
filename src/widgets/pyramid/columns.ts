/** The tier table: one set of columns for the page (the pyramid's text twin) and the CSV export. */
import type { CustomerTier } from '$core';
import { formatNumber, formatPercent } from '../../lib/i18n';
import type { Column } from '../kit/table';
import type { Naming, TierId } from './codec';
import { t } from './messages';

export const tierName = (naming: Naming, id: string, short = false) => t(`${naming}.${id as TierId}${short ? '.short' : ''}` as never);

/** A share as a chart label: one decimal below 10%, none above. */
export const shortPercent = (share: number) => formatPercent(share, share < 0.1 ? 1 : 0);

export function tierColumns(naming: Naming): Column<CustomerTier>[] {
  return [
    { key: 'tier', label: t('colTier'), cell: (r) => tierName(naming, r.name), raw: (r) => tierName(naming, r.name) },
    { key: 'customers', label: t('colCustomers'), numeric: true, cell: (r) => formatNumber(r.customers), raw: (r) => r.customers },
    { key: 'customerShare', label: t('colCustomerShare'), numeric: true, cell: (r) => formatPercent(r.customerShare, 1), raw: (r) => r.customerShare },
    { key: 'revenue', label: t('colRevenue'), numeric: true, cell: (r) => formatNumber(r.revenue), raw: (r) => r.revenue },
    { key: 'average', label: t('colAverage'), numeric: true, cell: (r) => formatNumber(r.averageRevenue, 2), raw: (r) => r.averageRevenue },
    { key: 'revenueShare', label: t('colRevenueShare'), numeric: true, pinned: true, cell: (r) => formatPercent(r.revenueShare, 1), raw: (r) => r.revenueShare },
  ];
}
