/** The companies' table: one set of columns for the page (the map's text twin) and the CSV export. */
import { formatChange, formatNumber } from '../../lib/i18n';
import type { Column } from '../kit/table';
import { t } from './messages';
import type { PlacedCompany } from './state.svelte';

export function companyColumns(): Column<PlacedCompany>[] {
  return [
    { key: 'company', label: t('colCompany'), cell: (c) => t(`company.${c.id}`), raw: (c) => c.id },
    { key: 'quality', label: t('colQuality'), numeric: true, cell: (c) => formatNumber(c.quality, 2), raw: (c) => c.quality },
    { key: 'price', label: t('colPrice'), numeric: true, cell: (c) => formatNumber(c.price, 2), raw: (c) => c.price },
    { key: 'gap', label: t('colGap'), numeric: true, cell: (c) => formatChange(c.valueGap, 2), raw: (c) => c.valueGap },
    { key: 'region', label: t('colRegion'), cell: (c) => t(`region.${c.region}`), raw: (c) => c.region },
    { key: 'trend', label: t('colTrend'), pinned: true, cell: (c) => t(`trend.${c.shareTrend}`), raw: (c) => c.shareTrend },
  ];
}
