import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEDUCTIONS,
  profitabilityMatrix,
  profitabilityWaterfall,
  type MatrixCustomer,
  type WaterfallInput,
} from '../../src/core/profitability';
import { expectInvalid } from './invalid';

const example: WaterfallInput = {
  grossSalesValue: 1000,
  discounts: 100,
  costOfGoods: 500,
  directSelling: 80,
  distributionAndService: 60,
  indirect: 40,
  hardToTrace: 20,
};

describe('the profitability waterfall by hand', () => {
  it('GSV 1000 → NSV 900 → gross profit 400 → net profit 200', () => {
    const w = profitabilityWaterfall(example);
    expect(w.steps.map((s) => [s.key, s.amount, s.value])).toEqual([
      ['discounts', 100, 900],
      ['costOfGoods', 500, 400],
      ['directSelling', 80, 320],
      ['distributionAndService', 60, 260],
      ['indirect', 40, 220],
      ['hardToTrace', 20, 200],
    ]);
    expect(w.steps.map((s) => s.subtotal)).toEqual(['netSalesValue', 'grossProfit', undefined, undefined, undefined, 'netProfit']);
    expect([w.grossSalesValue, w.netSalesValue, w.grossProfit, w.customerCosts, w.netProfit]).toEqual([1000, 900, 400, 200, 200]);
  });

  it('lets net profit go negative when customer costs outrun gross profit', () => {
    const w = profitabilityWaterfall({ ...example, directSelling: 300, indirect: 120 });
    expect(w.grossProfit).toBe(400);
    expect(w.netProfit).toBe(-100);
  });
});

const c = (id: string, netSalesValue: number, costToServe: number): MatrixCustomer => ({ id, netSalesValue, costToServe });
const ids = (members: readonly MatrixCustomer[]) => members.map((m) => m.id);

describe('the profitability matrix', () => {
  it('places four customers about the medians (NSV 250, cost 30)', () => {
    const m = profitabilityMatrix({
      customers: [c('a', 500, 10), c('b', 400, 50), c('c', 100, 20), c('d', 50, 40)],
    });
    expect([m.nsvThreshold, m.costThreshold]).toEqual([250, 30]);
    expect(m.placements.map((p) => p.quadrant)).toEqual(['protect', 'adjust-costs', 'develop', 'danger']);
    expect(ids(m.quadrants.protect.members)).toEqual(['a']);
    expect(m.quadrants.danger.count).toBe(1);
  });

  it('counts a value exactly at the threshold as high', () => {
    // Medians of an odd list are themselves values: NSV median 200, cost median 30.
    const m = profitabilityMatrix({
      customers: [c('a', 300, 10), c('b', 200, 30), c('c', 100, 50)],
    });
    expect([m.nsvThreshold, m.costThreshold]).toEqual([200, 30]);
    expect(m.placements.map((p) => p.quadrant)).toEqual(['protect', 'adjust-costs', 'danger']);
  });

  it('puts tied customers on the same side: all equal means all high', () => {
    const m = profitabilityMatrix({ customers: [c('a', 5, 5), c('b', 5, 5), c('c', 5, 5), c('d', 1, 5)] });
    expect(m.nsvThreshold).toBe(5);
    expect(m.quadrants['adjust-costs'].count).toBe(3);
    expect(ids(m.quadrants.danger.members)).toEqual(['d']);
  });

  it('uses thresholds the user gives, and keeps extra fields on members', () => {
    const m = profitabilityMatrix({
      customers: [{ id: 7, netSalesValue: 100, costToServe: 10, region: 'north' }],
      nsvThreshold: 150,
      costThreshold: 5,
    });
    expect(m.quadrants.danger.members[0].region).toBe('north');
  });
});

