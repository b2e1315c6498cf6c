/**
 * From a transaction log to what the customer-base models read: each
 * customer's frequency x (repeat purchases), recency tₓ (time from the first
 * purchase to the last) and age T (time from the first purchase to the end of
 * observation), with the mean value of the repeat purchases; and a split of
 * the log into a calibration period and a holdout period.
 *
 * Source: the sufficient statistics of P. S. Fader, B. G. S. Hardie & K. L. Lee
 * (2005), "Counting your customers the easy way: an alternative to the
 * Pareto/NBD model", Marketing Science 24(2), computed as the Python library
 * `lifetimes` 0.11.3 computes them (`summary_data_from_transaction_data` and
 * `calibration_and_holdout_data` in lifetimes/utils.py), so that the same log
 * gives the same numbers and the same fitted parameters:
 *
 * - Every date is moved to the start of its period (a day; a week from Monday
 *   to Sunday, as pandas' weekly periods; a calendar month), and so is the
 *   observation end. Purchases in one period by one customer count as one
 *   purchase, with their values added up.
 * - A purchase whose period starts after the start of the observation end's
 *   period is left out (so with weeks, a purchase later in the end's week
 *   still counts, as in `lifetimes`).
 * - x = distinct periods − 1; tₓ = last period − first; T = end − first;
 *   times are days between period starts divided by the length of the unit
 *   (1, 7 or 30.436875 days: the average Gregorian month, which is what
 *   numpy's month is when pandas divides by it).
 * - Mean repeat spend: the mean of the period totals after the first; 0 when
 *   x = 0.
 * - Calibration and holdout: the calibration summary takes purchases dated on
 *   or before the calibration end; the holdout counts, for each customer of
 *   the calibration summary, the distinct periods with purchases after the
 *   calibration end and up to the observation end, with the mean value of
 *   those purchases (each purchase, not each period); its length is the number
 *   of periods between the two ends, in the unit.
 *
 * Dates are whole days, numbered from 1970-01-01 (`dayNumber`); times of day
 * play no part. Customers are numbered 0…n−1 (a parser maps ids to numbers).
 */
import { atLeast, finite, InvalidInputError, wholeNumber } from './validate';

export type Period = 'day' | 'week' | 'month';
export type TimeUnit = 'days' | 'weeks' | 'months';

/** Days in one unit of time: a day, a week, and the average Gregorian month (365.2425/12 days). */
export const UNIT_DAYS: Readonly<Record<TimeUnit, number>> = { days: 1, weeks: 7, months: 30.436875 };

/** The range of dates accepted: 1900-01-01 to 2199-12-31, as day numbers. */
export const RFM_LIMITS = {
  firstDay: -25567,
  lastDay: 84005,
  /** Most transactions in one log. */
  maxTransactions: 20_000_000,
} as const;

/** Days from 1970-01-01 to the given calendar date (proleptic Gregorian). */
export function dayNumber(year: number, month: number, day: number): number {
  // H. Hinnant, "chrono-compatible low-level date algorithms", days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number: [year, month 1–12, day 1–31]. */
export function civilDate(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** A date written YYYY-MM-DD, as a day number; refused unless it is a real date. */
export function isoDay(field: string, text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text));
  if (!m) throw new InvalidInputError(field, { kind: 'number' });
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayNumber(y, mo, d);
  const [y2, mo2, d2] = civilDate(n);
  if (y2 !== y || mo2 !== mo || d2 !== d) throw new InvalidInputError(field, { kind: 'number' });
  return n;
}

