/**
 * A transaction file in, a transaction log out: the pure part of the import
 * worker. Delimited text is split by d3-dsv (RFC 4180 quoting, CRLF or LF);
 * the whitespace-aligned columns CDNOW ships in have no quoting and are split
 * on runs of spaces. Nothing here touches the DOM or the network.
 *
 * A bad row never stops the import: it is counted, the first few are kept with
 * their row numbers (as a spreadsheet numbers them, the header being row 1),
 * and the rest of the file is read. Whole-file problems (empty, binary, one
 * column, a missing column, no usable rows) raise an ImportError with a code
 * the page turns into words (messages.ts).
 */
import { dsvFormat } from 'd3-dsv';
import { guessDateFormat, guessDecimal, parseAmount, parseDate, type DateFormat, type DateGuess, type DecimalMark } from './formats';

export type Delimiter = ',' | '\t' | ';' | '|' | 'whitespace';
export const DELIMITERS: readonly Delimiter[] = [',', '\t', ';', '|', 'whitespace'];

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'spreadsheet'
  | 'too-large'
  | 'one-column'
  | 'missing-column'
  | 'no-rows'
  | 'no-valid-rows'
  | 'no-dates'
  | 'nothing-before-end'
  | 'bad-option'
  | 'cancelled';

/** A problem with the whole file: a code for the page's message and the facts it needs. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly detail: Record<string, string | number>;
  constructor(code: ImportErrorCode, detail: Record<string, string | number> = {}) {
    super(`${code}${Object.keys(detail).length ? ` ${JSON.stringify(detail)}` : ''}`);
    this.name = 'ImportError';
    this.code = code;
    this.detail = detail;
  }
}

/** Largest file read, in characters (about as many bytes for CSV). */
export const MAX_CHARACTERS = 600_000_000;
/** Problems kept with their row numbers; the rest are only counted. */
export const PROBLEMS_SHOWN = 5;

// ── Text ────────────────────────────────────────────────────────────────────

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

/** File signatures of formats that are not text: a spreadsheet saved as .xlsx or .xls, a PDF, an image, an archive. */
const SIGNATURES: [number[], 'spreadsheet' | 'binary'][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'spreadsheet'], // zip: .xlsx, .ods
  [[0xd0, 0xcf, 0x11, 0xe0], 'spreadsheet'], // OLE: .xls
  [[0x25, 0x50, 0x44, 0x46], 'binary'], // %PDF
  [[0x89, 0x50, 0x4e, 0x47], 'binary'], // PNG
  [[0xff, 0xd8, 0xff], 'binary'], // JPEG
  [[0x1f, 0x8b], 'binary'], // gzip
];

/**
 * The text of a file's bytes: UTF-8 or UTF-16 by their byte-order mark; else
 * UTF-8 if the bytes are valid UTF-8, else GB18030 (what Chinese Excel saves
 * CSV as), else Windows-1252. A byte-order mark is dropped.
 */
export function decode(input: string | ArrayBuffer | Uint8Array, maxCharacters = MAX_CHARACTERS): { text: string; encoding: Encoding } {
  if (typeof input === 'string') {
    if (input.length > maxCharacters) throw new ImportError('too-large', { characters: input.length, limit: maxCharacters });
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf-8' };
  }
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length === 0) throw new ImportError('empty');
  if (bytes.length > maxCharacters * 2) throw new ImportError('too-large', { bytes: bytes.length, limit: maxCharacters });
  for (const [signature, code] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) throw new ImportError(code);
  }
  let encoding: Encoding;
  let offset = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, offset] = ['utf-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, offset] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, offset] = ['utf-16be', 2];
  else encoding = 'utf-8';
  const body = bytes.subarray(offset);
  if (encoding === 'utf-8' && offset === 0) {
    // NUL bytes in the first 64 KB mean binary (text in UTF-16 without a mark is not supported).
    const head = body.subarray(0, 65536);
    if (head.includes(0)) throw new ImportError('binary');
    for (const candidate of ['utf-8', 'gb18030'] as const) {
      try {
        const text = new TextDecoder(candidate, { fatal: true }).decode(body);
        if (text.length > maxCharacters) throw new ImportError('too-large', { characters: text.length, limit: maxCharacters });
        return { text, encoding: candidate };
      } catch (e) {
        if (e instanceof ImportError) throw e;
      }
    }
    encoding = 'windows-1252';
  }
  const text = new TextDecoder(encoding).decode(body);
  if (text.length > maxCharacters) throw new ImportError('too-large', { characters: text.length, limit: maxCharacters });
  return { text, encoding };
}

