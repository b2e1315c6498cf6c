/** A table's columns, shared by what the page shows (the chart's text twin) and the CSV export. */
import type { ScenarioRecord } from './scenario';

export interface Column<R> {
  key: string;
  label: string;
  /** The cell as the page shows it, formatted for the locale. */
  cell(row: R): string;
  /** The raw value for the CSV export. */
  raw(row: R): string | number;
  numeric?: boolean;
  /** The answer column: it stays in view while the table scrolls sideways, and leads each card on a phone. */
  pinned?: boolean;
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: (string | number)[]) => cells.map(csvCell).join(',');

/**
 * CSV in two blocks: the scenario (one `namespace.key,value` line per field, so
 * a file says which inputs made it), a blank line, then the table.
 */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[], scenario?: { ns: string; record: ScenarioRecord }): string {
  const lines: string[] = [];
  if (scenario) {
    for (const [key, value] of Object.entries(scenario.record)) lines.push(csvLine([`${scenario.ns}.${key}`, value]));
    lines.push('');
  }
  lines.push(csvLine(columns.map((c) => c.label)));
  for (const row of rows) lines.push(csvLine(columns.map((c) => c.raw(row))));
  return lines.join('\r\n') + '\r\n';
}
