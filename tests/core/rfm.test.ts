import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calibrationAndHoldout,
  civilDate,
  dayNumber,
  formatDay,
  groupRfm,
  isoDay,
  periodStart,
  rfmSummary,
  type TransactionLog,
} from '../../src/core/rfm';
import { fitBgNbd } from '../../src/core/bgnbd';
import { cdnowMasterTransactions, cdnowSampleSummary, cdnowSampleSummaryPlain, cdnowSampleTransactions } from './cdnow';
import { expectInvalid } from './invalid';

const day = (iso: string) => isoDay('day', iso);

describe('dates as day numbers', () => {
  it('1970-01-01 is day 0; leap days and centuries come out right', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1997, 9, 30)).toBe(Date.UTC(1997, 8, 30) / 86_400_000);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
    expect(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28)).toBe(1);
    expect(formatDay(dayNumber(2024, 2, 29))).toBe('2024-02-29');
  });

  it('civilDate undoes dayNumber over the whole accepted range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84005 }), (n) => {
        const [y, m, d] = civilDate(n);
        expect(dayNumber(y, m, d)).toBe(n);
        expect(Date.UTC(y, m - 1, d) / 86_400_000).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('weeks start on Monday, as pandas’ weekly periods do; months on the 1st', () => {
    expect(formatDay(periodStart(day('1997-01-01'), 'week'))).toBe('1996-12-30'); // a Wednesday
    expect(formatDay(periodStart(day('1997-03-02'), 'week'))).toBe('1997-02-24'); // a Sunday
    expect(formatDay(periodStart(day('1997-03-03'), 'week'))).toBe('1997-03-03'); // a Monday
    expect(formatDay(periodStart(day('1997-03-31'), 'month'))).toBe('1997-03-01');
    expect(periodStart(-1, 'week')).toBe(-3); // 1969-12-31 is a Wednesday
  });

  it('isoDay refuses what is not a real date', () => {
    expectInvalid(() => isoDay('end', '1997-02-30'), 'end', 'number');
    expectInvalid(() => isoDay('end', '30/09/1997'), 'end', 'number');
  });
});

// The small log run through lifetimes 0.11.3 (summary_data_from_transaction_data and
// calibration_and_holdout_data, pandas 1.5.3) to get the numbers below.
const ids = ['a', 'b', 'c'];
const rows: [string, string, number][] = [
  ['a', '1997-01-01', 10],
  ['a', '1997-01-05', 5],
  ['a', '1997-03-02', 7],
  ['b', '1997-01-06', 3],
  ['b', '1997-01-07', 4],
  ['c', '1997-04-01', 1],
  ['a', '1997-01-05', 2.5],
  ['b', '1997-04-20', 8],
];
const small: TransactionLog = {
  customers: 3,
  customer: rows.map((r) => ids.indexOf(r[0])),
  day: rows.map((r) => day(r[1])),
  amount: rows.map((r) => r[2]),
};
const table = (s: ReturnType<typeof rfmSummary>) =>
  [...s.customer].map((c, i) => [ids[c], s.x[i], +s.tx[i].toFixed(6), +s.T[i].toFixed(6), s.monetary[i]]);

