/**
 * The CDNOW test data (see data/cdnow/README.md): each customer's spend over
 * all 18 months, in dollars, in customer-id order.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('./data/cdnow/CDNOW_master.txt', import.meta.url));

let cached: number[] | undefined;

/** Spend per customer in whole cents, so that totals are exact. */
export function cdnowCents(): number[] {
  if (cached) return cached;
  const byCustomer = new Map<string, number>();
  const lines = readFileSync(file, 'utf8').split('\n');
  for (const line of lines.slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4) continue;
    const [id, , , dollars] = fields;
    byCustomer.set(id, (byCustomer.get(id) ?? 0) + Math.round(Number(dollars) * 100));
  }
  cached = [...byCustomer.keys()].sort().map((id) => byCustomer.get(id)!);
  return cached;
}

/** Spend per customer in dollars. */
export function cdnowRevenues(): number[] {
  return cdnowCents().map((cents) => cents / 100);
}

const dataFile = (name: string) => fileURLToPath(new URL(`./data/cdnow/${name}`, import.meta.url));

export interface SummaryRow {
  id: number;
  x: number;
  tx: number;
  T: number;
  zbar: number;
}

/** The published 2,357-customer summary (weeks, calibration to 1997-09-30), with mean repeat spend. */
export function cdnowSampleSummary(): SummaryRow[] {
  return readFileSync(dataFile('cdnow_customers_summary_with_transactions.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [id, x, tx, T, zbar] = line.split(',').map(Number);
      return { id, x, tx, T, zbar };
    });
}

/** The other published summary file: ID, frequency, recency, T. */
export function cdnowSampleSummaryPlain(): { id: number; frequency: number; recency: number; T: number }[] {
  return readFileSync(dataFile('cdnow_customers_summary.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [id, frequency, recency, T] = line.split(',').map(Number);
      return { id, frequency, recency, T };
    });
}

export interface Transactions {
  ids: string[];
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
}

/** Whitespace-separated transactions; `idColumn` and `dateColumn` say which fields hold them, the last field the dollars. */
function readTransactions(name: string, idColumn: number, dateColumn: number, header: boolean): Transactions {
  const lines = readFileSync(dataFile(name), 'utf8').split('\n').slice(header ? 1 : 0);
  const index = new Map<string, number>();
  const ids: string[] = [];
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (const line of lines) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4) continue;
    const id = fields[idColumn];
    let c = index.get(id);
    if (c === undefined) {
      c = ids.length;
      ids.push(id);
      index.set(id, c);
    }
    const d = fields[dateColumn];
    customer.push(c);
    day.push(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8))) / 86_400_000);
    amount.push(Number(fields[fields.length - 1]));
  }
  return { ids, customer: Int32Array.from(customer), day: Int32Array.from(day), amount: Float64Array.from(amount) };
}

/** CDNOW_sample.txt: master id, sample id (used here), date, CDs, dollars. */
export function cdnowSampleTransactions(): Transactions {
  return readTransactions('CDNOW_sample.txt', 1, 2, false);
}

/** CDNOW_master.txt: customer id, date, CDs, dollars. */
export function cdnowMasterTransactions(): Transactions {
  return readTransactions('CDNOW_master.txt', 0, 1, true);
}