/** A day number written YYYY-MM-DD. */
export function formatDay(days: number): string {
  const [y, m, d] = civilDate(days);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first day of the period holding `days`: the day itself, the Monday on or before it, or the 1st of its month. */
export function periodStart(days: number, period: Period): number {
  if (period === 'day') return days;
  if (period === 'week') return days - ((((days + 3) % 7) + 7) % 7); // 1970-01-01 was a Thursday
  const [y, m] = civilDate(days);
  return dayNumber(y, m, 1);
}

/** Periods from the one holding `from` to the one holding `to` (pandas' Period difference). */
export function periodsBetween(from: number, to: number, period: Period): number {
  if (period === 'day') return to - from;
  if (period === 'week') return (periodStart(to, 'week') - periodStart(from, 'week')) / 7;
  const [y1, m1] = civilDate(from);
  const [y2, m2] = civilDate(to);
  return (y2 - y1) * 12 + (m2 - m1);
}

/** A transaction log as columns: one entry a transaction. */
export interface TransactionLog {
  /** How many customers there are; customer numbers run from 0 to customers − 1. */
  customers: number;
  /** The customer of each transaction. */
  customer: ArrayLike<number>;
  /** The date of each transaction, as a day number. */
  day: ArrayLike<number>;
  /** The value of each transaction (optional: without it, spend is 0). */
  amount?: ArrayLike<number>;
}

export interface RfmOptions {
  /** The last day observed (a day number). Default: the last transaction's day. */
  observationEnd?: number;
  /** Purchases by one customer within one period count as one. Default 'day'. */
  period?: Period;
  /** The unit of tₓ and T. Default 'weeks'. */
  unit?: TimeUnit;
}

/** Per customer who bought by the observation end, in customer-number order. */
export interface RfmSummary {
  /** Customer number of each row. */
  customer: Int32Array;
  /** Repeat purchases x. */
  x: Float64Array;
  /** Recency tₓ, in the unit. */
  tx: Float64Array;
  /** Age T, in the unit. */
  T: Float64Array;
  /** Mean value of the repeat purchases (0 when x = 0). */
  monetary: Float64Array;
  /** Value of all the customer's purchases up to the end, the first included. */
  total: Float64Array;
  /** Day number of the first purchase. */
  firstDay: Int32Array;
  /** The end used (a day number), the period and the unit. */
  observationEnd: number;
  period: Period;
  unit: TimeUnit;
}

interface CheckedLog {
  customers: number;
  customer: ArrayLike<number>;
  day: ArrayLike<number>;
  amount: ArrayLike<number> | undefined;
  n: number;
}

function checkLog(log: TransactionLog): CheckedLog {
  if (!log || typeof log !== 'object') throw new InvalidInputError('transactions', { kind: 'non-empty' });
  const customers = wholeNumber('customers', log.customers, 0, RFM_LIMITS.maxTransactions);
  const n = log.customer?.length;
  if (typeof n !== 'number') throw new InvalidInputError('customer', { kind: 'non-empty' });
  if (n > RFM_LIMITS.maxTransactions) throw new InvalidInputError('customer', { kind: 'too-large' });
  if (log.day?.length !== n) throw new InvalidInputError('day', { kind: 'length', length: n });
  if (log.amount !== undefined && log.amount.length !== n) throw new InvalidInputError('amount', { kind: 'length', length: n });
  for (let i = 0; i < n; i++) {
    const c = log.customer[i];
    if (!Number.isInteger(c) || c < 0 || c >= customers) wholeNumber(`customer[${i}]`, c, 0, customers - 1);
    const d = log.day[i];
    if (!Number.isInteger(d) || d < RFM_LIMITS.firstDay || d > RFM_LIMITS.lastDay) {
      wholeNumber(`day[${i}]`, d, RFM_LIMITS.firstDay, RFM_LIMITS.lastDay);
    }
    if (log.amount && !Number.isFinite(log.amount[i])) finite(`amount[${i}]`, log.amount[i]);
  }
  return { customers, customer: log.customer, day: log.day, amount: log.amount, n };
}

function checkOptions(options: RfmOptions, log: CheckedLog) {
  const period = options.period ?? 'day';
  if (period !== 'day' && period !== 'week' && period !== 'month') throw new InvalidInputError('period', { kind: 'non-empty' });
  const unit = options.unit ?? 'weeks';
  if (!(unit in UNIT_DAYS)) throw new InvalidInputError('unit', { kind: 'non-empty' });
  let end = options.observationEnd;
  if (end === undefined) {
    if (log.n === 0) throw new InvalidInputError('transactions', { kind: 'non-empty' });
    end = -Infinity;
    for (let i = 0; i < log.n; i++) end = Math.max(end, log.day[i]);
  }
  const observationEnd = wholeNumber('observationEnd', end, RFM_LIMITS.firstDay, RFM_LIMITS.lastDay);
  return { period, unit, observationEnd };
}

/** The RFM summary of a transaction log (see the module comment for every rule). */
export function rfmSummary(log: TransactionLog, options: RfmOptions = {}): RfmSummary {
  const checked = checkLog(log);
  const { period, unit, observationEnd } = checkOptions(options, checked);
  return summarize(checked, period, unit, observationEnd, Infinity);
}

/** The summary over transactions whose day is ≤ `lastDay` (the calibration filter) and whose period starts by the end's. */
function summarize(log: CheckedLog, period: Period, unit: TimeUnit, observationEnd: number, lastDay: number): RfmSummary {
  const { customers, customer, day, amount, n } = log;
  const endStart = periodStart(observationEnd, period);
  const unitDays = UNIT_DAYS[unit];

  // Counting sort of the kept transactions by customer: period starts and values, bucketed.
  const counts = new Int32Array(customers + 1);
  const starts = new Int32Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (d > lastDay) continue;
    const s = period === 'day' ? d : periodStart(d, period);
    starts[i] = s;
    if (s > endStart) continue;
    counts[customer[i] + 1]++;
    kept++;
  }
  for (let c = 0; c < customers; c++) counts[c + 1] += counts[c];
  const offset = counts.slice(0, customers);
  const bucketStart = new Int32Array(kept);
  const bucketAmount = new Float64Array(kept);
  const bucketDay = new Int32Array(kept);
  for (let i = 0; i < n; i++) {
    if (day[i] > lastDay || starts[i] > endStart) continue;
    const at = offset[customer[i]]++;
    bucketStart[at] = starts[i];
    bucketDay[at] = day[i];
    bucketAmount[at] = amount ? amount[i] : 0;
  }

  let buyers = 0;
  for (let c = 0; c < customers; c++) if (counts[c + 1] > counts[c]) buyers++;
  const out: RfmSummary = {
    customer: new Int32Array(buyers),
    x: new Float64Array(buyers),
    tx: new Float64Array(buyers),
    T: new Float64Array(buyers),
    monetary: new Float64Array(buyers),
    total: new Float64Array(buyers),
    firstDay: new Int32Array(buyers),
    observationEnd,
    period,
    unit,
  };
  let row = 0;
  for (let c = 0; c < customers; c++) {
    const from = counts[c];
    const to = counts[c + 1];
    if (to === from) continue;
    let first = Infinity;
    let last = -Infinity;
    let total = 0;
    let firstDayOfCustomer = Infinity;
    for (let k = from; k < to; k++) {
      const s = bucketStart[k];
      if (s < first) first = s;
      if (s > last) last = s;
      total += bucketAmount[k];
    }
    let firstSum = 0;
    for (let k = from; k < to; k++) if (bucketStart[k] === first) firstSum += bucketAmount[k];
    let distinct = 1;
    if (to - from > 1 && last > first) {
      const sorted = bucketStart.subarray(from, to).sort();
      for (let k = 1; k < sorted.length; k++) if (sorted[k] !== sorted[k - 1]) distinct++;
    }
    // The first day of purchase itself (not its period's start), for reports.
    for (let k = from; k < to; k++) firstDayOfCustomer = Math.min(firstDayOfCustomer, bucketDay[k]);
    out.customer[row] = c;
    out.x[row] = distinct - 1;
    out.tx[row] = (last - first) / unitDays;
    out.T[row] = (endStart - first) / unitDays;
    out.monetary[row] = distinct > 1 ? (total - firstSum) / (distinct - 1) : 0;
    out.total[row] = total;
    out.firstDay[row] = firstDayOfCustomer;
    row++;
  }
  return out;
}

