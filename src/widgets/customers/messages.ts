/**
 * Words shared by the widgets that draw a list of customer revenues (the
 * pyramid and the Pareto curve): where the customers come from, and the
 * CDNOW dataset's attribution, shown wherever its numbers are.
 */
import { messages, type Catalog } from '../../lib/i18n';

const en = {
  sourceLegend: 'Whose customers',
  generated: 'A generated shop',
  generatedHelp: '{customers} customers drawn at random; you set how unequal their spending is.',
  cdnow: 'CDNOW, a real retailer',
  cdnowHelp: '{customers} customers of an online music store, 1997–98.',
  given: 'Your data',
  spread: 'How unequal spending is',
  spreadHelp: '0: every customer spends the same. The higher it is, the more a few customers outspend the rest.',
  spreadValue: 'spread {n}',
  redraw: 'Draw another {customers} customers',
  sample: 'Sample {n}',
  loading: 'Loading the CDNOW data…',
  loadFailed: 'The CDNOW data could not be loaded.',
  retry: 'Try again',
  attribution:
    'Data: CDNOW, an online music retailer. All {transactions} purchases by the {customers} customers who first bought from it in January–March 1997, followed to the end of June 1998; amounts in US dollars. From P. S. Fader, B. G. S. Hardie & K. L. Lee (2005), “Counting your customers the easy way”, Marketing Science 24(2); the data set is distributed by Bruce Hardie.',
  generatedNote:
    'Generated data: {customers} customers whose spending follows a log-normal distribution (spread {spread}, sample {seed}), averaging about {mean} each. Not a real business.',
} satisfies Catalog;

const zh: Catalog<keyof typeof en> = {
  sourceLegend: '用哪批客户的数据',
  generated: '一家模拟商店',
  generatedHelp: '随机生成 {customers} 位客户，消费差距由你来定。',
  cdnow: 'CDNOW：真实的零售商',
  cdnowHelp: '一家在线音乐商店的 {customers} 位客户，1997–1998 年。',
  given: '你的数据',
  spread: '消费差距',
  spreadHelp: '为 0 时每位客户花得一样多；数值越大，少数客户比其他人花得越多。',
  spreadValue: '差距 {n}',
  redraw: '重新抽取 {customers} 位客户',
  sample: '第 {n} 次抽样',
  loading: '正在载入 CDNOW 数据……',
  loadFailed: 'CDNOW 数据未能载入。',
  retry: '重试',
  attribution:
    '数据来源：在线音乐零售商 CDNOW。1997 年 1–3 月首次在该店购物的 {customers} 位客户，截至 1998 年 6 月底的全部 {transactions} 笔购买，金额单位为美元。出自 P. S. Fader、B. G. S. Hardie 与 K. L. Lee（2005），“Counting your customers the easy way”，Marketing Science 第 24 卷第 2 期；数据集由 Bruce Hardie 公开提供。',
  generatedNote: '模拟数据：{customers} 位客户，消费额服从对数正态分布（差距 {spread}，第 {seed} 次抽样），平均每人约 {mean}。并非真实企业。',
};

export const t = messages({ en, zh });
export type CustomersMessage = keyof typeof en;
