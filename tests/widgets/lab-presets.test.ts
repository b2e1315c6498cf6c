// Every calculator's course scenarios (the lab's presets) and its headline (what the lab's compare view
// and thumbnails show), checked against the numbers the lessons and their sources give.
import { describe, expect, it } from 'vitest';
import { cdnow } from '../../src/widgets/customers/source.svelte';
import { decode, type ScenarioRecord } from '../../src/widgets/kit/scenario';
import * as clv from '../../src/widgets/clv';
import * as delivered from '../../src/widgets/delivered';
import * as matrix from '../../src/widgets/matrix';
import { MatrixState } from '../../src/widgets/matrix/state.svelte';
import * as migration from '../../src/widgets/migration';
import * as pareto from '../../src/widgets/pareto';
import * as pyramid from '../../src/widgets/pyramid';
import * as retention from '../../src/widgets/retention';
import * as stack from '../../src/widgets/stack';
import { StackState } from '../../src/widgets/stack/state.svelte';
import * as valuemap from '../../src/widgets/valuemap';
import { placeCompanies } from '../../src/widgets/valuemap/state.svelte';
import * as waterfall from '../../src/widgets/waterfall';
import { WIDGETS } from '../../src/widgets/registry';

type Lab = { presets: () => { name: string; record: ScenarioRecord }[]; headline: (r: ScenarioRecord) => { label: string; value: number; decimals: number } | undefined; codec: never };
const value = (w: unknown, i: number) => (w as Lab).headline((w as Lab).presets()[i].record)?.value;
const fixed = (v: number | undefined, d: number) => (v ?? NaN).toFixed(d);

describe('every calculator of the lab', () => {
  it('has course presets whose records a link would keep whole, and a headline for each', async () => {
    for (const entry of WIDGETS.filter((w) => w.kind === 'calculator')) {
      const w = (await entry.load()) as unknown as Lab;
      expect(w.presets, entry.id).toBeTypeOf('function');
      expect(w.headline, entry.id).toBeTypeOf('function');
      const presets = w.presets();
      expect(presets.length, entry.id).toBeGreaterThan(0);
      expect(new Set(presets.map((p) => p.name)).size, `${entry.id}: names differ`).toBe(presets.length);
      for (const p of presets) {
        expect(decode(w.codec, p.record).rejected, `${entry.id}: ${p.name}`).toEqual([]);
        const h = w.headline(p.record);
        if (h) expect(Number.isFinite(h.value), `${entry.id}: ${p.name}`).toBe(true);
      }
    }
  });
});

describe('module 1', () => {
  it('delivered value: the garage 100 − 90 = 10; a price cut of 10 or a time cut of 10 both give 20', () => {
    expect([0, 1, 2].map((i) => value(delivered, i))).toEqual([10, 20, 20]);
  });

  it('value map: our gap is 1.02 − 1.05; pickup rated 7 puts us on the line (1.05); the laggard at 0.85 reaches it too', () => {
    expect(fixed(value(valuemap, 0), 2)).toBe('-0.03');
    expect(fixed(value(valuemap, 1), 2)).toBe('0.00');
    const laggard = decode(valuemap.codec, valuemap.presets()[2].record).scenario;
    const placed = placeCompanies(laggard);
    const last = placed[placed.length - 1];
    expect(fixed(last.price, 2)).toBe('0.85');
    expect(fixed(last.valueGap, 2)).toBe('0.00');
  });
});

describe('module 3', () => {
  it('Pareto: the generated shop 79.9%, spread 1.4 68.6%, spread 0 the diagonal (20%), CDNOW 67.8% once loaded', async () => {
    expect(fixed(value(pareto, 0), 1)).toBe('79.9');
    expect(fixed(value(pareto, 2), 1)).toBe('68.6');
    expect(fixed(value(pareto, 3), 1)).toBe('20.0');
    cdnow.request();
    await expect.poll(() => cdnow.status, { timeout: 15_000 }).toBe('ready');
    expect(fixed(value(pareto, 1), 1)).toBe('67.8');
  });

  it('pyramid: CDNOW’s VIP 1% brings 15.9%, the generated shop’s 20.5%', async () => {
    cdnow.request();
    await expect.poll(() => cdnow.status, { timeout: 15_000 }).toBe('ready');
    expect(fixed(value(pyramid, 0), 1)).toBe('15.9');
    expect(fixed(value(pyramid, 1), 1)).toBe('20.5');
  });

  it('waterfall: A nets 25, B 70; A served for 40 nets 95, A with discounts of 250 loses 45', () => {
    expect([0, 1, 2, 3].map((i) => value(waterfall, i))).toEqual([25, 70, 95, -45]);
  });

  it('matrix: three in danger at the medians; the cost line at 100 leaves only the buying group; canteens at 20 leave danger and take the grocer into adjust costs', () => {
    expect([0, 1, 2].map((i) => value(matrix, i))).toEqual([3, 1, 2]);
    const schools = new MatrixState(matrix.presets()[2].record);
    expect(schools.result.costThreshold).toBe(62.5);
    const start = new MatrixState();
    expect(start.result.costThreshold).toBe(67.5);
    const moved = schools.quadrants.map((q, i) => (q === start.quadrants[i] ? '' : q)).filter(Boolean);
    expect(moved.sort()).toEqual(['adjust-costs', 'develop']);
  });
});