export interface CalibrationOptions {
  /** The last day of the calibration period (a day number). */
  calibrationEnd: number;
  /** The last day of the holdout period. Default: the last transaction's day. */
  observationEnd?: number;
  period?: Period;
  unit?: TimeUnit;
}

export interface CalibrationHoldout {
  /** The summary of the calibration period (its observation end is the calibration end). */
  calibration: RfmSummary;
  /** Per row of the calibration summary: distinct periods with purchases in the holdout. */
  holdoutFrequency: Float64Array;
  /** Per row: the mean value of the holdout purchases (each transaction), 0 if none. */
  holdoutMonetary: Float64Array;
  /** The length of the holdout period, in the unit. */
  holdoutDuration: number;
}

/** A calibration summary and what the same customers did in the holdout period that follows. */
export function calibrationAndHoldout(log: TransactionLog, options: CalibrationOptions): CalibrationHoldout {
  const checked = checkLog(log);
  const { period, unit, observationEnd } = checkOptions({ ...options }, checked);
  const calibrationEnd = wholeNumber('calibrationEnd', options?.calibrationEnd, RFM_LIMITS.firstDay, observationEnd - 1);
  const calibration = summarize(checked, period, unit, calibrationEnd, calibrationEnd);

  const rowOf = new Int32Array(checked.customers).fill(-1);
  calibration.customer.forEach((c, row) => (rowOf[c] = row));
  const rows = calibration.customer.length;
  const holdoutFrequency = new Float64Array(rows);
  const holdoutMonetary = new Float64Array(rows);
  const sums = new Float64Array(rows);
  const counts = new Float64Array(rows);
  // Distinct (customer, period) pairs in the holdout.
  const seen = new Set<number>();
  const periodsSpan = RFM_LIMITS.lastDay - RFM_LIMITS.firstDay + 1;
  let any = false;
  for (let i = 0; i < checked.n; i++) {
    const d = checked.day[i];
    if (d <= calibrationEnd || d > observationEnd) continue;
    any = true;
    const row = rowOf[checked.customer[i]];
    if (row < 0) continue; // first bought in the holdout: not in the calibration summary
    const key = row * periodsSpan + (periodStart(d, period) - RFM_LIMITS.firstDay);
    if (!seen.has(key)) {
      seen.add(key);
      holdoutFrequency[row]++;
    }
    sums[row] += checked.amount ? checked.amount[i] : 0;
    counts[row]++;
  }
  if (!any) throw new InvalidInputError('observationEnd', { kind: 'min', min: calibrationEnd, inclusive: false });
  for (let row = 0; row < rows; row++) holdoutMonetary[row] = counts[row] > 0 ? sums[row] / counts[row] : 0;
  const holdoutDuration = (periodsBetween(calibrationEnd, observationEnd, period) * UNIT_DAYS[period === 'day' ? 'days' : period === 'week' ? 'weeks' : 'months']) / UNIT_DAYS[unit];
  return { calibration, holdoutFrequency, holdoutMonetary, holdoutDuration };
}

