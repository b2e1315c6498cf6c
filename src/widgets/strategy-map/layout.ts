/**
 * The strategy map's geometry, pure: four bands, financial on top and
 * learning and growth at the bottom; in each, its objectives as boxes in
 * captioned groups that flow into rows like wrapped text (one row on a wide
 * screen, several on a phone); the four customer management processes as
 * boxes inside the internal band; and, for the chosen process, the links up
 * to the objectives it serves and down to the capabilities it needs.
 * Labels wrap by estimated width (kit/chart/wrap). Positions are tested.
 */
import { CUSTOMER_PROCESSES, PERSPECTIVES, processRelations, STRATEGY_MAP_OBJECTIVES, type CustomerProcess, type Perspective } from '$core';
import { textWidth, wrapBalanced } from '../kit/chart/wrap';

/** Chosen and linked boxes set their label in bold, which runs about this much wider: wrap for it. */
const BOLD = 1.08;

export interface MapText {
  /** Box labels: an objective's or process's id; group captions: the group's id; band titles: the perspective. */
  label: (id: string) => string;
  caption: (group: string) => string;
  perspective: (p: Perspective) => string;
}

export type BoxState = 'chosen' | 'served' | 'needed' | 'plain';

export interface MapBox {
  id: string;
  kind: 'objective' | 'process';
  perspective: Perspective;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  state: BoxState;
}

export interface MapCaption {
  group: string;
  perspective: Perspective;
  x: number;
  y: number;
  width: number;
  lines: string[];
}

export interface MapBand {
  perspective: Perspective;
  y: number;
  height: number;
  /** The band's title, wrapped to the map's width. */
  title: string[];
}

export interface MapLink {
  from: string;
  to: string;
  kind: 'serves' | 'needs' | 'goal';
  path: string;
}

export interface StrategyMapGeometry {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  bands: MapBand[];
  captions: MapCaption[];
  boxes: MapBox[];
  links: MapLink[];
}

interface GroupSpec {
  id: string;
  captioned: boolean;
  items: { id: string; kind: 'objective' | 'process' }[];
  /** A row of its own, centred and no wider than this. */
  alone?: number;
}

/** What goes where: core's objectives by perspective and group, with the customer-management cluster opened up into its four processes. */
function bandGroups(p: Perspective): GroupSpec[] {
  const groups: GroupSpec[] = [];
  for (const o of STRATEGY_MAP_OBJECTIVES.filter((o) => o.perspective === p)) {
    if (o.id === 'customer-management') {
      groups.push({ id: 'customer-management', captioned: true, items: CUSTOMER_PROCESSES.map((id) => ({ id, kind: 'process' })) });
      continue;
    }
    // Objectives on their own in the book (a goal, an internal cluster, a kind of capital) are groups of one, without a caption.
    const single = ['goal', 'processes', 'capital'].includes(o.group);
    const last = groups[groups.length - 1];
    if (!single && last?.id === o.group) last.items.push({ id: o.id, kind: 'objective' });
    else groups.push({ id: single ? o.id : o.group, captioned: !single, items: [{ id: o.id, kind: 'objective' }], alone: o.group === 'goal' ? 280 : undefined });
  }
  return groups;
}

