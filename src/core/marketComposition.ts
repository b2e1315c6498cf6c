/**
 * Market composition: step 1 of the service strategy by segment in the
 * "Creating value for the enterprise" deck (003). A business lists the
 * channels (or segments) its profit comes through and the share of profit
 * each one brings. What the listed shares leave unexplained is kept in view,
 * not spread over the others: the deck's insurer shows brokers 15%, service
 * centres 30%, branches 10% and e-commerce 30%, which add to 85%.
 */
import { InvalidInputError, probability } from './validate';
import { sum } from './numbers';

/** Shares may add to 1 give or take this much, so 0.1 + 0.2 + 0.7 passes. */
const ROUNDING = 1e-9;

export interface CompositionPart {
  /** The channel's id, e.g. 'brokers'; must not be empty. */
  id: string;
  /** Its share of the profit, in [0, 1]. */
  share: number;
}

export interface MarketComposition {
  parts: CompositionPart[];
  /** What the listed parts add to. */
  shown: number;
  /** 1 − shown: the profit the listed parts do not account for (0 when they are complete). */
  notShown: number;
  /** The listed parts, largest share first (ties keep their order). */
  largestFirst: string[];
}

/** Checks the parts and says how much of the whole they leave unexplained. */
export function marketComposition(parts: readonly CompositionPart[]): MarketComposition {
  if (!Array.isArray(parts) || parts.length === 0) throw new InvalidInputError('parts', { kind: 'non-empty' });
  const checked = parts.map((part, i) => {
    if (typeof part?.id !== 'string' || part.id.trim() === '') throw new InvalidInputError(`parts[${i}].id`, { kind: 'non-empty' });
    return { id: part.id, share: probability(`parts[${i}].share`, part.share) };
  });
  const shown = sum(checked.map((p) => p.share));
  if (shown > 1 + ROUNDING) throw new InvalidInputError('parts', { kind: 'max', max: 1, inclusive: true });
  return {
    parts: checked,
    shown: Math.min(1, shown),
    notShown: Math.max(0, 1 - shown),
    largestFirst: [...checked].sort((a, b) => b.share - a.share).map((p) => p.id),
  };
}