/** Histories as the models read them: columns x, tₓ, T, with how many customers share each row. */
export interface RfmData {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
  /** Customers with this row's history (grouped data). Default 1 each. */
  count?: ArrayLike<number>;
}

/** Checked, grouped histories: identical (x, tₓ, T) rows merged, with their counts. */
export interface RfmGroups {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  count: Float64Array;
  /** Customers in all (the sum of the counts). */
  customers: number;
}

/** The largest x accepted. */
export const MAX_FREQUENCY = 1_000_000;

/** One customer's history (x, tₓ, T), checked: x whole and ≥ 0, 0 ≤ tₓ ≤ T, and tₓ = 0 when x = 0. */
export function checkHistory(field: string, x: unknown, tx: unknown, T: unknown): void {
  const xv = wholeNumber(`${field}x`, x, 0, MAX_FREQUENCY);
  const txv = finite(`${field}tx`, tx);
  const Tv = finite(`${field}T`, T);
  if (txv < 0) throw new InvalidInputError(`${field}tx`, { kind: 'min', min: 0, inclusive: true });
  if (txv > Tv) throw new InvalidInputError(`${field}tx`, { kind: 'max', max: Tv, inclusive: true });
  if (xv === 0 && txv !== 0) throw new InvalidInputError(`${field}tx`, { kind: 'max', max: 0, inclusive: true });
  if (Tv > 1e9) throw new InvalidInputError(`${field}T`, { kind: 'max', max: 1e9, inclusive: true });
}

/**
 * Checks histories and merges identical rows, so that a fit costs a distinct
 * row, not a customer (CDNOW's 23,570 customers are far fewer distinct rows).
 * Rows with count 0 are dropped; at least one customer must remain.
 */