describe('module 5', () => {
  it('retention: five more points on the example add 55,115 (15.7%); MBNA’s case earns 694,256 over 20 years', () => {
    const example = value(retention, 0)!;
    const plusFive = retention.headline({ uplift: '5' })!.value;
    expect(Math.round(plusFive - example)).toBe(55_115);
    expect(fixed(((plusFive - example) / example) * 100, 1)).toBe('15.7');
    expect(Math.round(value(retention, 1)!)).toBe(694_256);
    expect(Math.round(retention.headline({ years: '20', retention: '0.9', uplift: '0' })!.value)).toBe(540_061);
  });

  it('retention, sBG: Fader & Hardie’s regular customers projected to 170 in year 12, the high-end to 378', () => {
    expect(retention.headline(retention.presets()[2].record)).toMatchObject({ measure: 'customers' });
    expect(Math.round(value(retention, 2)!)).toBe(170);
    expect(Math.round(value(retention, 3)!)).toBe(378);
    expect(retention.headline({})).toMatchObject({ measure: 'profit' });
  });
});

describe('module 6', () => {
  it('CLV: the Hughes cohort is worth 51.56 per original customer', () => {
    expect(fixed(value(clv, 0), 2)).toBe('51.56');
  });

  it('always-a-share: 281.16 as always-a-share, 176.00 as lost-for-good, 326.41 with 45% after one quiet period', () => {
    expect([0, 1, 2].map((i) => fixed(value(migration, i), 2))).toEqual(['281.16', '176.00', '326.41']);
  });

  it('profit stack: the coffee subscriber 202.90 after six years, 52.25 after three; the bank customer pays back within her eight years', () => {
    expect(fixed(value(stack, 0), 2)).toBe('202.90');
    expect(fixed(value(stack, 1), 2)).toBe('52.25');
    const bank = new StackState(stack.presets()[2].record);
    expect(bank.scenario.years).toBe(8);
    expect(bank.paybackYear).toBeLessThanOrEqual(8);
    expect(value(stack, 2)).toBeCloseTo(bank.result.lifetimeValue, 10);
  });
});

describe('B compared with A: the baseline (ghost, "vs" readout) is A, not B’s own start', () => {
  it('delivered, waterfall, matrix, retention, always-a-share, profit stack', async () => {
    const { DeliveredState } = await import('../../src/widgets/delivered/state.svelte');
    const { WaterfallState } = await import('../../src/widgets/waterfall/state.svelte');
    const { RetentionState } = await import('../../src/widgets/retention/state.svelte');
    const { MigrationState } = await import('../../src/widgets/migration/state.svelte');

    const d = new DeliveredState();
    d.compareWith(delivered.presets()[1].record);
    expect(d.baseline.deliveredValue).toBe(20);
    expect(d.changed).toBe(true);
    d.apply(delivered.presets()[1].record);
    expect(d.changed).toBe(false);
    d.compareWith(undefined);
    expect(d.baseline.deliveredValue).toBe(10);

    const w = new WaterfallState();
    w.compareWith(waterfall.presets()[1].record); // A shows customer B, who nets 70
    expect(w.referenceNet).toBe(70);

    const m = new MatrixState();
    m.compareWith(matrix.presets()[1].record);
    expect(m.baseline.quadrants.danger.count).toBe(1);
    expect(m.baseline.costThreshold).toBe(100);

    const r = new RetentionState();
    r.compareWith(retention.presets()[1].record);
    expect(r.comparison?.kind).toBe('against');
    expect(Math.round(r.comparison!.cohort.total)).toBe(694_256);
    const sbg = new RetentionState(retention.presets()[2].record);
    sbg.compareWith(retention.presets()[3].record);
    expect(Math.round(sbg.againstProjection!.years[12].sbg)).toBe(378);

    const g = new MigrationState();
    g.compareWith(migration.presets()[1].record); // A reads the same buyer as lost-for-good
    expect(g.baselineValue.toFixed(2)).toBe('176.00');
    expect(g.value.toFixed(2)).toBe('281.16');

    const s = new StackState(stack.presets()[1].record);
    s.compareWith(stack.presets()[0].record);
    expect(s.baseline.lifetimeValue.toFixed(2)).toBe('202.90');
  });
});

describe('the diagrams of modules 2 and 4 name their course cases and a headline too', () => {
  it('ladder: 2, 5, 5, 5 is not yet on the ladder; with the first answer at 4 it reaches the top rung; unanswered, no headline', async () => {
    const ladder = await import('../../src/widgets/ladder');
    expect([0, 1].map((i) => value(ladder, i))).toEqual([0, 4]);
    expect(ladder.headline({})).toBeUndefined();
  });

  it('loyalty types: the kiosk regular’s attitude is 22%; preferring the kiosk lifts it to 56%', async () => {
    const loyalty = await import('../../src/widgets/loyalty-types');
    expect([0, 1].map((i) => fixed(value(loyalty, i), 0))).toEqual(['22', '56']);
  });

  it('satisfaction: one loyalist under intense competition; two once D is at 5, and two (with three hostages) with no competition', async () => {
    const satisfaction = await import('../../src/widgets/satisfaction');
    expect([0, 1, 2].map((i) => value(satisfaction, i))).toEqual([1, 2, 2]);
  });
});
