// Module 7's worked example of steps 2 and 4 (phase 2), computed with the retention model: the numbers the lessons quote.
import { describe, expect, it } from 'vitest';
import { cohortProfit, expectedLifetime, retentionUplift } from '../../src/core';

const centres = { customers: 10_000, marginPerCustomer: 200, periods: 10, discountRate: 0.1 };

describe('the service-centre segment, valued before and after retention rises', () => {
  const uplift = retentionUplift({ ...centres, retention: 0.8, points: 5 });

  it('at 80% retention: 5 years on average, 702.98 a customer, 7.03 million for the segment', () => {
    expect(expectedLifetime(0.8)).toBeCloseTo(5, 10);
    expect(uplift.before.valuePerCustomer).toBeCloseTo(702.98, 2);
    expect(uplift.before.totalProfit / 1e6).toBeCloseTo(7.03, 2);
  });

  it('at 85%: 6.67 years, 813.20 a customer, 1.10 million (about 16%) more', () => {
    expect(uplift.after.expectedLifetime!).toBeCloseTo(6.67, 2);
    expect(uplift.after.valuePerCustomer).toBeCloseTo(813.2, 2);
    expect(uplift.profitChange / 1e6).toBeCloseTo(1.1, 2);
    expect(uplift.profitChangeShare!).toBeCloseTo(0.157, 3);
  });

  it('net of 10 a year spent on keeping each customer: 772.54 a customer, still 0.70 million ahead', () => {
    const net = cohortProfit({ ...centres, marginPerCustomer: 190, retention: 0.85 });
    expect(net.valuePerCustomer).toBeCloseTo(772.54, 2);
    expect((net.total - uplift.before.totalProfit) / 1e6).toBeCloseTo(0.7, 2);
  });

  it('breaks even at about 27 a customer a year of extra retention spending', () => {
    const margin = 200 * (uplift.before.totalProfit / uplift.after.totalProfit);
    expect(200 - margin).toBeCloseTo(27.11, 2);
    expect(cohortProfit({ ...centres, marginPerCustomer: margin, retention: 0.85 }).total).toBeCloseTo(uplift.before.totalProfit, 4);
  });
});