/** True when text has NULs or many control or replacement characters: a binary file read as text. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 65536);
  if (head.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) odd++;
  }
  return odd / head.length > 0.02;
}

// ── Records ─────────────────────────────────────────────────────────────────

/**
 * Splits text into pieces of about `size` characters that end at a record
 * boundary: a line break outside quotes. With RFC 4180 quoting ("" inside a
 * quoted field) a line break is outside quotes exactly when the quotes before
 * it are even in number.
 */
export function* recordChunks(text: string, size: number): Generator<[number, number]> {
  let start = 0;
  let quotes = 0; // parity of quotes in text[0, scanned)
  let scanned = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    for (;;) {
      const nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length : nl + 1;
      for (let q = text.indexOf('"', scanned); q >= 0 && q < end; q = text.indexOf('"', q + 1)) quotes ^= 1;
      scanned = end;
      if (quotes === 0 || end === text.length) break;
    }
    yield [start, end];
    start = end;
  }
}

const WHITESPACE = /\s+/;

/** Calls `each` with every record of the text, in order. */
function eachRow(text: string, delimiter: Delimiter, each: (row: string[]) => void): void {
  if (delimiter === 'whitespace') {
    for (const row of rowsOf(text, delimiter)) each(row);
    return;
  }
  // With a row function d3-dsv hands over each record and keeps none: no array of a million rows to collect.
  dsvFormat(delimiter).parseRows(text, (row) => {
    each(row);
    return null;
  });
}

function rowsOf(text: string, delimiter: Delimiter): string[][] {
  if (delimiter === 'whitespace') {
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop(); // the break that ends the last line starts no new one
    return lines.map((line) => {
      const t = line.trim();
      return t === '' ? [''] : t.split(WHITESPACE);
    });
  }
  const rows = dsvFormat(delimiter).parseRows(text);
  // d3-dsv keeps a final empty record after a trailing line break only sometimes; blank records are skipped later.
  return rows;
}

const isBlank = (row: string[]) => row.length === 0 || (row.length === 1 && row[0].trim() === '');

// ── Inspecting a file ───────────────────────────────────────────────────────

export interface ColumnChoice {
  customer: number;
  date: number;
  /** The amount column, or null for a file without amounts (spend is then 0). */
  amount: number | null;
}

export interface Inspection {
  delimiter: Delimiter;
  /** Whether the first record is a header. */
  header: boolean;
  /** Column names: the header's, or "1", "2", … */
  names: string[];
  /** The first data records, for a preview. */
  preview: string[][];
  /** The columns guessed for customer, date and amount (null when no date column was found). */
  columns: ColumnChoice | null;
  dateFormat: DateGuess | null;
  decimal: DecimalMark;
}

const SAMPLE_CHARACTERS = 200_000;
const PREVIEW_ROWS = 10;

const CUSTOMER_NAMES = /customer|cust|client|user|member|buyer|shopper|account|客户|顾客|会员|用户|买家|卡号/i;
const ID_NAMES = /^(id|no|number|code|编号|代码)$|[_ ]id$|id$/i;
const DATE_NAMES = /date|time|day|timestamp|日期|时间|下单|交易日/i;
const AMOUNT_NAMES = /amount|value|revenue|sales|spend|spent|price|total|sum|paid|dollar|money|金额|销售额|消费|收入|实付|总价|价格/i;