export function groupRfm(data: RfmData, field = 'data'): RfmGroups {
  if (!data || typeof data !== 'object') throw new InvalidInputError(field, { kind: 'non-empty' });
  const n = data.x?.length;
  if (typeof n !== 'number' || n === 0) throw new InvalidInputError(`${field}.x`, { kind: 'non-empty' });
  if (data.tx?.length !== n) throw new InvalidInputError(`${field}.tx`, { kind: 'length', length: n });
  if (data.T?.length !== n) throw new InvalidInputError(`${field}.T`, { kind: 'length', length: n });
  if (data.count !== undefined && data.count.length !== n) throw new InvalidInputError(`${field}.count`, { kind: 'length', length: n });
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    checkHistory(`${field}[${i}].`, data.x[i], data.tx[i], data.T[i]);
    const w = data.count ? atLeast(`${field}.count[${i}]`, data.count[i], 0) : 1;
    if (w > 0) order.push(i);
  }
  if (order.length === 0) throw new InvalidInputError(`${field}.count`, { kind: 'min', min: 0, inclusive: false });
  order.sort((i, j) => data.x[i] - data.x[j] || data.T[i] - data.T[j] || data.tx[i] - data.tx[j]);
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const count: number[] = [];
  let customers = 0;
  for (const i of order) {
    const w = data.count ? data.count[i] : 1;
    customers += w;
    const last = x.length - 1;
    if (last >= 0 && x[last] === data.x[i] && tx[last] === data.tx[i] && T[last] === data.T[i]) {
      count[last] += w;
    } else {
      x.push(data.x[i]);
      tx.push(data.tx[i]);
      T.push(data.T[i]);
      count.push(w);
    }
  }
  return { x: Float64Array.from(x), tx: Float64Array.from(tx), T: Float64Array.from(T), count: Float64Array.from(count), customers };
}

/** What the fitted customer-base models accept as parameters: finite, > 0 and at most `max`. */
export const MODEL_PARAMETER_LIMITS = { max: 1e8, maxTime: 1e7 } as const;

/** A model parameter, checked against MODEL_PARAMETER_LIMITS. */
export function modelParameter(field: string, value: unknown): number {
  const v = finite(field, value);
  if (v <= 0) throw new InvalidInputError(field, { kind: 'min', min: 0, inclusive: false });
  if (v > MODEL_PARAMETER_LIMITS.max) throw new InvalidInputError(field, { kind: 'max', max: MODEL_PARAMETER_LIMITS.max, inclusive: true });
  return v;
}

/** A forecast horizon t ≥ 0, in the unit the model was fitted in. */
export function forecastHorizon(field: string, value: unknown): number {
  const v = atLeast(field, value, 0);
  if (v > MODEL_PARAMETER_LIMITS.maxTime) throw new InvalidInputError(field, { kind: 'max', max: MODEL_PARAMETER_LIMITS.maxTime, inclusive: true });
  return v;
}

/** One customer's purchase history in the models' terms. */
export interface CustomerHistory {
  /** Repeat purchases. */
  x: number;
  /** Time from the first purchase to the last. */
  tx: number;
  /** Time from the first purchase to the end of observation. */
  T: number;
}

/** Checks a CustomerHistory; fields are reported as `x`, `tx`, `T`. */
export function customerHistory(value: CustomerHistory): CustomerHistory {
  if (!value || typeof value !== 'object') throw new InvalidInputError('history', { kind: 'non-empty' });
  checkHistory('', value.x, value.tx, value.T);
  return { x: value.x, tx: value.tx, T: value.T };
}

/** The sorted distinct values of x in grouped data, and each row's index into them. */
export function distinctFrequencies(groups: RfmGroups): { values: Float64Array; index: Int32Array } {
  const values: number[] = [];
  const index = new Int32Array(groups.x.length);
  const at = new Map<number, number>();
  groups.x.forEach((x, i) => {
    let k = at.get(x);
    if (k === undefined) {
      k = values.length;
      values.push(x);
      at.set(x, k);
    }
    index[i] = k;
  });
  return { values: Float64Array.from(values), index };
}

/** What a fit reports. */
export interface FitReport<P> {
  params: P;
  /** The log-likelihood at the fitted parameters, summed over customers. */
  logLikelihood: number;
  /** Customers fitted and the distinct rows they grouped into. */
  customers: number;
  rows: number;
  iterations: number;
  /** Evaluations of the log-likelihood and its gradient. */
  evaluations: number;
  /** False when the optimiser stopped before the gradient vanished. */
  converged: boolean;
}
