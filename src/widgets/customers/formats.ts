/**
 * Reading the dates and amounts of a transaction file as spreadsheets and
 * shop systems export them. Pure functions, no DOM: they run in the import
 * worker and in tests.
 */
import { dayNumber, RFM_LIMITS } from '$core';

/**
 * The date layouts understood:
 * - `ymd`: 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日
 * - `dmy`: 05/03/2024, 5.3.2024, 05-03-24
 * - `mdy`: 03/05/2024, 3/5/24
 * - `compact`: 20240305
 * - `serial`: a spreadsheet's day count (1 = 1900-01-01 in Excel's 1900 system; 45356 = 2024-03-05)
 * Any of them may carry a time after a space or a `T` (2024-03-05T14:30:00Z); only the day is kept.
 */
export type DateFormat = 'ymd' | 'dmy' | 'mdy' | 'compact' | 'serial';
export const DATE_FORMATS: readonly DateFormat[] = ['ymd', 'compact', 'dmy', 'mdy', 'serial'];

/** Serial day numbers accepted: 1954-10-03 to 2119-01-08, so that ids and counts are not read as dates. */
const SERIAL_RANGE = [20_000, 80_000];
/** Day 0 of the spreadsheet serial count, 1899-12-30, as a day number. */
const SERIAL_EPOCH = dayNumber(1899, 12, 30);

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/;
const DMY = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?:[ T].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/** Days in a month of a year (Gregorian). */
function daysIn(y: number, m: number): number {
  return m === 12 ? dayNumber(y + 1, 1, 1) - dayNumber(y, 12, 1) : dayNumber(y, m + 1, 1) - dayNumber(y, m, 1);
}

function civil(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  const n = dayNumber(y, m, d);
  return n < RFM_LIMITS.firstDay || n > RFM_LIMITS.lastDay ? null : n;
}

/** Two-digit years as POSIX strptime reads them: 69–99 → 1969–1999, 00–68 → 2000–2068. */
const fullYear = (text: string) => (text.length === 4 ? Number(text) : Number(text) + (Number(text) >= 69 ? 1900 : 2000));

/** The day number of a date written in `format`, or null if it is not one. */
export function parseDate(text: string, format: DateFormat): number | null {
  const s = text.trim();
  if (s === '') return null;
  // The fast path for the most common layout: YYYY-MM-DD, with or without a time.
  if (format === 'ymd' && s.length >= 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && (s.length === 10 || s[10] === ' ' || s[10] === 'T')) {
    const y = digits(s, 0, 4);
    const m = digits(s, 5, 7);
    const d = digits(s, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return civil(y, m, d);
  }
  let match: RegExpExecArray | null;
  switch (format) {
    case 'ymd':
      match = YMD.exec(s);
      return match ? civil(Number(match[1]), Number(match[2]), Number(match[3])) : null;
    case 'dmy':
    case 'mdy': {
      match = DMY.exec(s);
      if (!match) return null;
      const [first, second] = [Number(match[1]), Number(match[2])];
      const y = fullYear(match[3]);
      return format === 'dmy' ? civil(y, second, first) : civil(y, first, second);
    }
    case 'compact':
      match = COMPACT.exec(s);
      return match ? civil(Number(match[1]), Number(match[2]), Number(match[3])) : null;
    case 'serial': {
      if (!SERIAL.test(s)) return null;
      const serial = Math.floor(Number(s));
      return serial >= SERIAL_RANGE[0] && serial <= SERIAL_RANGE[1] ? SERIAL_EPOCH + serial : null;
    }
  }
}

/** The number written by the ASCII digits s[from..to), or −1. */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

export interface DateGuess {
  format: DateFormat;
  /** Other layouts that read every sample just as well (day-first against month-first). */
  alternatives: DateFormat[];
  /** Share of the non-empty samples the chosen layout reads. */
  share: number;
}

/**
 * The layout that reads the most samples; ties between day-first and
 * month-first (every day ≤ 12) go to `prefer` and are reported as
 * alternatives, for the learner to confirm.
 */
export function guessDateFormat(samples: readonly string[], prefer: 'dmy' | 'mdy' = 'dmy'): DateGuess | null {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (values.length === 0) return null;
  const scores = DATE_FORMATS.map((format) => ({ format, read: values.filter((v) => parseDate(v, format) !== null).length }));
  const best = Math.max(...scores.map((s) => s.read));
  if (best === 0) return null;
  const top = scores.filter((s) => s.read === best).map((s) => s.format);
  const format = top.includes(prefer) ? prefer : top[0];
  return { format, alternatives: top.filter((f) => f !== format), share: best / values.length };
}

export type DecimalMark = '.' | ',';

const CURRENCY = /[\s$€£¥￥₹₩₽\u00a0\u202f']|USD|EUR|GBP|CNY|RMB|JPY|元|円/gi;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * An amount as a number, or null: currency signs and codes, spaces and
 * apostrophes are dropped; (12.50) and 12.50- are negative; with `decimal`
 * ',' the comma is the decimal mark and dots group thousands, with '.' the
 * other way round.
 */
export function parseAmount(text: string, decimal: DecimalMark): number | null {
  let s = text.trim();
  if (s === '') return null;
  if (PLAIN.test(s) && (decimal === '.' || !s.includes('.'))) return Number(s);
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY, '');
  if (s.endsWith('-')) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  s = decimal === ',' ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  if (!PLAIN.test(s) || s.startsWith('-') || s.startsWith('+')) return null;
  const v = Number(s);
  return Number.isFinite(v) ? (negative ? -v : v) : null;
}

/**
 * The decimal mark the samples use: a comma followed by one, two or more than
 * three digits at the end, or a comma after the last dot, means ','.
 */
export function guessDecimal(samples: readonly string[]): DecimalMark {
  let comma = 0;
  let dot = 0;
  for (const raw of samples) {
    const s = raw.trim();
    const lastComma = s.lastIndexOf(',');
    const lastDot = s.lastIndexOf('.');
    if (lastComma < 0 && lastDot < 0) continue;
    if (lastComma > lastDot) {
      const after = s.slice(lastComma + 1).replace(/\D.*$/, '').length;
      if (lastDot >= 0 || after !== 3) comma++;
      else dot++; // 1,234: a thousands comma
    } else dot++;
  }
  return comma > dot ? ',' : '.';
}