/** The delimiter whose split gives the most consistent number of fields (at least two) over the sample. */
export function sniffDelimiter(sample: string): Delimiter | null {
  let best: { d: Delimiter; score: number; fields: number } | null = null;
  for (const d of DELIMITERS) {
    const rows = rowsOf(sample, d).filter((r) => !isBlank(r));
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [fields, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (fields < 2) continue;
    const score = n / rows.length;
    // Whitespace only when no real delimiter fits: a date with a time has a space in it.
    if (d === 'whitespace' && best) continue;
    if (!best || score > best.score + 1e-9) best = { d, score, fields };
  }
  return best && best.score >= 0.6 ? best.d : null;
}

/** A cell that reads as a number with either decimal mark. */
const numeric = (s: string) => parseAmount(s, '.') !== null || parseAmount(s, ',') !== null;
/** Columns whose values read as dates (or numbers) this often are taken for date (or amount) columns. */
const TYPED_SHARE = 0.5;

/** Looks at the start of a file: delimiter, header, column names, a preview and the guessed columns and formats. */
export function inspect(text: string, options: { delimiter?: Delimiter; dateOrder?: 'dmy' | 'mdy' } = {}): Inspection {
  if (text.trim() === '') throw new ImportError('empty');
  if (looksBinary(text)) throw new ImportError('binary');
  let sampleEnd = Math.min(text.length, SAMPLE_CHARACTERS);
  for (const [, end] of recordChunks(text, SAMPLE_CHARACTERS)) {
    sampleEnd = end;
    break;
  }
  const sample = text.slice(0, sampleEnd);
  const delimiter = options.delimiter ?? sniffDelimiter(sample);
  if (!delimiter) throw new ImportError('one-column');
  const rows = rowsOf(sample, delimiter).filter((r) => !isBlank(r));
  if (rows.length === 0) throw new ImportError('empty');
  const width = Math.max(...rows.slice(0, 50).map((r) => r.length));
  if (width < 2) throw new ImportError('one-column');

  const first = rows[0];
  const body = rows.slice(1, 201);
  const typed = (v: string) => numeric(v) || guessDateFormat([v]) !== null;
  // A lone record with no date in it is a header over nothing.
  if (body.length === 0 && !first.some((cell) => guessDateFormat([cell]) !== null)) throw new ImportError('no-rows');
  // A header: in every column whose records below mostly read as numbers or dates, the first record's cell
  // does not; or, where no column below reads so, its cells name a customer, a date or an amount.
  // (A first data row with one bad date is not a header: its amount still reads.)
  const typedColumns = first
    .map((_, c) => body.map((r) => r[c] ?? '').filter((v) => v.trim() !== ''))
    .map((below, c) => (below.length > 0 && below.filter(typed).length > below.length * TYPED_SHARE ? c : -1))
    .filter((c) => c >= 0);
  const named = first.some((cell) => !typed(cell) && [CUSTOMER_NAMES, DATE_NAMES, AMOUNT_NAMES].some((re) => re.test(cell.trim())));
  const header =
    body.length > 0 &&
    (typedColumns.length > 0 ? typedColumns.every((c) => !typed(first[c] ?? '')) : named && !first.some((cell) => guessDateFormat([cell]) !== null));
  const data = header ? rows.slice(1) : rows;
  const names = Array.from({ length: width }, (_, c) => (header ? (first[c] ?? '').trim() : '') || String(c + 1));
  const sampleRows = data.slice(0, 200);
  const columns = guessColumns(names, header, sampleRows, options.dateOrder);
  const dateFormat = columns ? guessDateFormat(sampleRows.map((r) => r[columns.date] ?? ''), options.dateOrder) : null;
  const decimal = guessDecimal(columns?.amount != null ? sampleRows.map((r) => r[columns.amount!] ?? '') : []);
  return { delimiter, header, names, preview: data.slice(0, PREVIEW_ROWS), columns, dateFormat, decimal };
}

/** Customer, date and amount columns: by header names first, then by what the values look like. */
function guessColumns(names: string[], header: boolean, rows: string[][], dateOrder?: 'dmy' | 'mdy'): ColumnChoice | null {
  const width = names.length;
  const values = (c: number) => rows.map((r) => r[c] ?? '').filter((v) => v.trim() !== '');
  const share = (c: number, test: (v: string) => boolean) => {
    const v = values(c);
    return v.length === 0 ? 0 : v.filter(test).length / v.length;
  };
  const byName = (re: RegExp, except: number[]) => (header ? names.findIndex((n, c) => !except.includes(c) && re.test(n)) : -1);

  // The date: a named column whose values read as dates, else the column read best as dates (a serial count only if nothing else reads).
  let date = byName(DATE_NAMES, []);
  if (date >= 0 && (guessDateFormat(values(date), dateOrder)?.share ?? 0) < TYPED_SHARE) date = -1;
  if (date < 0) {
    let best = 0;
    for (let c = 0; c < width; c++) {
      const g = guessDateFormat(values(c), dateOrder);
      if (!g || g.share < TYPED_SHARE) continue;
      const score = g.share - (g.format === 'serial' ? 0.5 : 0);
      if (score > best) [best, date] = [score, c];
    }
  }
  if (date < 0) return null;

  let customer = byName(CUSTOMER_NAMES, [date]);
  if (customer < 0) customer = byName(ID_NAMES, [date]);
  let amount = byName(AMOUNT_NAMES, [date, customer]);
  if (amount >= 0 && share(amount, numeric) < TYPED_SHARE) amount = -1;
  if (amount < 0) {
    // The numeric column with the most values that have a fractional part; ties go to the later column.
    let best = -1;
    for (let c = 0; c < width; c++) {
      if (c === date || c === customer || share(c, numeric) < 0.8) continue;
      const fractional = share(c, (v) => /[.,]\d{1,2}\s*$/.test(v.trim()));
      if (fractional >= best) [best, amount] = [fractional, c];
    }
  }
  if (customer < 0) {
    customer = [...Array(width).keys()].find((c) => c !== date && c !== amount) ?? -1;
  }
  if (customer < 0) return null;
  return { customer, date, amount: amount >= 0 ? amount : null };
}

// ── Reading the rows ────────────────────────────────────────────────────────

export type ProblemKind = 'fields' | 'customer' | 'date' | 'amount' | 'refund';

export interface Problem {
  /** The record's number as a spreadsheet numbers rows (the header, if any, is row 1). */
  row: number;
  kind: ProblemKind;
  /** The column's name, or '' for a record with too few fields. */
  column: string;
  /** What the cell held (at most 60 characters). */
  value: string;
}

export interface Problems {
  /** Records skipped, in all. */
  count: number;
  byKind: Record<ProblemKind, number>;
  /** The first PROBLEMS_SHOWN of them. */
  first: Problem[];
}

export interface ParseOptions {
  delimiter?: Delimiter;
  header?: boolean;
  columns?: ColumnChoice;
  dateFormat?: DateFormat;
  decimal?: DecimalMark;
  /** Day-first or month-first when a date like 03/05/2024 could be either. Default day-first. */
  dateOrder?: 'dmy' | 'mdy';
  /** Negative amounts: 'net' keeps them (a refund lowers that day's spend), 'drop' leaves them out, 'reject' reports them as bad rows. Default 'net'. */
  refunds?: 'net' | 'drop' | 'reject';
  /** Rows identical in customer, date and amount: 'keep' (default) or 'drop' all but the first. */
  duplicates?: 'keep' | 'drop';
  /** Characters read between progress reports and cancellation checks. Default 1,000,000. */
  chunkCharacters?: number;
}

export interface ParsedLog {
  /** Customer ids in order of first appearance; the log's customer numbers index them. */
  ids: string[];
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** Data records read (blank lines not counted) and kept. */
  records: number;
  kept: number;
  problems: Problems;
  /** Negative amounts seen (kept, dropped or reported, as the option says), and exact duplicate rows. */
  refunds: number;
  duplicates: number;
  inspection: Inspection;
  options: Required<Pick<ParseOptions, 'delimiter' | 'header' | 'columns' | 'dateFormat' | 'decimal' | 'refunds' | 'duplicates'>>;
}

function settle(text: string, options: ParseOptions) {
  const inspection = inspect(text, { delimiter: options.delimiter, dateOrder: options.dateOrder });
  const delimiter = options.delimiter ?? inspection.delimiter;
  const header = options.header ?? inspection.header;
  const columns = options.columns ?? inspection.columns;
  if (!columns) throw new ImportError('no-dates');
  const width = inspection.names.length;
  for (const key of ['customer', 'date', 'amount'] as const) {
    const c = columns[key];
    if (c === null && key === 'amount') continue;
    if (!Number.isInteger(c) || (c as number) < 0 || (c as number) >= width) throw new ImportError('missing-column', { column: key, index: String(c), columns: width });
  }
  const dateFormat = options.dateFormat ?? inspection.dateFormat?.format ?? guessDateFormat([], options.dateOrder)?.format;
  if (!dateFormat) throw new ImportError('no-dates');
  const decimal = options.decimal ?? inspection.decimal;
  const refunds = options.refunds ?? 'net';
  const duplicates = options.duplicates ?? 'keep';
  if (!['net', 'drop', 'reject'].includes(refunds)) throw new ImportError('bad-option', { option: 'refunds' });
  if (!['keep', 'drop'].includes(duplicates)) throw new ImportError('bad-option', { option: 'duplicates' });
  return { inspection, delimiter, header, columns, dateFormat, decimal, refunds, duplicates };
}

type Settled = ReturnType<typeof settle>;

/** Collects records into the log's columns; one instance per file. */
class LogBuilder {
  private readonly index = new Map<string, number>();
  readonly ids: string[] = [];
  private customer: Int32Array;
  private day: Int32Array;
  private amount: Float64Array;
  private size = 0;
  records = 0;
  refunds = 0;
  readonly problems: Problems = { count: 0, byKind: { fields: 0, customer: 0, date: 0, amount: 0, refund: 0 }, first: [] };
  private rowNumber = 0;
  private headerSkipped: boolean;

  constructor(
    private readonly s: Settled,
    capacity: number,
  ) {
    this.customer = new Int32Array(Math.max(16, capacity));
    this.day = new Int32Array(Math.max(16, capacity));
    this.amount = new Float64Array(Math.max(16, capacity));
    this.headerSkipped = !s.header;
  }

  private problem(kind: ProblemKind, column: number | null, value: string) {
    this.problems.count++;
    this.problems.byKind[kind]++;
    if (this.problems.first.length < PROBLEMS_SHOWN) {
      this.problems.first.push({ row: this.rowNumber, kind, column: column === null ? '' : this.s.inspection.names[column] ?? String(column + 1), value: value.slice(0, 60) });
    }
  }

  private grow() {
    const n = this.customer.length * 2;
    const c = new Int32Array(n);
    c.set(this.customer);
    const d = new Int32Array(n);
    d.set(this.day);
    const a = new Float64Array(n);
    a.set(this.amount);
    [this.customer, this.day, this.amount] = [c, d, a];
  }

  /** Reads one record. */
  readonly add = (row: string[]): void => {
    const { columns, dateFormat, decimal, refunds } = this.s;
    const need = Math.max(columns.customer, columns.date, columns.amount ?? 0);
    {
      this.rowNumber++;
      if (isBlank(row)) return;
      if (!this.headerSkipped) {
        this.headerSkipped = true;
        return;
      }
      this.records++;
      if (row.length <= need) {
        this.problem('fields', null, row.join(this.s.delimiter === 'whitespace' ? ' ' : this.s.delimiter));
        return;
      }
      const raw = row[columns.customer];
      const id = raw.length > 0 && raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32 ? raw : raw.trim();
      if (id === '') {
        this.problem('customer', columns.customer, row[columns.customer]);
        return;
      }
      const d = parseDate(row[columns.date], dateFormat);
      if (d === null) {
        this.problem('date', columns.date, row[columns.date]);
        return;
      }
      let value = 0;
      if (columns.amount !== null) {
        const v = parseAmount(row[columns.amount], decimal);
        if (v === null) {
          this.problem('amount', columns.amount, row[columns.amount]);
          return;
        }
        value = v;
        if (v < 0) {
          this.refunds++;
          if (refunds === 'reject') {
            this.problem('refund', columns.amount, row[columns.amount]);
            return;
          }
          if (refunds === 'drop') return;
        }
      }
      let c = this.index.get(id);
      if (c === undefined) {
        c = this.ids.length;
        this.ids.push(id);
        this.index.set(id, c);
      }
      if (this.size === this.customer.length) this.grow();
      this.customer[this.size] = c;
      this.day[this.size] = d;
      this.amount[this.size] = value;
      this.size++;
    }
  };

  finish(): ParsedLog {
    if (this.records === 0) throw new ImportError('no-rows');
    if (this.size === 0) throw new ImportError('no-valid-rows', { records: this.records, problems: this.problems.count });
    let customer = this.customer.subarray(0, this.size);
    let day = this.day.subarray(0, this.size);
    let amount = this.amount.subarray(0, this.size);
    const repeated = markDuplicates(this.ids.length, customer, day, amount);
    let duplicates = 0;
    for (let i = 0; i < repeated.length; i++) duplicates += repeated[i];
    if (this.s.duplicates === 'drop' && duplicates > 0) {
      const keep = this.size - duplicates;
      const [c, d, a] = [new Int32Array(keep), new Int32Array(keep), new Float64Array(keep)];
      for (let i = 0, j = 0; i < this.size; i++) {
        if (repeated[i]) continue;
        [c[j], d[j], a[j]] = [customer[i], day[i], amount[i]];
        j++;
      }
      [customer, day, amount] = [c, d, a];
    }
    const { delimiter, header, columns, dateFormat, decimal, refunds } = this.s;
    return {
      ids: this.ids,
      customer: customer.slice(),
      day: day.slice(),
      amount: amount.slice(),
      records: this.records,
      kept: customer.length,
      problems: this.problems,
      refunds: this.refunds,
      duplicates,
      inspection: this.s.inspection,
      options: { delimiter, header, columns, dateFormat, decimal, refunds, duplicates: this.s.duplicates },
    };
  }
}

/**
 * Marks every transaction that repeats an earlier one exactly (same customer,
 * day and amount): 1 for the second and later copies. Customers are bucketed
 * (a counting sort) and each bucket sorted by day and amount, so the cost is
 * linear in the rows for the usual handful of purchases a customer.
 */
export function markDuplicates(customers: number, customer: Int32Array, day: Int32Array, amount: Float64Array): Uint8Array {
  const n = customer.length;
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) start[customer[i] + 1]++;
  for (let c = 0; c < customers; c++) start[c + 1] += start[c];
  const next = start.slice(0, customers);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[customer[i]]++] = i;
  const mark = new Uint8Array(n);
  const before = (i: number, j: number) => day[i] - day[j] || amount[i] - amount[j] || i - j;
  for (let c = 0; c < customers; c++) {
    const from = start[c];
    const to = start[c + 1];
    if (to - from < 2) continue;
    const bucket = order.subarray(from, to);
    if (to - from <= 16) {
      for (let k = 1; k < bucket.length; k++) {
        const v = bucket[k];
        let m = k - 1;
        while (m >= 0 && before(bucket[m], v) > 0) {
          bucket[m + 1] = bucket[m];
          m--;
        }
        bucket[m + 1] = v;
      }
    } else bucket.sort(before);
    for (let k = 1; k < bucket.length; k++) {
      if (day[bucket[k]] === day[bucket[k - 1]] && amount[bucket[k]] === amount[bucket[k - 1]]) mark[bucket[k]] = 1;
    }
  }
  return mark;
}

