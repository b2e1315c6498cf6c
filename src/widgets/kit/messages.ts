/** The kit's own words: input messages, table, export and scenario notices, in both languages. */
import { messages, type Catalog } from '../../lib/i18n';

const en = {
  'input.number': 'Enter a number, such as 12 or 12.5.',
  'input.whole': 'Enter a whole number.',
  'input.range': 'Enter a value from {min} to {max}.',
  'input.ambiguous': '“{text}” could mean {decimal} or {whole}. Type {decimal} or {whole}.',
  'input.slider': '{label} (slider)',
  'input.sameEveryYear': 'Same every year',
  'input.eachYear': 'A value for each year',
  'input.more': 'More inputs',
  'scenario.rejected': 'Part of the link was not valid, so these values were set back to the start: {fields}.',
  'scenario.stale': 'Fix the highlighted field; the results show your last valid numbers.',
  'scenario.reset': 'Back to the start',
  'scenario.copyLink': 'Copy a link to this scenario',
  'scenario.copied': 'Link copied.',
  'scenario.copyFailed': 'This browser would not copy the link; copy the address from the address bar instead.',
  'export.menu': 'Download:',
  'export.csv': 'Data (CSV)',
  'export.svg': 'Chart (SVG)',
  'export.png': 'Chart (PNG)',
  'point.role': 'movable point',
  'point.keys': 'Arrow keys move it; hold Shift to move ten steps at a time.',
  'point.crowded': 'Some points sit too close together to grab with a pointer: reach one with Tab and move it with the arrow keys, or drag a neighbour away first.',
  // The lab's B, compared with A: its baseline is A, not its own start.
  'compare.vs': '{change} vs scenario A',
  'compare.ghost': 'Scenario A',
  'compare.in': 'In scenario A: {value}',
  'compare.summary': ' In scenario A it is {value}.',
} satisfies Catalog;

const zh: Catalog<keyof typeof en> = {
  'input.number': '请输入数字，例如 12 或 12.5。',
  'input.whole': '请输入整数。',
  'input.range': '请输入 {min} 到 {max} 之间的数值。',
  'input.ambiguous': '“{text}”既可能是 {decimal}，也可能是 {whole}。请直接输入 {decimal} 或 {whole}。',
  'input.slider': '{label}（滑块）',
  'input.sameEveryYear': '每年相同',
  'input.eachYear': '逐年设定',
  'input.more': '更多输入项',
  'scenario.rejected': '链接中有部分数值无效，以下各项已恢复为初始数值：{fields}。',
  'scenario.stale': '请修正标出的输入项；结果仍显示你上一次有效的数字。',
  'scenario.reset': '恢复初始数值',
  'scenario.copyLink': '复制此情景的链接',
  'scenario.copied': '链接已复制。',
  'scenario.copyFailed': '浏览器不允许复制链接，请直接复制地址栏中的网址。',
  'export.menu': '下载：',
  'export.csv': '数据（CSV）',
  'export.svg': '图表（SVG）',
  'export.png': '图表（PNG）',
  'point.role': '可移动的点',
  'point.keys': '用方向键移动；按住 Shift 键，每次移动十步。',
  'point.crowded': '有几个点挨得太近，无法用鼠标或手指逐个拖动：可以按 Tab 键选中其中一个，再用方向键移动；也可以先把旁边的点拖开。',
  'compare.vs': '与情景 A 相比 {change}',
  'compare.ghost': '情景 A',
  'compare.in': '情景 A：{value}',
  'compare.summary': '情景 A 中为 {value}。',
};

export const t = messages({ en, zh });
export type KitMessage = keyof typeof en;
