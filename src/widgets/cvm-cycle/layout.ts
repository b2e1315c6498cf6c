/**
 * The CVM process cycle's geometry, pure: the goal in the middle, the four
 * steps around it clockwise from the top (1 top, 2 right, 3 bottom, 4 left),
 * and an arrow from each step to the next, the last back to the first.
 * Labels wrap by estimated width. Positions are tested.
 */
import { CVM_STEPS, type CvmStep } from '$core';
import { wrapBalanced } from '../kit/chart/wrap';

export interface CycleNode {
  step: CvmStep;
  number: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface CycleGeometry {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  goal: { x: number; y: number; r: number; lines: string[] };
  nodes: CycleNode[];
  /** From each step to the next, clockwise; each ends where its arrowhead goes. */
  arrows: { from: CvmStep; to: CvmStep; path: string }[];
}

export function cycleLayout(width: number, stepLabel: (step: CvmStep) => string, goalLabel: string): CycleGeometry {
  const narrow = width < 480;
  const fontSize = narrow ? 12 : 13;
  const lineHeight = fontSize + 4;
  const pad = 6;
  const r = width < 300 ? 40 : narrow ? 50 : 66;
  // The steps on the left and right keep clear of the goal; the top and bottom ones may be as wide.
  const nodeWidth = Math.min(narrow ? 118 : 170, width / 2 - pad - r - 10);
  const wrap = (text: string, w: number) => wrapBalanced(text, w, fontSize, 4);
  const nodeLines = CVM_STEPS.map((s, i) => wrap(`${i + 1}. ${stepLabel(s)}`, nodeWidth - 16));
  const nodeHeight = Math.max(...nodeLines.map((l) => l.length)) * lineHeight + 16;
  const goalLines = wrap(goalLabel, r * 1.55);
  // Tall enough for the top and bottom steps with the goal and a clear gap for the arrows between them.
  const height = Math.round(2 * nodeHeight + 2 * r + (narrow ? 56 : 72));
  const cx = width / 2;
  const cy = height / 2;
  const place = [
    { x: cx - nodeWidth / 2, y: pad },
    { x: width - pad - nodeWidth, y: cy - nodeHeight / 2 },
    { x: cx - nodeWidth / 2, y: height - pad - nodeHeight },
    { x: pad, y: cy - nodeHeight / 2 },
  ];
  const nodes = CVM_STEPS.map((step, i) => ({ step, number: i + 1, ...place[i], width: nodeWidth, height: nodeHeight, lines: nodeLines[i] }));

  // Each arrow leaves a step's side and arrives on the next step's top or bottom, bending round the corner between them.
  const [top, right, bottom, left] = nodes;
  const f = (v: number) => v.toFixed(1);
  const q = (x1: number, y1: number, qx: number, qy: number, x2: number, y2: number) => `M${f(x1)},${f(y1)}Q${f(qx)},${f(qy)} ${f(x2)},${f(y2)}`;
  const rc = right.x + right.width / 2;
  const lc = left.x + left.width / 2;
  const arrows = [
    { from: top.step, to: right.step, path: q(top.x + top.width, top.y + top.height / 2, rc, top.y + top.height / 2, rc, right.y - 4) },
    { from: right.step, to: bottom.step, path: q(rc, right.y + right.height, rc, bottom.y + bottom.height / 2, bottom.x + bottom.width + 4, bottom.y + bottom.height / 2) },
    { from: bottom.step, to: left.step, path: q(bottom.x, bottom.y + bottom.height / 2, lc, bottom.y + bottom.height / 2, lc, left.y + left.height + 4) },
    { from: left.step, to: top.step, path: q(lc, left.y, lc, top.y + top.height / 2, top.x - 4, top.y + top.height / 2) },
  ];
  return { width, height, fontSize, lineHeight, goal: { x: cx, y: cy, r, lines: goalLines }, nodes, arrows };
}