/** Rows of a file, estimated from its line breaks (to size the columns once). */
function estimateRows(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Reads a whole file at once. */
export function parseLog(text: string, options: ParseOptions = {}): ParsedLog {
  const settled = settle(text, options);
  const builder = new LogBuilder(settled, estimateRows(text));
  const size = options.chunkCharacters ?? 1_000_000;
  for (const [from, to] of recordChunks(text, size)) eachRow(text.slice(from, to), settled.delimiter, builder.add);
  return builder.finish();
}

export interface ParseHooks {
  /** Called after each chunk with the share of the text read. */
  onProgress?: (fraction: number) => void;
  /** Awaited between chunks: a worker yields here so that a cancel message can arrive; throw to stop. */
  checkpoint?: () => Promise<void> | void;
}

/** Reads a file chunk by chunk, reporting progress and awaiting `checkpoint` between chunks. */
export async function parseLogAsync(text: string, options: ParseOptions = {}, hooks: ParseHooks = {}): Promise<ParsedLog> {
  const settled = settle(text, options);
  const builder = new LogBuilder(settled, estimateRows(text));
  const size = options.chunkCharacters ?? 1_000_000;
  for (const [from, to] of recordChunks(text, size)) {
    eachRow(text.slice(from, to), settled.delimiter, builder.add);
    hooks.onProgress?.(to / text.length);
    await hooks.checkpoint?.();
  }
  return builder.finish();
}
