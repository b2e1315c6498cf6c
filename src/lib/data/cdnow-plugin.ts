/**
 * Build step for the CDNOW dataset: reads the transaction file once and
 * serves each customer's total spend, compactly encoded (./spend.ts), as the
 * virtual module `virtual:cvm-data/cdnow`. Only a widget that asks for the
 * data imports it (dynamically), so it is a chunk of its own, in no page's
 * first load. Nothing generated is committed: `vite build`, the dev server
 * and the tests all compute it from the source file.
 *
 * Source: the CDNOW master file (P. S. Fader, B. G. S. Hardie & K. L. Lee,
 * 2005, "Counting your customers the easy way", Marketing Science 24(2)),
 * kept with its attribution in tests/core/data/cdnow/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { encodeSpend } from './spend.ts';

export const CDNOW_MODULE = 'virtual:cvm-data/cdnow';
export const CDNOW_FILE = 'tests/core/data/cdnow/CDNOW_master.txt';

export interface CdnowSummary {
  customers: number;
  transactions: number;
  /** Each customer's spend over the whole period, in cents. */
  cents: number[];
  /** The first and last purchase dates, YYYY-MM-DD. */
  firstDate: string;
  lastDate: string;
}

const isoDate = (yyyymmdd: string) => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

/** One pass over the master file: customer id, date YYYYMMDD, number of CDs, dollars; one header line. */
export function summariseCdnow(text: string): CdnowSummary {
  const byCustomer = new Map<string, number>();
  let transactions = 0;
  let first = '99999999';
  let last = '00000000';
  for (const line of text.split(/\r?\n/).slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4) continue;
    const [id, date, , dollars] = fields;
    const cents = Math.round(Number(dollars) * 100);
    if (!/^\d{8}$/.test(date) || !Number.isSafeInteger(cents) || cents < 0) throw new Error(`${CDNOW_FILE}: line "${line.trim()}" is not a purchase`);
    byCustomer.set(id, (byCustomer.get(id) ?? 0) + cents);
    transactions++;
    if (date < first) first = date;
    if (date > last) last = date;
  }
  return { customers: byCustomer.size, transactions, cents: [...byCustomer.values()], firstDate: isoDate(first), lastDate: isoDate(last) };
}

/** The virtual module's source. */
export function cdnowModule(summary: CdnowSummary): string {
  const meta = { customers: summary.customers, transactions: summary.transactions, firstDate: summary.firstDate, lastDate: summary.lastDate };
  return `export const meta = ${JSON.stringify(meta)};\nexport const spend = ${JSON.stringify(encodeSpend(summary.cents))};\n`;
}

export function cdnowData(): Plugin {
  let root = process.cwd();
  return {
    name: 'cvm-data-cdnow',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === CDNOW_MODULE ? '\0' + CDNOW_MODULE : null;
    },
    load(id) {
      if (id !== '\0' + CDNOW_MODULE) return null;
      const file = join(root, CDNOW_FILE);
      this.addWatchFile(file);
      return cdnowModule(summariseCdnow(readFileSync(file, 'utf8')));
    },
  };
}