describe('the RFM summary counts as lifetimes counts', () => {
  it('by day: two purchases on one day are one purchase with their values added; a purchase after the end is left out', () => {
    const s = rfmSummary(small, { observationEnd: day('1997-03-31'), period: 'day', unit: 'days' });
    expect(table(s)).toEqual([
      ['a', 2, 60, 89, 7.25],
      ['b', 1, 1, 84, 4],
    ]);
    expect([...s.total]).toEqual([24.5, 7]);
    expect(formatDay(s.firstDay[0])).toBe('1997-01-01');
  });

  it('by week (Monday to Sunday): a purchase later in the end’s week still counts, as in lifetimes', () => {
    const s = rfmSummary(small, { observationEnd: day('1997-03-31'), period: 'week', unit: 'weeks' });
    expect(table(s)).toEqual([
      ['a', 1, 8, 13, 7],
      ['b', 0, 0, 12, 0],
      ['c', 0, 0, 0, 0],
    ]);
  });

  it('by month: times in numpy’s average month of 30.436875 days', () => {
    const s = rfmSummary(small, { observationEnd: day('1997-03-31'), period: 'month', unit: 'months' });
    expect(table(s)).toEqual([
      ['a', 1, 1.938438, 1.938438, 7],
      ['b', 0, 0, 1.938438, 0],
    ]);
  });

  it('by day in weeks: days/7 (lifetimes’ freq "D" with freq_multiplier 7)', () => {
    const s = rfmSummary(small, { observationEnd: day('1997-03-31') });
    expect(table(s)).toEqual([
      ['a', 2, 8.571429, 12.714286, 7.25],
      ['b', 1, 0.142857, 12, 4],
    ]);
  });

  it('the observation end defaults to the last transaction', () => {
    expect(rfmSummary(small).observationEnd).toBe(day('1997-04-20'));
  });

  it('calibration and holdout, by day, week and month', () => {
    const byDay = calibrationAndHoldout(small, { calibrationEnd: day('1997-01-31'), observationEnd: day('1997-04-30'), period: 'day', unit: 'days' });
    expect(table(byDay.calibration)).toEqual([
      ['a', 1, 4, 30, 7.5],
      ['b', 1, 1, 25, 4],
    ]);
    expect([...byDay.holdoutFrequency]).toEqual([1, 1]);
    expect([...byDay.holdoutMonetary]).toEqual([7, 8]);
    expect(byDay.holdoutDuration).toBe(89);
    const byWeek = calibrationAndHoldout(small, { calibrationEnd: day('1997-01-31'), observationEnd: day('1997-04-30'), period: 'week', unit: 'weeks' });
    expect(table(byWeek.calibration)).toEqual([
      ['a', 0, 0, 4, 0],
      ['b', 0, 0, 3, 0],
    ]);
    expect(byWeek.holdoutDuration).toBe(13);
    const byMonth = calibrationAndHoldout(small, { calibrationEnd: day('1997-01-31'), observationEnd: day('1997-04-30'), period: 'month', unit: 'months' });
    expect(table(byMonth.calibration)).toEqual([
      ['a', 0, 0, 0, 0],
      ['b', 0, 0, 0, 0],
    ]);
    expect([...byMonth.holdoutFrequency]).toEqual([1, 1]);
    expect(byMonth.holdoutDuration).toBe(3);
  });

  it('refuses a holdout with no transactions in it', () => {
    expectInvalid(() => calibrationAndHoldout(small, { calibrationEnd: day('1997-04-25'), observationEnd: day('1997-04-30') }), 'observationEnd', 'min');
  });
});

describe('CDNOW: the summary of the sample transactions is the published summary', () => {
  const log = cdnowSampleTransactions();
  const s = rfmSummary({ customers: log.ids.length, customer: log.customer, day: log.day, amount: log.amount }, { observationEnd: day('1997-09-30') });
  const byId = new Map([...s.customer].map((c, i) => [Number(log.ids[c]), i]));

  it('cdnow_customers_summary.csv: every customer’s frequency, recency and T (weeks, to the cent of a week)', () => {
    const published = cdnowSampleSummaryPlain();
    expect(published).toHaveLength(2357);
    expect(s.x).toHaveLength(2357);
    for (const row of published) {
      const i = byId.get(row.id)!;
      expect(s.x[i]).toBe(row.frequency);
      expect(Math.round(s.tx[i] * 100) / 100).toBe(row.recency);
      expect(Math.round(s.T[i] * 100) / 100).toBe(row.T);
    }
  });

  it('cdnow_customers_summary_with_transactions.csv: and the mean repeat spend zbar', () => {
    for (const row of cdnowSampleSummary()) {
      const i = byId.get(row.id)!;
      expect(Math.abs(s.monetary[i] - row.zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });
});

describe('CDNOW master file, calibration to 1997-09-30 in weeks (the benchmark)', () => {
  it('fits the parameters lifetimes fits from its own summary of the same log', () => {
    const log = cdnowMasterTransactions();
    const { calibration } = calibrationAndHoldout(
      { customers: log.ids.length, customer: log.customer, day: log.day, amount: log.amount },
      { calibrationEnd: day('1997-09-30'), observationEnd: day('1998-06-30') },
    );
    expect(calibration.x).toHaveLength(23_570);
    const fit = fitBgNbd(calibration);
    // lifetimes 0.11.3 via ../shared/anchors/lifetimes/fit_cdnow.py --full
    const peer = { r: 0.251624011424104, alpha: 4.788945170327029, a: 0.7234330357287503, b: 2.161086981372124 };
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(fit.params[k] - peer[k]) / peer[k]).toBeLessThan(1e-5);
  });
});

describe('grouping identical histories', () => {
  it('merges equal rows, keeps the counts, and drops rows with count 0', () => {
    const g = groupRfm({ x: [1, 0, 1, 1, 2], tx: [2, 0, 2, 3, 4], T: [5, 5, 5, 5, 6], count: [1, 2, 3, 0, 1] });
    expect([...g.x]).toEqual([0, 1, 2]);
    expect([...g.count]).toEqual([2, 4, 1]);
    expect(g.customers).toBe(7);
  });

  it('never loses a customer (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 60 }), (list) => {
        const x = list.map(([x]) => x);
        const T = list.map(([, , T]) => T);
        const tx = list.map(([x, tx], i) => (x === 0 ? 0 : Math.min(tx, T[i])));
        const g = groupRfm({ x, tx, T });
        expect(g.customers).toBe(list.length);
        expect(g.count.reduce((a, b) => a + b, 0)).toBe(list.length);
        expect(new Set([...g.x].map((v, i) => `${v}|${g.tx[i]}|${g.T[i]}`)).size).toBe(g.x.length);
      }),
    );
  });
});

