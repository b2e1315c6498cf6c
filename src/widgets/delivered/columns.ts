/** The balance's table: one set of columns for the page (the chart's text twin) and the CSV export. */
import type { DeliveredValue } from '$core';
import { formatNumber } from '../../lib/i18n';
import type { Column } from '../kit/table';
import { BENEFITS, COSTS, type DeliveredScenario, type Part } from './codec';
import { t } from './messages';

export type BalanceRow = { kind: 'part'; part: Part; side: 'benefit' | 'cost'; amount: number } | { kind: 'total'; side: 'benefit' | 'cost'; amount: number } | { kind: 'delivered'; amount: number };

export function balanceRows(s: DeliveredScenario, result: DeliveredValue): BalanceRow[] {
  return [
    ...BENEFITS.map((part) => ({ kind: 'part' as const, part, side: 'benefit' as const, amount: s[part] })),
    { kind: 'total', side: 'benefit', amount: result.totalBenefit },
    ...COSTS.map((part) => ({ kind: 'part' as const, part, side: 'cost' as const, amount: s[part] })),
    { kind: 'total', side: 'cost', amount: result.totalCost },
    { kind: 'delivered', amount: result.deliveredValue },
  ];
}

export const rowName = (r: BalanceRow) => (r.kind === 'part' ? t(`part.${r.part}`) : r.kind === 'total' ? t(r.side === 'benefit' ? 'benefits' : 'costs') : t('rowDelivered'));
export const rowKey = (r: BalanceRow) => (r.kind === 'part' ? r.part : r.kind === 'total' ? `total-${r.side}` : 'delivered');

export function balanceColumns(): Column<BalanceRow>[] {
  const side = (r: BalanceRow) => (r.kind === 'delivered' ? '' : r.side);
  return [
    { key: 'part', label: t('colPart'), cell: rowName, raw: rowKey },
    { key: 'side', label: t('colSide'), cell: (r) => (side(r) === '' ? '' : t(side(r) === 'benefit' ? 'sideBenefit' : 'sideCost')), raw: side },
    { key: 'amount', label: t('colAmount'), numeric: true, pinned: true, cell: (r) => formatNumber(r.amount), raw: (r) => r.amount },
  ];
}
