/** The Pareto curve's words, in both languages. */
import { messages, type Catalog } from '../../lib/i18n';

const en = {
  title: 'The Pareto curve',
  blurb: 'Line customers up from the biggest spender down and see how fast the revenue adds up: is it really 80/20?',
  inputs: 'What to read',
  top: 'Top share of customers',
  topHelp: 'Or drag the point along the curve.',
  headline: 'The top {customers} of customers bring {revenue} of the revenue',
  vsStart: 'In the example shop: {revenue}',
  stats: '80% of the revenue comes from the top {reach}. Gini coefficient {gini}.',
  point: 'Point on the curve: the top {customers} of customers bring {revenue} of the revenue',
  chartLabel: 'The Pareto curve: the share of revenue brought by the top share of customers, largest first',
  xAxis: 'Share of customers, biggest spenders first',
  yAxis: 'Share of revenue',
  legendCurve: 'These customers',
  legendGhost: 'The example shop',
  legendDiagonal: 'Everyone spending the same',
  legendArea: 'Shaded area × 2 = Gini coefficient',
  mark8020: '80/20',
  reach80: '80% of revenue',
  summary: {
    one: 'Ranked from the biggest spender down, the top 20% of the {customers} customer bring {top20} of the revenue, and 80% of the revenue comes from the top {reach}. The Gini coefficient is {gini} (0 if everyone spent the same, near 1 if one customer spent everything).',
    other: 'Ranked from the biggest spender down, the top 20% of the {customers} customers bring {top20} of the revenue, and 80% of the revenue comes from the top {reach}. The Gini coefficient is {gini} (0 if everyone spent the same, near 1 if one customer spent everything).',
  },
  table: 'Points on the curve',
  colTop: 'Top share of customers',
  colCustomers: 'Customers',
  colRevenue: 'Share of revenue',
  yourPoint: '{top} (your point)',
  loading: 'Loading the customers…',
  invalidGiven: 'These customers cannot be drawn: every revenue must be a number of at least 0, and at least one above 0.',
  reset: 'Back to the example',
} satisfies Catalog;

const zh: Catalog<keyof typeof en> = {
  title: '帕累托曲线',
  blurb: '把客户从花钱最多的排到最少的，看收入累加得有多快：真的是 80/20 吗？',
  inputs: '读取哪一点',
  top: '排名靠前的客户比例',
  topHelp: '也可以沿曲线拖动那个点。',
  headline: '排名前 {customers} 的客户带来 {revenue} 的收入',
  vsStart: '示例商店：{revenue}',
  stats: '80% 的收入来自排名前 {reach} 的客户。基尼系数 {gini}。',
  point: '曲线上的点：排名前 {customers} 的客户带来 {revenue} 的收入',
  chartLabel: '帕累托曲线：排名靠前的客户（从花钱最多的算起）带来的收入占比',
  xAxis: '客户数占比（花钱最多的排在前面）',
  yAxis: '收入占比',
  legendCurve: '这批客户',
  legendGhost: '示例商店',
  legendDiagonal: '人人花得一样多',
  legendArea: '阴影面积 × 2 = 基尼系数',
  mark8020: '80/20',
  reach80: '80% 的收入',
  summary:
    '把 {customers} 位客户从花钱最多的往下排，前 20% 带来 {top20} 的收入，80% 的收入来自前 {reach} 的客户。基尼系数为 {gini}（人人花得一样多时为 0，一位客户包揽全部时接近 1）。',
  table: '曲线上的几个点',
  colTop: '排名靠前的客户比例',
  colCustomers: '客户数',
  colRevenue: '收入占比',
  yourPoint: '{top}（你选的点）',
  loading: '正在载入客户数据……',
  invalidGiven: '无法画出这些客户：每位客户的收入都必须是不小于 0 的数字，而且至少有一位大于 0。',
  reset: '恢复示例数据',
};

export const t = messages({ en, zh });
export type ParetoMessage = keyof typeof en;