describe('invalid input names the field and the rule', () => {
  const cases: [string, () => unknown, string, string][] = [
    ['a negative discount', () => profitabilityWaterfall({ ...example, discounts: -1 }), 'discounts', 'min'],
    ['a NaN GSV', () => profitabilityWaterfall({ ...example, grossSalesValue: NaN }), 'grossSalesValue', 'number'],
    ['a text cost', () => profitabilityWaterfall({ ...example, hardToTrace: '5' as unknown as number }), 'hardToTrace', 'number'],
    ['an amount past the limit', () => profitabilityWaterfall({ ...example, costOfGoods: 1e308, indirect: 1e308 }), 'costOfGoods', 'max'],
    ['a cost to serve past the limit', () => profitabilityMatrix({ customers: [c('a', 1, 2e12)] }), 'customers[0].costToServe', 'max'],
    ['no customers', () => profitabilityMatrix({ customers: [] }), 'customers', 'non-empty'],
    ['a negative cost to serve', () => profitabilityMatrix({ customers: [c('a', 1, 1), c('b', 1, -1)] }), 'customers[1].costToServe', 'min'],
    ['an infinite NSV', () => profitabilityMatrix({ customers: [c('a', Infinity, 1)] }), 'customers[0].netSalesValue', 'number'],
    ['a missing customer', () => profitabilityMatrix({ customers: [null as unknown as MatrixCustomer] }), 'customers[0].netSalesValue', 'number'],
    ['a NaN threshold', () => profitabilityMatrix({ customers: [c('a', 1, 1)], costThreshold: NaN }), 'costThreshold', 'number'],
  ];
  it.each(cases)('%s', (_, run, field, kind) => {
    expectInvalid(run, field, kind);
  });
});

const amount = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 1e6 }));
const waterfallInput = fc.record({
  grossSalesValue: amount,
  discounts: amount,
  costOfGoods: amount,
  directSelling: amount,
  distributionAndService: amount,
  indirect: amount,
  hardToTrace: amount,
});
const customer = fc.record({
  id: fc.uuid(),
  netSalesValue: fc.oneof(fc.constant(100), fc.double({ min: -1e6, max: 1e9, noNaN: true })),
  costToServe: fc.oneof(fc.constant(10), fc.double({ min: 0, max: 1e6, noNaN: true })),
});
const customers = fc.array(customer, { minLength: 1, maxLength: 40 });
const runs = { numRuns: 1000 };

describe('what the theory guarantees, over random valid inputs', () => {
  it('the steps add up: each value is the last less the amount, and net profit is GSV less every deduction', () => {
    fc.assert(
      fc.property(waterfallInput, (input) => {
        const w = profitabilityWaterfall(input);
        expect(w.steps.map((s) => s.key)).toEqual(DEDUCTIONS);
        let value = input.grossSalesValue;
        w.steps.forEach((s) => {
          expect(s.amount).toBe(input[s.key]);
          value -= s.amount;
          expect(s.value).toBe(value);
        });
        expect(w.netProfit).toBe(
          input.grossSalesValue - input.discounts - input.costOfGoods - input.directSelling -
            input.distributionAndService - input.indirect - input.hardToTrace,
        );
        expect(w.netProfit).toBe(w.grossProfit - input.directSelling - input.distributionAndService - input.indirect - input.hardToTrace);
      }),
      runs,
    );
  });

  it('the quadrants partition the customers', () => {
    fc.assert(
      fc.property(customers, (list) => {
        const m = profitabilityMatrix({ customers: list });
        const all = Object.values(m.quadrants).flatMap((q) => q.members);
        expect(all).toHaveLength(list.length);
        expect(new Set(all)).toEqual(new Set(list));
        expect(Object.values(m.quadrants).reduce((a, q) => a + q.count, 0)).toBe(list.length);
        m.placements.forEach((p, i) => expect(p.customer).toBe(list[i]));
      }),
      runs,
    );
  });

  it('raising a cost to serve never moves a customer from a high-cost to a low-cost quadrant', () => {
    const highCost = new Set(['adjust-costs', 'danger']);
    fc.assert(
      fc.property(customers, fc.nat(), fc.double({ min: 0, max: 1e6, noNaN: true }), (list, pick, rise) => {
        const i = pick % list.length;
        const before = profitabilityMatrix({ customers: list });
        const { nsvThreshold, costThreshold } = before;
        const raised = list.map((x, j) => (j === i ? { ...x, costToServe: x.costToServe + rise } : x));
        const after = profitabilityMatrix({ customers: raised, nsvThreshold, costThreshold });
        if (highCost.has(before.placements[i].quadrant)) expect(highCost.has(after.placements[i].quadrant)).toBe(true);
        // NSV did not change, so neither did its side of the matrix.
        expect(['protect', 'adjust-costs'].includes(after.placements[i].quadrant)).toBe(
          ['protect', 'adjust-costs'].includes(before.placements[i].quadrant),
        );
      }),
      runs,
    );
  });
});
