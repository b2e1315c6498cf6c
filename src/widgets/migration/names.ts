/** State names and the tables' columns, in the learner's language. */
import { formatNumber, formatPercent } from '../../lib/i18n';
import type { Column } from '../kit/table';
import { t } from './messages';
import type { MigrationScenario } from './codec';
import type { MigrationResult } from './state.svelte';

/** "Bought this period", "Last bought 2 periods ago", "3 periods ago or more". */
export function stateName(k: number, states: number): string {
  if (k === 1) return t('stateName1');
  const n = k - 1;
  return t(k === states ? 'stateNameLast' : 'stateNameK', { n: formatNumber(n), count: n });
}

export interface StateRow {
  state: number;
  repeat: number;
  mailing: number;
  share: number;
  lost: number;
  at: number;
}

export function stateRows(s: MigrationScenario, r: MigrationResult): StateRow[] {
  const last = r.distribution[r.distribution.length - 1];
  return s.repeat.map((p, k) => ({ state: k + 1, repeat: p, mailing: s.mailing[k], share: r.share[k], lost: r.lost[k], at: last[k] }));
}

export function stateColumns(s: MigrationScenario): Column<StateRow>[] {
  const chosen = s.reading === 'lost' ? 'lost' : 'share';
  return [
    { key: 'state', label: t('colState'), cell: (r) => `${r.state}. ${stateName(r.state, s.states)}`, raw: (r) => r.state },
    { key: 'repeat', label: t('colRepeat'), numeric: true, cell: (r) => formatPercent(r.repeat, 1), raw: (r) => r.repeat },
    { key: 'mailing', label: t('colMailing'), numeric: true, cell: (r) => formatNumber(r.mailing, 2), raw: (r) => r.mailing },
    { key: 'valueShare', label: t('colValueShare'), numeric: true, pinned: chosen === 'share', cell: (r) => formatNumber(r.share, 2), raw: (r) => r.share },
    { key: 'valueLost', label: t('colValueLost'), numeric: true, pinned: chosen === 'lost', cell: (r) => formatNumber(r.lost, 2), raw: (r) => r.lost },
    { key: 'at', label: t('colShareAt', { n: s.periods }), numeric: true, cell: (r) => formatPercent(r.at, 1), raw: (r) => r.at },
  ];
}

export type PeriodRow = { period: number; shares: readonly number[] };

export function periodColumns(states: number): Column<PeriodRow>[] {
  return [
    { key: 'period', label: t('colPeriod'), cell: (r) => formatNumber(r.period), raw: (r) => r.period },
    ...Array.from({ length: states }, (_, k) => ({
      key: `state${k + 1}`,
      label: t('stateShort', { n: k + 1 }),
      numeric: true,
      pinned: k === 0,
      cell: (r: PeriodRow) => formatPercent(r.shares[k], 1),
      raw: (r: PeriodRow) => r.shares[k],
    })),
  ];
}

/** State k's shade in the stack and its key: the nearer the purchase, the deeper the colour. */
export const shade = (k: number, states: number) => `color-mix(in srgb, var(--chart-bar) ${Math.round(100 - (70 * (k - 1)) / Math.max(1, states - 1))}%, var(--surface))`;
