/**
 * Where a widget's customer revenues come from: a generated shop (seeded,
 * so the same link gives the same customers), the CDNOW dataset (loaded on
 * first use), or a list handed in from outside (the "your customers" lab).
 * The widgets' layouts take the revenues alone and never ask which.
 */
import { customerRevenues, generatedSpend, SPEND_LIMITS } from '$core';
import { loadCdnow, type CdnowData } from '../../lib/data/cdnow';
import { choiceField, numberField, type NumberSpec } from '../kit/scenario';

export const SOURCES = ['generated', 'cdnow'] as const;
export type Source = (typeof SOURCES)[number];

/** The generated shop: 1,000 customers averaging 200 each. */
export const GENERATED = { customers: 1000, meanRevenue: 200 } as const;

/**
 * The fields every customer-revenue widget keeps in its scenario. The default
 * shop is sample 2 at spread 1.8: its top 20% of customers bring 79.9% of the
 * revenue, the textbook 80/20.
 */
export const SPREAD_FIELD_SPEC: NumberSpec = { limits: SPEND_LIMITS.spread, step: 0.1, decimals: 1 };

export function sourceFields() {
  return {
    data: choiceField<Source>('data', 'generated', SOURCES),
    spread: numberField('spread', 1.8, SPREAD_FIELD_SPEC),
    seed: numberField('seed', 2, { limits: SPEND_LIMITS.seed, step: 1, slider: false }),
  };
}

/** Revenues the concentration and pyramid models accept: at least one, each ≥ 0, some above 0. */
export function usable(revenues: readonly number[]): boolean {
  try {
    customerRevenues('revenues', revenues);
    return true;
  } catch {
    return false;
  }
}

export function generatedRevenues(spread: number, seed: number): number[] {
  return generatedSpend({ ...GENERATED, spread, seed });
}

/** The CDNOW data for the whole page: loaded once, when the first widget asks for it. */
class CdnowStore {
  status: 'idle' | 'loading' | 'ready' | 'failed' = $state('idle');
  data: CdnowData | undefined = $state.raw(undefined);

  request(): void {
    if (this.status === 'loading' || this.status === 'ready') return;
    this.status = 'loading';
    loadCdnow().then(
      (data) => {
        this.data = data;
        this.status = 'ready';
      },
      () => (this.status = 'failed'),
    );
  }
}

export const cdnow = new CdnowStore();

/** Facts about CDNOW before its data has loaded (the source picker's help text); a test checks them against the data. */
export const CDNOW_FACTS = { customers: 23_570, transactions: 69_659 } as const;
