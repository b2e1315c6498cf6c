/**
 * The profitability matrix's scenario: where each of the sample's customers
 * sits (net sales value and cost to serve, in thousands), and the two
 * thresholds, each either the median of the customers (deck 003 leaves the
 * cut to the firm; the median splits them evenly) or a number the learner set.
 * The sample is the course's own: a food maker's twelve trade customers.
 */
import { PROFITABILITY_LIMITS } from '$core';
import { parseStoredNumber } from '../../lib/number';
import { inLimits, type Codec, type Field, type NumberSpec } from '../kit/scenario';

/**
 * The part of the plane the chart shows and a customer can be dragged over, in
 * thousands: inside the model's own limits (PROFITABILITY_LIMITS).
 */
export const RANGE = {
  netSalesValue: { min: 0, max: 1000 },
  costToServe: { min: 0, max: 250 },
} as const;

export interface Position {
  netSalesValue: number;
  costToServe: number;
}

export const SAMPLE = [
  { id: 'hypermarkets', netSalesValue: 900, costToServe: 210 },
  { id: 'national', netSalesValue: 780, costToServe: 150 },
  { id: 'regional', netSalesValue: 680, costToServe: 60 },
  { id: 'online', netSalesValue: 560, costToServe: 65 },
  { id: 'airline', netSalesValue: 480, costToServe: 190 },
  { id: 'convenience', netSalesValue: 450, costToServe: 45 },
  { id: 'cornerShops', netSalesValue: 380, costToServe: 110 },
  { id: 'foodHalls', netSalesValue: 300, costToServe: 40 },
  { id: 'hotels', netSalesValue: 260, costToServe: 90 },
  { id: 'petrol', netSalesValue: 200, costToServe: 25 },
  { id: 'offices', netSalesValue: 100, costToServe: 30 },
  { id: 'schools', netSalesValue: 120, costToServe: 70 },
] as const;
export type CustomerId = (typeof SAMPLE)[number]['id'];

export type Threshold = number | 'median';

export interface MatrixScenario {
  positions: Position[];
  nsv: Threshold;
  cost: Threshold;
}

const inside = (axis: keyof typeof RANGE, v: number | undefined): v is number =>
  v !== undefined && inLimits(RANGE[axis], v) && inLimits(PROFITABILITY_LIMITS[axis], v);

/** Every customer's place, as "nsv_cost" pairs joined by commas, in the sample's order; anything else is rejected whole. */
function positionsField(): Field<Position[]> {
  return {
    key: 'at',
    default: SAMPLE.map(({ netSalesValue, costToServe }) => ({ netSalesValue, costToServe })),
    read(raw) {
      const pairs = raw.split(',');
      if (pairs.length !== SAMPLE.length) return undefined;
      const out: Position[] = [];
      for (const pair of pairs) {
        const [nsv, cost, extra] = pair.split('_').map(parseStoredNumber);
        if (extra !== undefined || !inside('netSalesValue', nsv) || !inside('costToServe', cost)) return undefined;
        out.push({ netSalesValue: nsv, costToServe: cost });
      }
      return out;
    },
    write: (positions) => positions.map((p) => `${tidy(p.netSalesValue)}_${tidy(p.costToServe)}`).join(','),
  };
}

const tidy = (v: number) => String(Number(v.toFixed(6)) + 0);

function thresholdField(key: string, axis: keyof typeof RANGE): Field<Threshold> {
  return {
    key,
    default: 'median',
    read(raw) {
      if (raw === 'median') return 'median';
      const v = parseStoredNumber(raw);
      return inside(axis, v) ? v : undefined;
    },
    write: (v) => (v === 'median' ? 'median' : tidy(v)),
  };
}

export const matrixCodec = {
  id: 'matrix',
  fields: {
    positions: positionsField(),
    nsv: thresholdField('nsv', 'netSalesValue'),
    cost: thresholdField('cost', 'costToServe'),
  },
} satisfies Codec<MatrixScenario>;

export const THRESHOLD_SPEC = {
  netSalesValue: { limits: RANGE.netSalesValue, step: 10, slider: false } satisfies NumberSpec,
  costToServe: { limits: RANGE.costToServe, step: 5, slider: false } satisfies NumberSpec,
};
