// Module 3's widget states and codecs, without rendering: the numbers the lessons quote come from here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerTiers, profitabilityWaterfall, topShare } from '../../src/core';
import { cdnow, CDNOW_FACTS, generatedRevenues } from '../../src/widgets/customers/source.svelte';
import { decode, defaults, encode } from '../../src/widgets/kit/scenario';
import { matrixCodec, RANGE, SAMPLE, type MatrixScenario } from '../../src/widgets/matrix/codec';
import { MatrixState } from '../../src/widgets/matrix/state.svelte';
import { paretoCodec } from '../../src/widgets/pareto/codec';
import { ParetoState } from '../../src/widgets/pareto/state.svelte';
import { MOVABLE, pyramidCodec, type PyramidScenario } from '../../src/widgets/pyramid/codec';
import { PyramidState } from '../../src/widgets/pyramid/state.svelte';
import { PRESET_A, PRESET_B, waterfallCodec } from '../../src/widgets/waterfall/codec';
import { compare, WaterfallState } from '../../src/widgets/waterfall/state.svelte';

const pct = (v: number | undefined, d = 1) => ((v ?? NaN) * 100).toFixed(d);

async function loadedCdnow() {
  cdnow.request();
  await expect.poll(() => cdnow.status, { timeout: 15_000 }).toBe('ready');
  return cdnow.data!;
}

describe('the generated shop every customer widget starts from', () => {
  it('is the textbook 80/20: its top 20% bring 79.9% of revenue', () => {
    const r = generatedRevenues(1.8, 2);
    expect(r).toHaveLength(1000);
    expect(pct(topShare(r, 0.2))).toBe('79.9');
  });

  it('knows CDNOW’s size before loading it, and the data agree', async () => {
    const data = await loadedCdnow();
    expect(data.customers).toBe(CDNOW_FACTS.customers);
    expect(data.transactions).toBe(CDNOW_FACTS.transactions);
  }, 20_000);
});

describe('the customer pyramid’s state', () => {
  it('starts at Curry’s 1 / 4 / 15 / 80 on the generated shop: the VIP 1% bring 20.5%', () => {
    const s = new PyramidState();
    expect(s.tiers!.map((t) => t.customers)).toEqual([10, 40, 150, 800]);
    expect(pct(s.tiers![0].revenueShare)).toBe('20.5');
    expect(pct(s.tiers![0].revenueShare + s.tiers![1].revenueShare + s.tiers![2].revenueShare)).toBe('79.9');
  });

  it('moves 1% of the small customers up to medium: 8 customers, +2,529 of revenue', () => {
    const s = new PyramidState();
    const w = s.whatIf!;
    expect(w.ok).toBe(true);
    if (!w.ok) return;
    expect(w.result.customersMoved).toBeCloseTo(8, 9);
    expect(w.result.fromTier).toBe(3);
    expect(w.result.toTier).toBe(2);
    const [, , medium, small] = s.tiers!;
    expect(w.result.revenueChange).toBeCloseTo(8 * (medium.averageRevenue - small.averageRevenue), 6);
    expect(Math.round(w.result.revenueChange)).toBe(2529);
  });

  it('recuts the tiers when the learner moves a cut-off, the bottom tier taking the rest', () => {
    const s = new PyramidState();
    s.scenario.top = 0.05;
    expect(s.tiers!.map((t) => t.customers)).toEqual([50, 40, 150, 760]);
    expect(s.changed).toBe(true);
  });

  it('reads CDNOW once it has loaded: 236 / 943 / 3,535 / 18,856 customers, the top three tiers 67.8% of revenue', async () => {
    await loadedCdnow();
    const s = new PyramidState({ data: 'cdnow' });
    const tiers = s.tiers!;
    expect(tiers.map((t) => t.customers)).toEqual([236, 943, 3535, 18_856]);
    expect(pct(tiers[0].revenueShare)).toBe('15.9');
    expect(pct(tiers[0].revenueShare + tiers[1].revenueShare + tiers[2].revenueShare)).toBe('67.8');
  }, 20_000);

  it('takes a list of revenues from outside, and says when it cannot use it', () => {
    const s = new PyramidState({}, [500, 100, 100, 50, 20, 10, 10, 5, 5, 0]);
    expect(s.tiers!.map((t) => t.customers)).toEqual([1, 0, 1, 8]);
    // The tier above the small customers is empty when there are too few customers: nothing to move into.
    s.scenario.moveFrom = 'second';
    expect(s.whatIf).toEqual({ ok: false, reason: 'empty' });
    const bad = new PyramidState({}, [0, 0]);
    expect(bad.unusable).toBe(true);
    expect(bad.tiers).toBeUndefined();
  });

  it('names a link’s bad cut-offs and keeps Curry’s', () => {
    const { scenario, rejected } = decode(pyramidCodec, { top: '0.5', third: '-1', names: 'metals', moveFrom: 'top', data: 'cdnow' });
    expect(rejected).toEqual(['top', 'third', 'names', 'moveFrom']);
    expect([scenario.top, scenario.third, scenario.data]).toEqual([0.01, 0.15, 'cdnow']);
  });
});

