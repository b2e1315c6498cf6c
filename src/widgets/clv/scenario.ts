/**
 * The CLV calculator's scenario: serialisable, checked with the same rules as
 * the inputs, and written to / read from a URL query so a link reproduces it.
 */
import type { CohortInput } from '../../core';
import { checkStored, type FieldSpec } from '../controls/field';

export interface ClvScenario {
  customers: number;
  /** One rate for every year, or one per year (the rate after year 1, 2, …). */
  retention: number[];
  revenue: number;
  /** Costs as a share of revenue: one for every year, or one per year. */
  costShare: number[];
  acquisitionCost: number;
  discountRate: number;
  horizon: number;
}

export const MAX_YEARS = 20;

/** Hughes' 20,000-customer cohort, the worked example of module 6. */
export const COHORT_EXAMPLE: ClvScenario = {
  customers: 20000,
  retention: [0.4, 0.45, 0.5],
  revenue: 150,
  costShare: [0.8, 0.7, 0.65],
  acquisitionCost: 0,
  discountRate: 0.2,
  horizon: 3,
};

export const FIELDS = {
  customers: { min: 1, max: 10_000_000, step: 1, scale: 1, whole: true, sliderMax: 100_000 },
  retention: { min: 0, max: 100, step: 1, scale: 100 },
  revenue: { min: 0, max: 100_000, step: 1, scale: 1, sliderMax: 1000 },
  costShare: { min: 0, max: 200, step: 1, scale: 100 },
  acquisitionCost: { min: 0, max: 100_000, step: 1, scale: 1, sliderMax: 500 },
  discountRate: { min: 0, max: 100, step: 0.5, scale: 100 },
  horizon: { min: 1, max: MAX_YEARS, step: 1, scale: 1, whole: true },
} satisfies Record<keyof ClvScenario, FieldSpec>;

export type ScenarioField = keyof ClvScenario;

/** Query keys: short enough for a tidy link, plain enough to read. */
const QUERY_KEYS: Record<ScenarioField, string> = {
  customers: 'customers',
  retention: 'retention',
  revenue: 'revenue',
  costShare: 'cost',
  acquisitionCost: 'cac',
  discountRate: 'discount',
  horizon: 'years',
};

export function toCohortInput(s: ClvScenario): CohortInput {
  return {
    customers: s.customers,
    retention: s.retention.slice(0, s.horizon),
    revenuePerCustomer: s.revenue,
    costShare: s.costShare.slice(0, s.horizon),
    acquisitionCost: s.acquisitionCost,
    discount: { rate: s.discountRate },
    horizon: s.horizon,
  };
}

/** A per-year list, as long as the horizon: the last value carries forward. */
export function fillYears(values: readonly number[], horizon: number): number[] {
  return Array.from({ length: horizon }, (_, i) => values[Math.min(i, values.length - 1)]);
}

const round = (v: number) => Number(v.toFixed(6));

export function scenarioToQuery(s: ClvScenario): URLSearchParams {
  const list = (values: number[]) => values.slice(0, s.horizon).map(round).join(',');
  return new URLSearchParams({
    [QUERY_KEYS.customers]: String(s.customers),
    [QUERY_KEYS.retention]: list(s.retention),
    [QUERY_KEYS.revenue]: String(round(s.revenue)),
    [QUERY_KEYS.costShare]: list(s.costShare),
    [QUERY_KEYS.acquisitionCost]: String(round(s.acquisitionCost)),
    [QUERY_KEYS.discountRate]: String(round(s.discountRate)),
    [QUERY_KEYS.horizon]: String(s.horizon),
  });
}

function readNumber(raw: string, spec: FieldSpec): number | undefined {
  const check = checkStored(spec, raw.trim() === '' ? NaN : Number(raw));
  return check.ok ? check.value : undefined;
}

function readList(raw: string, spec: FieldSpec): number[] | undefined {
  const parts = raw.split(',');
  if (parts.length > MAX_YEARS) return undefined;
  const values = parts.map((p) => readNumber(p, spec));
  return values.every((v) => v !== undefined) ? (values as number[]) : undefined;
}

/**
 * Reads a scenario from a query. Keys that are absent keep the starting
 * value; keys that are present but invalid are replaced by it and reported.
 */
export function scenarioFromQuery(
  query: URLSearchParams,
  start: ClvScenario = COHORT_EXAMPLE,
): { scenario: ClvScenario; rejected: ScenarioField[] } {
  const scenario = { ...start, retention: [...start.retention], costShare: [...start.costShare] };
  const rejected: ScenarioField[] = [];
  for (const field of Object.keys(QUERY_KEYS) as ScenarioField[]) {
    const raw = query.get(QUERY_KEYS[field]);
    if (raw === null) continue;
    const value =
      field === 'retention' || field === 'costShare' ? readList(raw, FIELDS[field]) : readNumber(raw, FIELDS[field]);
    if (value === undefined) rejected.push(field);
    else (scenario as Record<ScenarioField, number | number[]>)[field] = value;
  }
  return { scenario, rejected };
}
