// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessDateFormat, guessDecimal, parseAmount, parseDate } from '../../src/widgets/customers/formats';
import { decode, ImportError, inspect, looksBinary, markDuplicates, parseLog, parseLogAsync, recordChunks, sniffDelimiter, type ImportErrorCode } from '../../src/widgets/customers/parse';
import { runImport } from '../../src/widgets/customers/pipeline';
import { serve, type WorkerScope } from '../../src/widgets/customers/worker';
import type { WorkerRequest, WorkerResponse } from '../../src/widgets/customers/protocol';
import { dayNumber, formatDay } from '../../src/core/rfm';

const cdnowSample = readFileSync(new URL('../core/data/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

function fails(code: ImportErrorCode, run: () => unknown) {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
  return error as ImportError;
}

async function failsAsync(code: ImportErrorCode, run: () => Promise<unknown>) {
  let error: unknown;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe(code);
}

const csv = (lines: string[]) => lines.join('\n') + '\n';
const basic = csv(['customer,date,amount', 'a,2024-01-05,10.00', 'b,2024-01-06,20.50', 'a,2024-02-01,5', 'c,2024-02-03,7.25']);

describe('dates and amounts as files write them', () => {
  it('reads each date layout, with a time or without, and refuses impossible dates', () => {
    const d = dayNumber(2024, 3, 5);
    expect(parseDate('2024-03-05', 'ymd')).toBe(d);
    expect(parseDate('2024-03-05T14:30:00Z', 'ymd')).toBe(d);
    expect(parseDate('2024/3/5 09:00', 'ymd')).toBe(d);
    expect(parseDate('2024年3月5日', 'ymd')).toBe(d);
    expect(parseDate('05/03/2024', 'dmy')).toBe(d);
    expect(parseDate('5.3.24', 'dmy')).toBe(d);
    expect(parseDate('03/05/2024', 'mdy')).toBe(d);
    expect(parseDate('20240305', 'compact')).toBe(d);
    expect(parseDate('45356', 'serial')).toBe(d);
    expect(parseDate('2024-02-30', 'ymd')).toBeNull();
    expect(parseDate('2023-02-29', 'ymd')).toBeNull();
    expect(parseDate('31/04/2024', 'dmy')).toBeNull();
    expect(parseDate('13/13/2024', 'mdy')).toBeNull();
    expect(parseDate('00001', 'serial')).toBeNull(); // an id, not a date
    expect(parseDate('', 'ymd')).toBeNull();
  });

  it('guesses the layout; day-first and month-first tie when every day is 12 or less, and the tie is reported', () => {
    expect(guessDateFormat(['2024-01-05', '2024-02-10'])?.format).toBe('ymd');
    expect(guessDateFormat(['19970101', '19970112'])?.format).toBe('compact');
    expect(guessDateFormat(['25/12/2024', '01/02/2024'])).toMatchObject({ format: 'dmy', alternatives: [] });
    expect(guessDateFormat(['12/25/2024', '01/02/2024'])).toMatchObject({ format: 'mdy', alternatives: [] });
    const tie = guessDateFormat(['01/02/2024', '03/04/2024']);
    expect(tie).toMatchObject({ format: 'dmy', alternatives: ['mdy'] });
    expect(guessDateFormat(['01/02/2024'], 'mdy')?.format).toBe('mdy');
    expect(guessDateFormat(['hello', 'world'])).toBeNull();
  });

  it('reads amounts with currency, thousands separators, decimal commas and accounting negatives', () => {
    expect(parseAmount('1,234.56', '.')).toBe(1234.56);
    expect(parseAmount('$1,234.56', '.')).toBe(1234.56);
    expect(parseAmount('1.234,56 €', ',')).toBe(1234.56);
    expect(parseAmount('12,5', ',')).toBe(12.5);
    expect(parseAmount('(12.50)', '.')).toBe(-12.5);
    expect(parseAmount('12.50-', '.')).toBe(-12.5);
    expect(parseAmount('-7', '.')).toBe(-7);
    expect(parseAmount('¥88', '.')).toBe(88);
    expect(parseAmount('88元', '.')).toBe(88);
    expect(parseAmount('1 234,00', ',')).toBe(1234);
    expect(parseAmount('twelve', '.')).toBeNull();
    expect(parseAmount('1.2.3', '.')).toBeNull();
    expect(parseAmount('', '.')).toBeNull();
    expect(guessDecimal(['12,50', '3,99', '1.234,00'])).toBe(',');
    expect(guessDecimal(['1,234', '12.50'])).toBe('.');
  });
});

describe('reading a file: the shapes it comes in', () => {
  it('1. a plain CSV with a header: columns found by name, rows read', () => {
    const log = parseLog(basic);
    expect(log.options).toMatchObject({ delimiter: ',', header: true, columns: { customer: 0, date: 1, amount: 2 }, dateFormat: 'ymd', decimal: '.' });
    expect(log.ids).toEqual(['a', 'b', 'c']);
    expect([...log.customer]).toEqual([0, 1, 0, 2]);
    expect([...log.amount]).toEqual([10, 20.5, 5, 7.25]);
    expect(formatDay(log.day[0])).toBe('2024-01-05');
    expect(log.problems.count).toBe(0);
  });

  it('2. a UTF-8 byte-order mark (as Excel writes "CSV UTF-8"), as bytes or as text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(basic)]);
    expect(decode(bytes).text).toBe(basic);
    expect(parseLog(decode(bytes).text).inspection.names[0]).toBe('customer');
    expect(decode('\ufeff' + basic).text).toBe(basic);
  });

  it('3. UTF-16 with its mark, and GB18030 (Chinese Excel’s CSV) without one', () => {
    const text = csv(['客户编号,日期,金额', '张三,2024-01-05,10', '李四,2024-01-06,20']);
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) [le[2 + 2 * i], le[3 + 2 * i]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    expect(decode(le)).toEqual({ text, encoding: 'utf-16le' });
    // 客户 in GB18030 is BF CD BB A7.
    const gb = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, ...utf8(',date,amount\nx,2024-01-01,1\n')]);
    expect(decode(gb)).toEqual({ text: '客户,date,amount\nx,2024-01-01,1\n', encoding: 'gb18030' });
    const log = parseLog(text);
    expect(log.options.columns).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(log.ids).toEqual(['张三', '李四']);
  });

  it('4. semicolons and decimal commas (a European spreadsheet’s export), and tabs', () => {
    const semi = csv(['Kunde;Datum;Betrag', '1001;05.01.2024;12,50', '1002;06.01.2024;1.234,00', '1001;31.01.2024;3,99']);
    const log = parseLog(semi);
    expect(log.options).toMatchObject({ delimiter: ';', decimal: ',', dateFormat: 'dmy' });
    expect([...log.amount]).toEqual([12.5, 1234, 3.99]);
    const tsv = basic.replace(/,/g, '\t');
    expect(parseLog(tsv).options.delimiter).toBe('\t');
    expect(parseLog(tsv).kept).toBe(4);
  });

  it('5. quoted fields holding commas, quotes and line breaks; row numbers still count records', () => {
    const text = csv([
      'customer,date,amount,note',
      '"Smith, J.",2024-01-05,10,"said ""hi"""',
      'b,2024-01-06,20,"two',
      'lines"',
      'c,not a date,5,x',
    ]);
    const log = parseLog(text);
    expect(log.ids).toEqual(['Smith, J.', 'b']);
    expect(log.problems.first).toEqual([{ row: 4, kind: 'date', column: 'date', value: 'not a date' }]);
  });

  it('6. Windows line ends, blank lines, and a file without a header (columns found by their values)', () => {
    const text = 'a,2024-01-05,10.00\r\n\r\nb,2024-01-06,20.50\r\n';
    const log = parseLog(text);
    expect(log.options.header).toBe(false);
    expect(log.options.columns).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(log.kept).toBe(2);
    const bad = parseLog('a,2024-01-05,10\n\nb,2024-13-06,20\n');
    expect(bad.problems.first[0].row).toBe(3); // the blank line is row 2
    // A first row with a bad date is still data, not a header: its amount reads as a number.
    const firstBad = parseLog('a,someday,10\nb,2024-01-06,20\nc,2024-01-07,5\n');
    expect(firstBad.options.header).toBe(false);
    expect(firstBad.problems.first[0]).toMatchObject({ row: 1, kind: 'date' });
  });

  it('7. whitespace-aligned columns with no header: the CDNOW sample as distributed', () => {
    const log = parseLog(cdnowSample);
    expect(log.options.delimiter).toBe('whitespace');
    expect(log.options.header).toBe(false);
    expect(log.options.dateFormat).toBe('compact');
    expect(log.options.columns.date).toBe(2);
    expect(log.options.columns.amount).toBe(4);
    expect(log.ids).toHaveLength(2357);
    expect(log.kept).toBe(6919);
  });

  it('8. an empty file, or one of blank lines only', () => {
    fails('empty', () => parseLog(''));
    fails('empty', () => parseLog('\n\n  \n'));
    fails('empty', () => decode(new Uint8Array(0)));
  });

  it('9. a header and no rows', () => {
    fails('no-rows', () => parseLog('customer,date,amount\n'));
  });

  it('10. a binary file renamed .csv: an image, a PDF, or NULs; a spreadsheet saved as .xlsx or .xls', () => {
    fails('binary', () => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])));
    fails('binary', () => decode(utf8('%PDF-1.7\n...')));
    fails('binary', () => decode(new Uint8Array([1, 2, 3, 0, 5, 6, 200, 201])));
    fails('spreadsheet', () => decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])));
    fails('spreadsheet', () => decode(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])));
    const junk = Array.from({ length: 400 }, (_, i) => String.fromCharCode((i * 37) % 32)).join('');
    expect(looksBinary(junk)).toBe(true);
    fails('binary', () => parseLog(junk));
    expect(looksBinary(basic)).toBe(false);
  });

  it('11. a wrong delimiter: one column only', () => {
    fails('one-column', () => parseLog(csv(['customer:date:amount', 'a:2024-01-05:10', 'b:2024-01-06:20'])));
  });

  it('12. a column the mapping names that the file does not have', () => {
    const e = fails('missing-column', () => parseLog(basic, { columns: { customer: 0, date: 1, amount: 5 } }));
    expect(e.detail).toMatchObject({ column: 'amount', columns: 3 });
  });

  it('13. no column of dates', () => {
    fails('no-dates', () => parseLog(csv(['customer,amount', 'a,10', 'b,20'])));
  });

  it('14. unreadable dates and amounts: rows skipped and reported with their numbers, the first five shown, all counted', () => {
    const lines = ['customer,date,amount'];
    for (let i = 0; i < 30; i++) lines.push(`c${i % 5},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 4 === 0 ? 'n/a' : '10.00'}`);
    lines.push('z,yesterday,3');
    const log = parseLog(csv(lines));
    expect(log.problems.byKind.amount).toBe(8);
    expect(log.problems.byKind.date).toBe(1);
    expect(log.problems.count).toBe(9);
    expect(log.problems.first).toHaveLength(5);
    expect(log.problems.first.map((p) => p.row)).toEqual([2, 6, 10, 14, 18]);
    expect(log.problems.first[0]).toEqual({ row: 2, kind: 'amount', column: 'amount', value: 'n/a' });
    expect(log.kept).toBe(22);
  });

  it('15. rows with too few fields, and an empty customer id', () => {
    const log = parseLog(csv(['customer,date,amount', 'a,2024-01-05,10', 'b,2024-01-06', ',2024-01-07,3', 'c,2024-01-08,4']));
    expect(log.problems.byKind.fields).toBe(1);
    expect(log.problems.byKind.customer).toBe(1);
    expect(log.problems.first.map((p) => [p.row, p.kind])).toEqual([
      [3, 'fields'],
      [4, 'customer'],
    ]);
  });

  it('16. every row bad: no usable rows', () => {
    const e = fails('no-valid-rows', () => parseLog(csv(['customer,date,amount', 'a,2024-01-05,x', 'b,2024-01-06,y']), { columns: { customer: 0, date: 1, amount: 2 } }));
    expect(e.detail).toMatchObject({ records: 2, problems: 2 });
  });

  it('17. negative amounts (refunds): netted by default, or dropped, or reported as bad rows', () => {
    const text = csv(['customer,date,amount', 'a,2024-01-05,10', 'a,2024-01-05,-4', 'b,2024-01-06,(5.00)', 'b,2024-01-07,5']);
    const net = parseLog(text);
    expect(net.refunds).toBe(2);
    expect(net.kept).toBe(4);
    expect(parseLog(text, { refunds: 'drop' }).kept).toBe(2);
    const rejected = parseLog(text, { refunds: 'reject' });
    expect(rejected.problems.byKind.refund).toBe(2);
    expect(rejected.problems.first[0]).toMatchObject({ row: 3, kind: 'refund' });
  });

  it('18. duplicate rows: counted, kept by default, dropped on request', () => {
    const text = csv(['customer,date,amount', 'a,2024-01-05,10', 'a,2024-01-05,10', 'a,2024-01-05,10', 'a,2024-01-05,11', 'b,2024-01-05,10']);
    const kept = parseLog(text);
    expect(kept.duplicates).toBe(2);
    expect(kept.kept).toBe(5);
    const dropped = parseLog(text, { duplicates: 'drop' });
    expect(dropped.kept).toBe(3);
    expect([...dropped.amount]).toEqual([10, 11, 10]);
  });

  it('19. a file larger than the limit', () => {
    fails('too-large', () => decode(basic, 10));
    fails('too-large', () => decode(utf8(basic), 10));
  });

  it('20. mixed date layouts: the layout most rows use wins, the others are bad rows', () => {
    const log = parseLog(csv(['customer,date,amount', 'a,2024-01-05,1', 'b,2024-01-06,2', 'c,06/01/2024,3', 'd,2024-01-08,4']));
    expect(log.options.dateFormat).toBe('ymd');
    expect(log.problems.first).toEqual([{ row: 4, kind: 'date', column: 'date', value: '06/01/2024' }]);
  });

  it('21. spreadsheet serial dates, and a day-first/month-first tie reported for the learner to settle', () => {
    const serial = parseLog(csv(['id,day,value', 'a,45356,3', 'b,45357,4']));
    expect(serial.options.dateFormat).toBe('serial');
    expect(formatDay(serial.day[0])).toBe('2024-03-05');
    const tie = inspect(csv(['customer,date,amount', 'a,01/02/2024,1', 'b,03/04/2024,2']));
    expect(tie.dateFormat).toMatchObject({ format: 'dmy', alternatives: ['mdy'] });
    expect(formatDay(parseLog(csv(['customer,date,amount', 'a,01/02/2024,1']), { dateFormat: 'mdy' }).day[0])).toBe('2024-01-02');
  });

  it('22. chunks end at record boundaries even inside quoted line breaks: any chunk size reads the same', () => {
    const text = csv(['customer,date,amount,note', ...Array.from({ length: 40 }, (_, i) => `c${i % 7},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i},"a\nb, ""c"""`)]);
    const whole = parseLog(text);
    for (const size of [1, 7, 50, 333]) {
      const chunked = parseLog(text, { chunkCharacters: size });
      expect(chunked.ids).toEqual(whole.ids);
      expect([...chunked.amount]).toEqual([...whole.amount]);
    }
    for (const [from, to] of recordChunks(text, 10)) expect(text.slice(from, to).split('"').length % 2).toBe(1);
  });

  it('sniffs the delimiter and finds no header in a file of numbers only', () => {
    expect(sniffDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(sniffDelimiter('a|b\n1|2\n')).toBe('|');
    expect(sniffDelimiter('plain text with no structure at all\n')).toBe('whitespace');
    expect(sniffDelimiter('one\ntwo\n')).toBeNull();
    expect(inspect('1,2024-01-01,3\n2,2024-01-02,4\n').header).toBe(false);
  });

  it('reports progress and stops at a checkpoint that throws', async () => {
    const fractions: number[] = [];
    const log = await parseLogAsync(basic, { chunkCharacters: 20 }, { onProgress: (f) => fractions.push(f) });
    expect(log.kept).toBe(4);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.at(-1)).toBe(1);
    await failsAsync('cancelled', () =>
      parseLogAsync(basic, { chunkCharacters: 20 }, {
        checkpoint: () => {
          throw new ImportError('cancelled');
        },
      }),
    );
  });

  it('marks duplicates in buckets of any size', () => {
    const n = 100;
    const customer = new Int32Array(n).fill(0);
    const day = Int32Array.from({ length: n }, (_, i) => i % 10);
    const amount = new Float64Array(n).fill(1);
    expect(markDuplicates(1, customer, day, amount).reduce((a, b) => a + b, 0)).toBe(90);
  });
});