describe('the Pareto curve’s state', () => {
  it('reads the generated shop at 20%: 79.9%, and 80% of revenue from the top 20.1%', () => {
    const s = new ParetoState();
    expect(pct(s.topAt)).toBe('79.9');
    expect(pct(s.reading!.reach80)).toBe('20.1');
    expect(s.dataChanged).toBe(false);
  });

  it('on CDNOW finds 68/20 and Gini 0.635, with the example shop kept as the ghost', async () => {
    await loadedCdnow();
    const s = new ParetoState();
    s.scenario.data = 'cdnow';
    expect(pct(s.topAt)).toBe('67.8');
    expect(s.reading!.gini.toFixed(3)).toBe('0.635');
    expect(pct(s.reading!.reach80)).toBe('32.6');
    expect(s.dataChanged).toBe(true);
    expect(pct(s.baseline!.top20)).toBe('79.9');
  }, 20_000);

  it('reads any point the learner picks, and a shop with no spread is a straight line', () => {
    const s = new ParetoState({ spread: '0' });
    s.scenario.top = 0.35;
    expect(pct(s.topAt)).toBe('35.0');
    expect(s.reading!.gini).toBeCloseTo(0, 9);
  });

  it('takes revenues from outside and has no ghost for them', () => {
    const s = new ParetoState({}, [10, 10, 10, 70]);
    expect(pct(s.topAt)).toBe('70.0');
    expect(s.baseline).toBeUndefined();
    s.given = [0];
    expect(s.unusable).toBe(true);
    expect(s.reading).toBeUndefined();
  });
});

describe('the waterfall’s state', () => {
  it('flips the two presets: A leads on gross profit (300 vs 180), B on net profit (70 vs 25)', () => {
    const s = new WaterfallState();
    expect([s.a.grossProfit, s.b.grossProfit, s.a.netProfit, s.b.netProfit]).toEqual([300, 180, 25, 70]);
    expect(s.comparison).toEqual({ gross: 'a', net: 'b', flips: true });
    expect(s.shown).toBe(s.a);
  });

  it('follows an edited step, keeps the start as the ghost, and notices when the flip goes', () => {
    const s = new WaterfallState();
    s.scenario.a.distributionAndService = 40;
    expect(s.a.netProfit).toBe(95);
    expect(s.shownChanged).toBe(true);
    expect(s.baseline.netProfit).toBe(25);
    expect(s.comparison.flips).toBe(false);
    s.scenario.customer = 'b';
    expect(s.shownChanged).toBe(false);
  });

  it('calls a tie a tie', () => {
    const a = profitabilityWaterfall(PRESET_A);
    expect(compare(a, a)).toEqual({ gross: 'tie', net: 'tie', flips: false });
  });

  it('reads an account from a link only whole: seven amounts within the limits', () => {
    expect(decode(waterfallCodec, { a: '1,2,3' }).rejected).toEqual(['a']);
    expect(decode(waterfallCodec, { b: '450,20,250,45,40,15,-10' }).rejected).toEqual(['b']);
    expect(decode(waterfallCodec, { b: '500,0,0,0,0,0,0' }).scenario.b).toEqual({ ...PRESET_B, grossSalesValue: 500, discounts: 0, costOfGoods: 0, directSelling: 0, distributionAndService: 0, indirect: 0, hardToTrace: 0 });
  });
});

