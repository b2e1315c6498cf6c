/**
 * The customer pyramid's geometry, pure. Two pyramids side by side, one cut
 * by share of customers and one by share of revenue, with the same tiers in
 * the same order. Each layer's *area* is its share: a triangle's area grows
 * with the square of its depth, so a layer ends at depth √(cumulative share)
 * × height. The top 1% of customers is a small tip on the left; if it brings
 * 16% of the revenue, it is a broad cap on the right. Under the customers'
 * pyramid sit the customers who bring no revenue in the period (inactive
 * customers, prospects, suspects), as bands not drawn to scale.
 *
 * It takes shares alone, whatever the customers' source.
 */
import { textWidth } from '../kit/chart/text';

export interface TierShares {
  id: string;
  customerShare: number;
  revenueShare: number;
}

export interface Layer {
  id: string;
  /** Depths from the apex, in pixels: where the layer starts and ends. */
  from: number;
  to: number;
  /** The layer's outline: a triangle for the top layer, a trapezoid below. */
  path: string;
  /** Half-way down the layer, and the x of its edge there on the side facing the labels. */
  midY: number;
  edgeX: number;
  /** Area in square pixels (for the tests: proportional to the share). */
  area: number;
}

export interface Pyramid {
  apex: { x: number; y: number };
  /** Half the width of the base. */
  halfBase: number;
  height: number;
  layers: Layer[];
  title: { x: number; y: number };
}

export interface TierLabel {
  id: string;
  x: number;
  /** The name's baseline; the shares go on the line below. */
  y: number;
  /** From the customers' layer to the label, and from the label to the revenue layer. */
  connectors: [string, string];
}

export interface LowerBand {
  id: 'inactive' | 'prospects' | 'suspects';
  path: string;
  x: number;
  y: number;
  /** The band's width where its label sits. */
  width: number;
}

export interface PyramidGeometry {
  width: number;
  height: number;
  customers: Pyramid;
  revenue: Pyramid;
  labels: TierLabel[];
  lower: LowerBand[];
  /** Where "no revenue from these" is written, under the revenue pyramid. */
  noRevenue: { x: number; y: number; width: number };
  /** The width each pyramid has, for its title. */
  slot: number;
}

export const LOWER_BANDS = ['inactive', 'prospects', 'suspects'] as const;

const TITLE_SPACE = 26;
const BAND = 24;
const BAND_GAP = 5;
/** Two lines of label: the tier's name and its shares. */
export const LABEL_GAP = 31;

const f = (v: number) => v.toFixed(2);
const polygon = (points: readonly (readonly [number, number])[]) => `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;

function pyramid(ids: readonly string[], shares: readonly number[], cx: number, top: number, halfBase: number, height: number, labelsOnRight: boolean): Pyramid {
  const halfAt = (depth: number) => (halfBase * depth) / height;
  const layers: Layer[] = [];
  let cumulative = 0;
  let from = 0;
  shares.forEach((share, j) => {
    cumulative = j === shares.length - 1 ? 1 : Math.min(1, cumulative + Math.max(0, share));
    const to = height * Math.sqrt(cumulative);
    const [h0, h1] = [halfAt(from), halfAt(to)];
    const points: [number, number][] =
      from === 0
        ? [
            [cx, top],
            [cx + h1, top + to],
            [cx - h1, top + to],
          ]
        : [
            [cx - h0, top + from],
            [cx + h0, top + from],
            [cx + h1, top + to],
            [cx - h1, top + to],
          ];
    const mid = (from + to) / 2;
    layers.push({
      id: ids[j],
      from,
      to,
      path: polygon(points),
      midY: top + mid,
      edgeX: cx + (labelsOnRight ? 1 : -1) * halfAt(mid),
      area: (h0 + h1) * (to - from),
    });
    from = to;
  });
  return { apex: { x: cx, y: top }, halfBase, height, layers, title: { x: cx, y: 14 } };
}

/**
 * Spreads labels so none is closer than `gap` to the next, each as near its
 * target as it can be, all within [min, max] where there is room. Targets
 * are in the labels' order, top first.
 */
export function spreadLabels(targets: readonly number[], gap: number, min: number, max: number): number[] {
  const ys = [...targets];
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i], i === 0 ? min : ys[i - 1] + gap);
  for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i], i === ys.length - 1 ? max : ys[i + 1] - gap);
  // Not enough room for every gap: start at the top and keep the gaps.
  if (ys[0] < min) for (let i = 0; i < ys.length; i++) ys[i] = min + i * gap;
  return ys;
}

export function pyramidLayout(tiers: readonly TierShares[], width: number): PyramidGeometry {
  const labelColumn = Math.min(190, Math.max(100, width * 0.3));
  const side = (width - labelColumn) / 2;
  const halfBase = Math.max(30, side / 2 - 6);
  const height = Math.round(Math.min(250, Math.max(170, halfBase * 1.6)));
  const top = TITLE_SPACE;
  const ids = tiers.map((t) => t.id);
  const customers = pyramid(ids, tiers.map((t) => t.customerShare), side / 2, top, halfBase, height, true);
  const revenue = pyramid(ids, tiers.map((t) => t.revenueShare), width - side / 2, top, halfBase, height, false);

  const [left, right] = [side + 4, width - side - 4];
  const targets = tiers.map((_, j) => (customers.layers[j].midY + revenue.layers[j].midY) / 2);
  const ys = spreadLabels(targets, LABEL_GAP, top + 10, top + height - LABEL_GAP + 12);
  const labels = tiers.map((t, j): TierLabel => {
    const y = ys[j];
    const c = customers.layers[j];
    const r = revenue.layers[j];
    return {
      id: t.id,
      x: width / 2,
      y,
      connectors: [
        `M${f(c.edgeX)},${f(c.midY)}L${f(left)},${f(y + 4)}`,
        `M${f(right)},${f(y + 4)}L${f(r.edgeX)},${f(r.midY)}`,
      ],
    };
  });

  // The bands under the customers' pyramid continue its slope.
  const cx = customers.apex.x;
  // …but no wider than the pyramid's half of the chart.
  const halfAt = (depth: number) => Math.min((halfBase * depth) / height, side / 2 - 1);
  const lower = LOWER_BANDS.map((id, k): LowerBand => {
    const from = height + BAND_GAP + k * BAND;
    const to = from + BAND - 2;
    return {
      id,
      path: polygon([
        [cx - halfAt(from), top + from],
        [cx + halfAt(from), top + from],
        [cx + halfAt(to), top + to],
        [cx - halfAt(to), top + to],
      ]),
      x: cx,
      y: top + (from + to) / 2,
      width: 2 * halfAt(from),
    };
  });
  const bandsTop = top + height + BAND_GAP;
  return {
    width,
    height: bandsTop + LOWER_BANDS.length * BAND + 4,
    customers,
    revenue,
    labels,
    lower,
    noRevenue: { x: revenue.apex.x, y: bandsTop + (LOWER_BANDS.length * BAND) / 2, width: 2 * halfBase },
    slot: side,
  };
}

/** The height the chart needs at a width, before laying it out (the frame is sized first). */
export function pyramidHeight(width: number): number {
  return pyramidLayout(
    [
      { id: 'a', customerShare: 0.5, revenueShare: 0.5 },
      { id: 'b', customerShare: 0.5, revenueShare: 0.5 },
    ],
    width,
  ).height;
}

/** The label that fits a width: the full one where there is room, else the short one. */
export function bandLabel(full: string, short: string, width: number, fontSize = 11.5): string {
  return textWidth(full, fontSize) <= width - 8 ? full : short;
}
