/** The six attributes as a table: the matrix's text twin on the page and its CSV export. */
import type { AttributeAssessment } from '$core';
import { formatChange, formatNumber } from '../../lib/i18n';
import type { Column } from '../kit/table';
import { t, type ServiceMatrixMessage } from './messages';
import { LETTERS } from './segments';

export type MatrixRow = AttributeAssessment & { index: number };

export const rowsOf = (attributes: readonly AttributeAssessment[]): MatrixRow[] => attributes.map((a, index) => ({ ...a, index }));

export const attributeName = (id: string) => t(`attr.${id}` as ServiceMatrixMessage);
export const verdictName = (corridor: AttributeAssessment['corridor']) => t(`verdict.${corridor}` as ServiceMatrixMessage);

const rating = (v: number) => formatNumber(v, 1);

export function matrixColumns(): Column<MatrixRow>[] {
  return [
    { key: 'attribute', label: t('colAttribute'), cell: (r) => `${LETTERS[r.index]} ${attributeName(r.id)}`, raw: (r) => r.id },
    { key: 'importance', label: t('colImportance'), numeric: true, cell: (r) => rating(r.importance), raw: (r) => r.importance },
    { key: 'performance', label: t('colOurs'), numeric: true, cell: (r) => rating(r.performance), raw: (r) => r.performance },
    { key: 'competitor', label: t('colCompetitor'), numeric: true, cell: (r) => rating(r.competitorPerformance), raw: (r) => r.competitorPerformance },
    { key: 'gap', label: t('colGap'), numeric: true, cell: (r) => formatChange(r.gap, 1), raw: (r) => Number(r.gap.toFixed(6)) },
    { key: 'vsCompetitor', label: t('colVsCompetitor'), numeric: true, cell: (r) => formatChange(r.competitorGap, 1), raw: (r) => Number(r.competitorGap.toFixed(6)) },
    { key: 'verdict', label: t('colVerdict'), pinned: true, cell: (r) => verdictName(r.corridor), raw: (r) => r.corridor },
  ];
}
