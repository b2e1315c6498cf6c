/**
 * The CDNOW dataset as a widget gets it: each customer's spend in dollars,
 * loaded on first use (its own chunk, built from the source file by
 * ./cdnow-plugin.ts) and kept for the rest of the visit.
 */
import { decodeSpend } from './spend';

export interface CdnowData {
  /** Spend per customer over the whole period, in US dollars, largest first. */
  revenues: number[];
  customers: number;
  transactions: number;
  /** First and last purchase, YYYY-MM-DD. */
  firstDate: string;
  lastDate: string;
}

let loading: Promise<CdnowData> | undefined;

export function loadCdnow(): Promise<CdnowData> {
  loading ??= import('virtual:cvm-data/cdnow').then(({ meta, spend }) => ({
    ...meta,
    revenues: decodeSpend(spend).map((cents) => cents / 100),
  }));
  // A failed load (offline before the chunk was cached) may be tried again.
  loading.catch(() => (loading = undefined));
  return loading;
}
