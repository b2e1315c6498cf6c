import { describe, expect, it } from 'vitest';
import { exportName } from '../../src/widgets/kit/export';
import { toCsv, type Column } from '../../src/widgets/kit/table';

type Row = { year: number; note: string; value: number };
const columns: Column<Row>[] = [
  { key: 'year', label: 'Year', cell: (r) => String(r.year), raw: (r) => r.year },
  { key: 'note', label: 'Note, with a comma', cell: (r) => r.note, raw: (r) => r.note },
  { key: 'value', label: '每位客户的价值', cell: (r) => r.value.toFixed(2), raw: (r) => r.value, numeric: true, pinned: true },
];

describe('the CSV export', () => {
  it('writes the scenario, a blank line, then the table, quoting what needs it', () => {
    const csv = toCsv(columns, [
      { year: 1, note: 'plain', value: 30 },
      { year: 2, note: 'says "hi", twice\nand more', value: 45.123456 },
    ], { ns: 'clv', record: { retention: '0.4,0.45', years: '2' } });
    expect(csv.split('\r\n')).toEqual([
      'clv.retention,"0.4,0.45"',
      'clv.years,2',
      '',
      'Year,"Note, with a comma",每位客户的价值',
      '1,plain,30',
      '2,"says ""hi"", twice\nand more",45.123456',
      '',
    ]);
  });

  it('keeps raw numbers, not the formatted cells', () => {
    const csv = toCsv(columns, [{ year: 1, note: '', value: 1234567.891 }]);
    expect(csv).toContain('1234567.891');
    expect(csv).not.toContain('1,234,567');
  });
});

describe('export file names', () => {
  it('names the file after the widget and what changed', () => {
    expect(exportName('clv', { horizon: '3', retention: '0.4' }, [])).toBe('clv-example');
    expect(exportName('clv', { horizon: '10', retention: '0.4' }, ['horizon'])).toBe('clv-horizon-10');
    expect(exportName('clv', { retention: '0.5,0.45' }, ['retention'])).toBe('clv-retention-0.5_0.45');
  });

  it('stays short and safe for any file system', () => {
    const long = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key${i}`, '0.123456/..']));
    const name = exportName('clv', long, Object.keys(long));
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^[\w.-]+$/);
  });
});
