export const median = (xs) => quantile(xs, 0.5);

/** The q-quantile by the nearest rank, as "p95" is usually read. */
export function quantile(xs, q) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