describe('the whole import', () => {
  it('the CDNOW sample, calibration to 1997-09-30 and holdout to 1998-06-30: the published BG/NBD and its checks', async () => {
    const r = await runImport(cdnowSample, { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30' });
    expect(r.customers).toBe(2357);
    expect(r.rfm.x).toHaveLength(2357);
    const bg = r.fits.bgnbd!.fit.params;
    expect(bg.r).toBeCloseTo(0.243, 3);
    expect(bg.alpha).toBeCloseTo(4.414, 2);
    expect(bg.a).toBeCloseTo(0.793, 2);
    expect(bg.b).toBeCloseTo(2.426, 2);
    expect(r.fits.paretonbd!.fit.params.r).toBeCloseTo(0.553, 2);
    expect(r.fits.gammagamma!.fit.params.p).toBeCloseTo(6.25, 2);
    expect(r.holdout!.duration).toBeCloseTo(39, 0);
    // Fader, Hardie & Lee's Figure 4: those with no repeat purchase in calibration average about 0.24 in the holdout.
    expect(r.holdout!.byFrequency[0].actual).toBeCloseTo(r.holdout!.byFrequency[0].expected, 1);
    expect(r.frequencyCheck![0].actual).toBe(1411);
    expect(Math.abs(r.frequencyCheck![0].expected - 1411) / 1411).toBeLessThan(0.02);
    const f = r.forecast!;
    expect(f.model).toBe('bgnbd');
    expect(f.value).toHaveLength(2357);
    expect(f.value.every(Number.isFinite)).toBe(true);
    expect(f.pAlive.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(r.concentration!.tiers.map((t) => t.name)).toEqual(['vip', 'large', 'medium', 'small']);
    expect(r.concentration!.lorenz).toHaveLength(201);
  });

  it('one customer: the summary and the pyramid, the fits skipped with the reason', async () => {
    const r = await runImport(csv(['customer,date,amount', 'a,2024-01-05,10', 'a,2024-02-05,12', 'a,2024-03-05,9']));
    expect(r.customers).toBe(1);
    expect(r.rfm.x[0]).toBe(2);
    expect(r.fits).toEqual({ bgnbd: undefined, paretonbd: undefined, gammagamma: undefined });
    expect(r.skipped.map((s) => s.reason)).toEqual(['too-few-customers', 'too-few-customers', 'no-repeat-buyers']);
    expect(r.forecast).toBeUndefined();
    expect(r.concentration!.gini).toBe(0);
  });

  it('no amounts at all: the models of purchase counts still fit; spend, value and the pyramid are left out', async () => {
    const r = await runImport(cdnowSample, { observationEnd: '1997-09-30', parse: { columns: { customer: 1, date: 2, amount: null } } });
    expect(r.fits.bgnbd!.fit.params.r).toBeCloseTo(0.243, 3);
    expect(r.fits.gammagamma).toBeUndefined();
    expect(r.skipped).toEqual([{ model: 'gammagamma', reason: 'no-repeat-buyers' }]);
    expect(r.forecast!.purchases).toHaveLength(2357);
    expect(r.forecast!.value).toHaveLength(0);
    expect(r.concentration).toBeUndefined();
  });

  it('an observation end before the first purchase, and bad options', async () => {
    await failsAsync('nothing-before-end', () => runImport(basic, { observationEnd: '2023-12-31' }));
    await failsAsync('bad-option', () => runImport(basic, { observationEnd: '31/12/2023' }));
    await failsAsync('bad-option', () => runImport(basic, { calibrationEnd: '2025-01-01' }));
    await failsAsync('bad-option', () => runImport(basic, { months: 0 }));
    await failsAsync('bad-option', () => runImport(basic, { unit: 'years' as never }));
  });
});

describe('the worker’s message protocol', () => {
  function fakeScope() {
    const posted: WorkerResponse[] = [];
    const scope: WorkerScope = { postMessage: (m) => posted.push(m), onmessage: null };
    serve(scope, () => new Promise((r) => setTimeout(r, 0)));
    const send = (m: WorkerRequest) => scope.onmessage!({ data: m } as MessageEvent<WorkerRequest>);
    return { posted, send };
  }

  it('answers an import with progress, then the result', async () => {
    const { posted, send } = fakeScope();
    await send({ type: 'import', id: 7, file: utf8(cdnowSample).buffer as ArrayBuffer, options: {} });
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every((m) => m.id === 7)).toBe(true);
    const last = posted.at(-1)!;
    expect(last.type).toBe('result');
    if (last.type === 'result') expect(last.result.customers).toBe(2357);
  });

  it('stops at the next checkpoint when cancelled, and reports bad files as codes', async () => {
    const { posted, send } = fakeScope();
    const running = send({ type: 'import', id: 8, file: cdnowSample, options: {} });
    send({ type: 'cancel', id: 8 });
    await running;
    expect(posted.at(-1)).toMatchObject({ type: 'error', id: 8, error: { code: 'cancelled' } });
    await send({ type: 'import', id: 9, file: '', options: {} });
    expect(posted.at(-1)).toMatchObject({ type: 'error', id: 9, error: { code: 'empty' } });
  });
});
