/** Plain arithmetic over lists, shared by the models. */

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** The mean of a non-empty list (callers validate that it is not empty). */
export function mean(values: readonly number[]): number {
  return sum(values) / values.length;
}