describe('the matrix’s state', () => {
  it('splits the sample three, three, three, three about its medians (NSV 415, cost 67.5)', () => {
    const s = new MatrixState();
    expect([s.result.nsvThreshold, s.result.costThreshold]).toEqual([415, 67.5]);
    expect(Object.values(s.result.quadrants).map((q) => q.count)).toEqual([3, 3, 3, 3]);
    expect(s.result.quadrants.danger.members.map((c) => c.id)).toEqual(['cornerShops', 'hotels', 'schools']);
  });

  it('moves a customer to another quadrant when dragged past a threshold, the medians following', () => {
    const s = new MatrixState();
    // School canteens (12) served more cheaply: from danger to develop.
    s.move(11, { netSalesValue: 120, costToServe: 20 });
    expect(s.quadrants[11]).toBe('develop');
    expect(s.result.costThreshold).toBe(62.5);
    expect(s.startQuadrants[11]).toBe('danger');
  });

  it('uses a threshold the learner sets, and goes back to the medians', () => {
    const s = new MatrixState();
    s.scenario.cost = 100;
    expect(s.result.costThreshold).toBe(100);
    expect(s.quadrants[3]).toBe('protect');
    expect(s.quadrants[8]).toBe('develop'); // hotels at cost 90, now below the line
    s.useMedians();
    expect(s.result.costThreshold).toBe(67.5);
  });

  it('rejects a link whose places are not all on the chart', () => {
    const good = encode(matrixCodec, defaults(matrixCodec)).at;
    expect(decode(matrixCodec, { at: good }).rejected).toEqual([]);
    expect(decode(matrixCodec, { at: good.replace('900_210', '900_999') }).rejected).toEqual(['positions']);
    expect(decode(matrixCodec, { at: good.split(',').slice(1).join(',') }).rejected).toEqual(['positions']);
    expect(decode(matrixCodec, { nsv: 'median', cost: '12.5' }).scenario.cost).toBe(12.5);
    expect(decode(matrixCodec, { nsv: 'mean' }).rejected).toEqual(['nsv']);
  });
});

// Every scenario the inputs can hold survives a round trip, and the model takes it.
const share = (max: number) => fc.double({ min: 0.001, max, noNaN: true }).map((v) => Number(v.toFixed(4)));
describe('round trips over every scenario the inputs allow', () => {
  it('the pyramid', () => {
    const revenues = generatedRevenues(1.8, 2);
    fc.assert(
      fc.property(share(0.2), share(0.3), share(0.4), share(1), fc.constantFrom(...MOVABLE), (top, second, third, moveShare, moveFrom) => {
        const scenario: PyramidScenario = { ...defaults(pyramidCodec), top, second, third, moveShare, moveFrom };
        const back = decode(pyramidCodec, encode(pyramidCodec, scenario));
        expect(back).toEqual({ scenario, rejected: [] });
        expect(() => customerTiers({ revenues, cutoffs: [top, second, third, 1 - top - second - third] })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('the Pareto curve', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 30 }), (top, spread) => {
        const scenario = { ...defaults(paretoCodec), top: top / 100, spread: spread / 10 };
        expect(decode(paretoCodec, encode(paretoCodec, scenario))).toEqual({ scenario, rejected: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('the matrix', () => {
    const place = fc.record({ netSalesValue: fc.integer({ min: 0, max: RANGE.netSalesValue.max }), costToServe: fc.integer({ min: 0, max: RANGE.costToServe.max }) });
    fc.assert(
      fc.property(fc.array(place, { minLength: SAMPLE.length, maxLength: SAMPLE.length }), fc.oneof(fc.constant('median' as const), fc.integer({ min: 0, max: 1000 })), (positions, nsv) => {
        const scenario: MatrixScenario = { positions, nsv, cost: 'median' };
        expect(decode(matrixCodec, encode(matrixCodec, scenario))).toEqual({ scenario, rejected: [] });
      }),
      { numRuns: 300 },
    );
  });
});
