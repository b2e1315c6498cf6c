/**
 * What `npm run bench` times (bench/run.mjs loads this through Vite's module
 * runner): our fits on CDNOW, data already in memory as for the peer; and the
 * import of generated transaction files, from text to summary, pyramid and
 * Pareto curve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrationAndHoldout, dayNumber, formatDay, fitBgNbd, fitGammaGamma, fitParetoNbd, type RfmData, type SpendData } from '../src/core/index';
import { runImport } from '../src/widgets/customers/pipeline';

/** The CDNOW files' folder (tests/core/data/cdnow); run.mjs passes it, since the bundle runs from elsewhere. */
let folder = 'tests/core/data/cdnow';
export const setDataFolder = (path: string) => (folder = path);
const data = (name: string) => join(folder, name);

export interface Dataset {
  label: string;
  customers: number;
  purchases: RfmData;
  spend: SpendData;
}

/** The 2,357-customer summary as lifetimes reads it (cdnow_customers_summary_with_transactions.csv). */
export function sample(): Dataset {
  const rows = readFileSync(data('cdnow_customers_summary_with_transactions.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
  const repeat = rows.filter((r) => r[1] > 0 && r[4] > 0);
  return {
    label: 'sample',
    customers: rows.length,
    purchases: { x: rows.map((r) => r[1]), tx: rows.map((r) => r[2]), T: rows.map((r) => r[3]) },
    spend: { x: repeat.map((r) => r[1]), m: repeat.map((r) => r[4]) },
  };
}

/** The master file, calibration 1997-01-01 to 1997-09-30, days then weeks: what fit_cdnow.py --full builds with lifetimes. */
export function master(): Dataset {
  const lines = readFileSync(data('CDNOW_master.txt'), 'utf8').split('\n').slice(1);
  const index = new Map<string, number>();
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (const line of lines) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4) continue;
    let c = index.get(f[0]);
    if (c === undefined) index.set(f[0], (c = index.size));
    customer.push(c);
    day.push(dayNumber(Number(f[1].slice(0, 4)), Number(f[1].slice(4, 6)), Number(f[1].slice(6, 8))));
    amount.push(Number(f[3]));
  }
  const { calibration: s } = calibrationAndHoldout({ customers: index.size, customer, day, amount }, { calibrationEnd: dayNumber(1997, 9, 30), observationEnd: dayNumber(1998, 6, 30) });
  const repeat = [...s.x.keys()].filter((i) => s.x[i] > 0 && s.monetary[i] > 0);
  return {
    label: 'master',
    customers: s.x.length,
    purchases: { x: s.x, tx: s.tx, T: s.T },
    spend: { x: repeat.map((i) => s.x[i]), m: repeat.map((i) => s.monetary[i]) },
  };
}

export const fits = {
  bgnbd: (d: Dataset) => fitBgNbd(d.purchases),
  paretonbd: (d: Dataset) => fitParetoNbd(d.purchases),
  gammagamma: (d: Dataset) => fitGammaGamma(d.spend),
};

/** A seeded generator (mulberry32): the same file every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A CSV export of `rows` transactions, as a shop system writes it: header,
 * order id, customer id, ISO date, amount with cents. Customers arrive over
 * the first year of three and buy at their own rate (about five purchases
 * each), some of them stopping; the last rows run past the three years' end.
 */
export function generateCsv(rows: number, seed = 14): { text: string; customers: number } {
  const u = rng(seed);
  const start = dayNumber(2021, 1, 1);
  const span = 3 * 365;
  const parts: string[] = ['order_id,customer_id,order_date,amount\n'];
  let written = 0;
  let customer = 0;
  const dates = Array.from({ length: span + 1 }, (_, d) => formatDay(start + d));
  const iso = (d: number) => dates[d - start];
  while (written < rows) {
    customer++;
    let t = Math.floor(u() * 365);
    const gap = 20 + u() * 200; // mean days between purchases
    const stop = u() < 0.5 ? t + Math.floor(-Math.log(u()) * 400) : span;
    const spend = 10 + u() * 90;
    for (;;) {
      parts.push(`${written + 1},C${customer},${iso(start + t)},${(spend * (0.5 + u())).toFixed(2)}\n`);
      if (++written >= rows) break;
      t += Math.max(1, Math.floor(-Math.log(u()) * gap));
      if (t > stop || t > span) break;
    }
  }
  return { text: parts.join(''), customers: customer };
}

/** The import without the model fits: parse, RFM summary, pyramid and Pareto curve. */
export function importOnly(text: string) {
  return runImport(text, { fit: { bgnbd: false, paretonbd: false, gammagamma: false } });
}

/** The whole import with all three fits and every customer's forecast. */
export function importAll(text: string) {
  return runImport(text, {});
}