const curve = (x1: number, y1: number, x2: number, y2: number) => {
  const mid = (y1 + y2) / 2;
  return `M${x1.toFixed(1)},${y1.toFixed(1)}C${x1.toFixed(1)},${mid.toFixed(1)} ${x2.toFixed(1)},${mid.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
};

export function strategyMapLayout(width: number, text: MapText, chosen: CustomerProcess | null): StrategyMapGeometry {
  const narrow = width < 560;
  const fontSize = narrow ? 11 : 12;
  const lineHeight = fontSize + 3;
  const pad = narrow ? 6 : 10;
  const gap = narrow ? 5 : 8;
  const minBox = narrow ? 52 : 60;
  const boxPad = 7;
  const inner = width - 2 * pad;

  const relations = chosen ? processRelations(chosen) : undefined;
  const served = new Set(relations ? [...relations.serves.financial, ...relations.serves.customer] : []);
  const needed = new Set(relations?.needs ?? []);
  const stateOf = (id: string): BoxState => (id === chosen ? 'chosen' : served.has(id) ? 'served' : needed.has(id) ? 'needed' : 'plain');

  const bands: MapBand[] = [];
  const captions: MapCaption[] = [];
  const boxes: MapBox[] = [];
  let y = 0;

  // A box is at least as wide as its longest word in bold, so no word runs out of it.
  const longestWord = (label: string) => Math.max(...label.split(/[\s/-]+/).map((w) => textWidth(w, fontSize) * BOLD));
  const needOf = (id: string) => Math.max(minBox, Math.ceil(longestWord(text.label(id))) + 2 * boxPad + 2);
  const groupNeed = (g: GroupSpec) => (g.alone ? inner + 1 : g.items.reduce((a, it) => a + needOf(it.id), 0) + (g.items.length - 1) * gap);

  for (const perspective of PERSPECTIVES) {
    const bandTop = y;
    const title = wrapBalanced(text.perspective(perspective), inner / BOLD, 13);
    y += pad + title.length * 16 + 2;
    const groups = bandGroups(perspective);
    // Flow the groups into rows, like words into lines: each needs room for its boxes side by side.
    const rows: GroupSpec[][] = [];
    for (const g of groups) {
      const row = rows[rows.length - 1];
      const used = row ? row.reduce((a, r) => a + groupNeed(r), 0) + row.length * gap * 2 : 0;
      if (!row || g.alone || row.some((r) => r.alone) || used + groupNeed(g) > inner) rows.push([g]);
      else row.push(g);
    }
    for (const row of rows) {
      const needs = row.map((g) => Math.min(groupNeed(g), inner));
      const spare = Math.max(0, inner - (row.length - 1) * gap * 2 - needs.reduce((a, b) => a + b, 0));
      const units = row.reduce((a, g) => a + g.items.length, 0);
      let x = pad;
      const laid = row.map((g, gi) => {
        // What is left over is shared out box by box, so wide groups do not starve narrow ones.
        const gw = g.alone ? Math.min(g.alone, inner) : needs[gi] + (spare * g.items.length) / units;
        const gx = g.alone ? pad + (inner - gw) / 2 : x;
        x += gw + gap * 2;
        const widest = Math.max(...g.items.map((it) => needOf(it.id)));
        // A group wider than the map wraps its boxes into a grid of equal columns.
        const fits = groupNeed(g) <= inner || g.alone;
        const cols = fits ? g.items.length : Math.max(1, Math.min(g.items.length, Math.floor((gw + gap) / (widest + gap))));
        const equal = (gw - (cols - 1) * gap) / cols;
        const extra = fits && !g.alone ? (gw - groupNeed(g)) / g.items.length : 0;
        let bx = gx;
        const captionLines = g.captioned ? wrapBalanced(text.caption(g.id), gw, fontSize - 1) : [];
        const items = g.items.map((item, i) => {
          const width = fits && !g.alone ? needOf(item.id) + extra : equal;
          const col = i % cols;
          const at = fits && !g.alone ? bx : gx + col * (equal + gap);
          if (fits && !g.alone) bx += width + gap;
          return { ...item, at, width, row: Math.floor(i / cols), lines: wrapBalanced(text.label(item.id), (width - 2 * boxPad) / BOLD, fontSize, 3) };
        });
        return { g, gx, gw, cols, captionLines, items };
      });
      // Boxes in one row of the band share a height, so the map reads as a grid.
      const captionHeight = Math.max(0, ...laid.map((l) => l.captionLines.length)) * (lineHeight - 1);
      const boxHeight = Math.max(...laid.flatMap((l) => l.items.map((it) => it.lines.length))) * lineHeight + 2 * boxPad;
      const itemRows = Math.max(...laid.map((l) => Math.ceil(l.g.items.length / l.cols)));
      for (const l of laid) {
        if (l.captionLines.length) captions.push({ group: l.g.id, perspective, x: l.gx, y: y + fontSize - 1, width: l.gw, lines: l.captionLines });
        for (const it of l.items) {
          boxes.push({
            id: it.id,
            kind: it.kind,
            perspective,
            x: it.at,
            y: y + captionHeight + (captionHeight ? 4 : 0) + it.row * (boxHeight + gap),
            width: it.width,
            height: boxHeight,
            lines: it.lines,
            state: stateOf(it.id),
          });
        }
      }
      y += captionHeight + (captionHeight ? 4 : 0) + itemRows * boxHeight + (itemRows - 1) * gap + gap * 1.5;
    }
    y += pad - gap * 1.5 + 4;
    bands.push({ perspective, y: bandTop, height: y - bandTop, title });
  }

  const box = new Map(boxes.map((b) => [b.id, b]));
  const links: MapLink[] = [];
  if (relations && chosen) {
    const from = box.get(chosen)!;
    const cx = from.x + from.width / 2;
    for (const id of [...relations.serves.customer, ...relations.serves.financial.filter((f) => f !== 'shareholder-value')]) {
      const to = box.get(id)!;
      links.push({ from: chosen, to: id, kind: 'serves', path: curve(cx, from.y, to.x + to.width / 2, to.y + to.height) });
    }
    const goal = box.get('shareholder-value')!;
    for (const id of relations.serves.financial.filter((f) => f !== 'shareholder-value')) {
      const f = box.get(id)!;
      links.push({ from: id, to: 'shareholder-value', kind: 'goal', path: curve(f.x + f.width / 2, f.y, goal.x + goal.width / 2, goal.y + goal.height) });
    }
    for (const id of relations.needs) {
      const to = box.get(id)!;
      links.push({ from: chosen, to: id, kind: 'needs', path: curve(cx, from.y + from.height, to.x + to.width / 2, to.y) });
    }
  }
  // Shareholder value is served by whichever process is chosen, through the financial objectives above.
  if (chosen) {
    const goal = boxes.find((b) => b.id === 'shareholder-value')!;
    goal.state = 'served';
  }
  return { width, height: Math.ceil(y), fontSize, lineHeight, bands, captions, boxes, links };
}
