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
