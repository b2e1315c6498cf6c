/**
 * Yearly discount factors: year t's money is divided by (1 + rate)^(t−1), so
 * year 1 is not discounted (the convention of the deck's cohort example).
 */
import { greaterThan, InvalidInputError } from './validate';

export function discountFactors(field: string, rate: unknown, years: number): number[] {
  const r = greaterThan(field, rate, -1);
  return Array.from({ length: years }, (_, i) => {
    const factor = (1 + r) ** i;
    // A rate near −100% sends the factor to 0, a very high one to Infinity: either would divide into nonsense.
    if (!(factor > 0) || !Number.isFinite(factor)) throw new InvalidInputError(field, { kind: 'too-large' });
    return factor;
  });
}
