/**
 * A compact text form for a list of customer spends in whole cents, small
 * enough to ship with the app: sorted from the largest down, the first value
 * and then each step down to the next, in base 36, comma-separated. Sorted
 * spends step down by little, so most entries are one or two characters and
 * the file compresses well. The order of the customers is not kept: the
 * concentration and pyramid models need only the amounts.
 */

/** Cents → the compact text. Each value must be a whole number ≥ 0. */
export function encodeSpend(cents: readonly number[]): string {
  for (const [i, c] of cents.entries()) {
    if (!Number.isSafeInteger(c) || c < 0) throw new RangeError(`spend[${i}] must be whole cents ≥ 0, not ${c}`);
  }
  const sorted = [...cents].sort((a, b) => b - a);
  return sorted.map((c, i) => (i === 0 ? c : sorted[i - 1] - c).toString(36)).join(',');
}

/** The compact text → cents, largest first. */
export function decodeSpend(text: string): number[] {
  if (text === '') return [];
  const steps = text.split(',');
  const out = new Array<number>(steps.length);
  let value = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = parseInt(steps[i], 36);
    if (!Number.isFinite(step) || step < 0) throw new RangeError(`entry ${i} of the spend data is not valid`);
    value = i === 0 ? step : value - step;
    if (value < 0) throw new RangeError(`entry ${i} of the spend data steps below zero`);
    out[i] = value;
  }
  return out;
}