const logs = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 9000, max: 9400 }), fc.double({ min: -50, max: 500, noNaN: true })), { minLength: 1, maxLength: 200 })
  .map((tx) => ({ customers: 10, customer: tx.map((t) => t[0]), day: tx.map((t) => t[1]), amount: tx.map((t) => t[2]) }));

describe('RFM summary properties', () => {
  it('for every period and unit: 0 ≤ tₓ ≤ T, x whole, tₓ = 0 when x = 0, and x + 1 purchase periods never exceed the transactions', () => {
    fc.assert(
      fc.property(logs, fc.constantFrom('day', 'week', 'month' as const), fc.constantFrom('days', 'weeks', 'months' as const), fc.integer({ min: 9000, max: 9400 }), (log, period, unit, end) => {
        const s = rfmSummary(log, { observationEnd: end, period, unit });
        let transactions = 0;
        for (let i = 0; i < s.x.length; i++) {
          expect(Number.isInteger(s.x[i])).toBe(true);
          expect(s.tx[i]).toBeGreaterThanOrEqual(0);
          expect(s.tx[i]).toBeLessThanOrEqual(s.T[i]);
          if (s.x[i] === 0) expect(s.tx[i]).toBe(0);
          transactions += s.x[i] + 1;
          expect(Number.isFinite(s.monetary[i])).toBe(true);
        }
        expect(transactions).toBeLessThanOrEqual(log.customer.length);
        // And the models accept what it gives.
        if (s.x.length > 0) groupRfm(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the RFM summary refuses bad logs with the field named', () => {
  it('lengths, customer numbers, days, amounts and options', () => {
    expectInvalid(() => rfmSummary({ customers: 1, customer: [0, 0], day: [1] }), 'day', 'length');
    expectInvalid(() => rfmSummary({ customers: 1, customer: [0], day: [1], amount: [] }), 'amount', 'length');
    expectInvalid(() => rfmSummary({ customers: 1, customer: [1], day: [1] }), 'customer[0]', 'max');
    expectInvalid(() => rfmSummary({ customers: 1, customer: [0.5], day: [1] }), 'customer[0]', 'integer');
    expectInvalid(() => rfmSummary({ customers: 1, customer: [0], day: [1.5] }), 'day[0]', 'integer');
    expectInvalid(() => rfmSummary({ customers: 1, customer: [0], day: [1e6] }), 'day[0]', 'max');
    expectInvalid(() => rfmSummary({ customers: 1, customer: [0], day: [1], amount: [NaN] }), 'amount[0]', 'number');
    expectInvalid(() => rfmSummary({ customers: 1, customer: [], day: [] }), 'transactions', 'non-empty');
    expectInvalid(() => rfmSummary({ customers: -1, customer: [], day: [] }), 'customers', 'min');
    expectInvalid(() => rfmSummary(small, { period: 'year' as never }), 'period', 'non-empty');
    expectInvalid(() => rfmSummary(small, { unit: 'years' as never }), 'unit', 'non-empty');
    expectInvalid(() => rfmSummary(small, { observationEnd: 0.5 }), 'observationEnd', 'integer');
    expectInvalid(() => calibrationAndHoldout(small, { calibrationEnd: day('1997-05-01'), observationEnd: day('1997-04-30') }), 'calibrationEnd', 'max');
  });
});
