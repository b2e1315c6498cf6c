/**
 * How big each handle over a chart can be without touching another (WCAG
 * 2.5.8, target size): a square hit area as wide as the gap to its nearest
 * neighbour (the larger of the x and y gaps), up to the handle's own size. A
 * point closer than MIN_TARGET to one that already has a handle gets none
 * (size 0): a pointer cannot grab it, but it is still reached and moved by
 * keyboard (Tab, then the arrow keys), and the chart says so.
 * The handle in use keeps its own, then earlier points go first, so handles
 * do not trade places while a point is dragged past another.
 */
export const MIN_TARGET = 24;

export interface Target {
  x: number;
  y: number;
  /** The handle's size when nothing crowds it. */
  max: number;
}

const gap = (a: Target, b: Target) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));

/** Each target's handle size in CSS pixels, 0 for a crowded one; `active` is the index of the handle in use, if any. */
export function handleSizes(targets: readonly Target[], active = -1): number[] {
  const rest = targets.map((_, i) => i).filter((i) => i !== active);
  const order = active in targets ? [active, ...rest] : rest;
  const kept: number[] = [];
  for (const i of order) if (kept.every((k) => gap(targets[i], targets[k]) >= MIN_TARGET)) kept.push(i);
  const sizes = targets.map(() => 0);
  for (const i of kept) {
    const nearest = Math.min(...kept.filter((k) => k !== i).map((k) => gap(targets[i], targets[k])));
    sizes[i] = Math.min(targets[i].max, nearest);
  }
  return sizes;
}
