// Every figure module 3's lessons and speaker notes quote, computed by the widgets' own states:
// if a model or a preset changes, this says which sentence of which lesson no longer holds.
import { describe, expect, it } from 'vitest';
import { moveUp, profitabilityWaterfall, topShare } from '../../src/core';
import { cdnow, generatedRevenues } from '../../src/widgets/customers/source.svelte';
import { MatrixState } from '../../src/widgets/matrix/state.svelte';
import { ParetoState } from '../../src/widgets/pareto/state.svelte';
import { PyramidState } from '../../src/widgets/pyramid/state.svelte';
import { PRESET_A } from '../../src/widgets/waterfall/codec';

const pct = (v: number, d = 1) => (v * 100).toFixed(d);

describe('lesson 1, 80/20', () => {
  it('the generated shop: 79.9% at 20%, Gini 0.76; spread 1.4 gives 68.6%, spread 3 a Gini above 0.9, spread 0 the diagonal', () => {
    const s = new ParetoState();
    expect(pct(s.reading!.top20)).toBe('79.9');
    expect(s.reading!.gini.toFixed(2)).toBe('0.76');
    expect(pct(topShare(generatedRevenues(1.4, 2), 0.2))).toBe('68.6');
    const steep = new ParetoState({ spread: '3' });
    expect(steep.reading!.gini).toBeGreaterThan(0.9);
    expect(new ParetoState({ spread: '0' }).reading!.gini).toBeCloseTo(0, 9);
  });

  it('CDNOW: 15.9% at 1%, 50.9% at 10%, 67.8% at 20%, 80% at 32.6%, Gini 0.63; the bottom 80% bring 32.2%', async () => {
    cdnow.request();
    await expect.poll(() => cdnow.status, { timeout: 15_000 }).toBe('ready');
    const r = cdnow.data!.revenues;
    expect([0.01, 0.1, 0.2].map((q) => pct(topShare(r, q)))).toEqual(['15.9', '50.9', '67.8']);
    const s = new ParetoState({ data: 'cdnow' });
    expect(pct(s.reading!.reach80)).toBe('32.6');
    expect(s.reading!.gini.toFixed(2)).toBe('0.63');
    expect(pct(1 - topShare(r, 0.2))).toBe('32.2');
  }, 20_000);
});

describe('lesson 2, customer profitability', () => {
  it('customer A: 3.0% of NSV; with distribution at 40, 95; with discounts at 250, a loss of 45', () => {
    const a = profitabilityWaterfall(PRESET_A);
    expect(pct(a.netProfit / a.netSalesValue)).toBe('3.0');
    expect(profitabilityWaterfall({ ...PRESET_A, distributionAndService: 40 }).netProfit).toBe(95);
    expect(profitabilityWaterfall({ ...PRESET_A, discounts: 250 }).netProfit).toBe(-45);
  });
});

describe('lesson 3, the profitability matrix', () => {
  it('the hotel group at cost 50 lands in develop, and the median takes the online grocer across', () => {
    const s = new MatrixState();
    s.move(8, { netSalesValue: 260, costToServe: 50 });
    expect(s.quadrants[8]).toBe('develop');
    expect(s.result.costThreshold).toBe(62.5);
    expect(s.quadrants[3]).toBe('adjust-costs');
  });

  it('a cost line at 100 leaves only the corner shops in danger, the hotels and schools now cheap to serve', () => {
    const s = new MatrixState({ cost: '100' });
    expect(s.result.quadrants.danger.members.map((c) => c.id)).toEqual(['cornerShops']);
    expect([s.quadrants[8], s.quadrants[11]]).toEqual(['develop', 'develop']);
  });
});

describe('lesson 4, pyramids', () => {
  it('CDNOW: VIP 1,682 dollars each against 43 for a small customer; the generated shop’s VIP tier 20.5%', async () => {
    cdnow.request();
    await expect.poll(() => cdnow.status, { timeout: 15_000 }).toBe('ready');
    const tiers = new PyramidState({ data: 'cdnow' }).tiers!;
    expect(tiers[0].averageRevenue.toFixed(0)).toBe('1682');
    expect(tiers[3].averageRevenue.toFixed(2)).toBe('42.73');
    expect(tiers[2].averageRevenue.toFixed(2)).toBe('219.88');
    expect(pct(new PyramidState().tiers![0].revenueShare)).toBe('20.5');

    const small = moveUp({ tiers, fromTier: 3, share: 0.01 });
    const medium = moveUp({ tiers, fromTier: 2, share: 0.01 });
    expect(Math.round(small.revenueChange)).toBe(33_403);
    expect(pct(small.revenueChange / small.revenueBefore, 2)).toBe('1.34');
    expect(Math.round(medium.revenueChange)).toBe(11_737);
    // "About as much as 780 new small customers would bring."
    expect(Math.round(small.revenueChange / tiers[3].averageRevenue / 10) * 10).toBe(780);
  }, 20_000);
});
