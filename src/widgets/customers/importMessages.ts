/**
 * The import's words, in both languages: what each file-level error, each kind
 * of bad row, each skipped model and each stage of the progress bar says. The
 * worker reports codes (parse.ts, pipeline.ts); the page shows these.
 */
import { formatCount, messages, type Catalog } from '../../lib/i18n';
import type { ImportFailure } from './protocol';
import type { Problems } from './parse';

const en = {
  title: 'Your customers',
  blurb: 'Drop in your own transaction file and see your pyramid, your Pareto curve and each customer’s predicted value, computed on your machine.',
  'error.empty': 'The file is empty.',
  'error.binary': 'This is not a text file. Export your data as CSV (comma- or semicolon-separated text) and try again.',
  'error.spreadsheet': 'This is a spreadsheet file (.xlsx or .xls), not CSV. In your spreadsheet program choose “Save as” → “CSV” and load that file.',
  'error.too-large': 'The file is too large to read here (over {limit} characters). Load a shorter period or fewer columns.',
  'error.one-column': 'Every row has a single column, so the separator could not be found. Check that the file separates columns with commas, semicolons, tabs or |.',
  'error.missing-column': 'The column chosen for {column} is not in the file, which has {columns} columns.',
  'error.no-rows': 'The file has a header but no rows of data.',
  'error.no-valid-rows': 'None of the {records} rows could be read: each had a missing or unreadable customer, date or amount.',
  'error.no-dates': 'No column of dates was found. Choose the date column and its format.',
  'error.nothing-before-end': 'The observation end ({observationEnd}) is before the first purchase ({firstDay}).',
  'error.bad-option': 'The setting “{option}” is not valid.',
  'error.cancelled': 'The import was cancelled.',
  'error.internal': 'Something went wrong while reading the file: {message}',
  'problem.fields': 'row {row}: too few columns',
  'problem.customer': 'row {row}: no customer in “{column}”',
  'problem.date': 'row {row}: “{value}” in “{column}” is not a date',
  'problem.amount': 'row {row}: “{value}” in “{column}” is not an amount',
  'problem.refund': 'row {row}: negative amount “{value}”',
  problems: { one: '{n} row was skipped:', other: '{n} rows were skipped; the first few:' },
  refunds: { one: '{n} negative amount (a refund) was netted against that day’s purchases.', other: '{n} negative amounts (refunds) were netted against those days’ purchases.' },
  duplicates: { one: '{n} row repeats an earlier one exactly (same customer, date and amount).', other: '{n} rows repeat earlier ones exactly (same customer, date and amount).' },
  'skip.not-asked': '{model} was not fitted.',
  'skip.too-few-customers': '{model} was not fitted: it needs at least 20 customers.',
  'skip.no-repeat-buyers': '{model} was not fitted: too few customers bought more than once.',
  'skip.did-not-converge': '{model} was not fitted: the search for its parameters did not settle on these data.',
  'skip.mean-spend-undefined': '{model} gives no average spend on these data (q ≤ 1): spend is too uneven for the model.',
  'skip.failed': '{model} could not be fitted to these data.',
  'model.bgnbd': 'BG/NBD',
  'model.paretonbd': 'Pareto/NBD',
  'model.gammagamma': 'Gamma-Gamma',
  'column.customer': 'customer',
  'column.date': 'date',
  'column.amount': 'amount',
  'stage.read': 'Reading the file',
  'stage.parse': 'Reading the rows',
  'stage.summary': 'Summarising each customer',
  'stage.bgnbd': 'Fitting BG/NBD',
  'stage.paretonbd': 'Fitting Pareto/NBD',
  'stage.gammagamma': 'Fitting Gamma-Gamma',
  'stage.forecast': 'Forecasting each customer',
  'stage.concentration': 'Building the pyramid and the Pareto curve',
};

const zh: Catalog<keyof typeof en> = {
  title: '你的客户',
  blurb: '导入自己的交易记录，看你自己的客户金字塔、帕累托曲线和每位客户的预测价值；计算全在本机完成。',
  'error.empty': '文件是空的。',
  'error.binary': '这不是文本文件。请把数据导出为 CSV（逗号或分号分隔的文本）后再试。',
  'error.spreadsheet': '这是电子表格文件（.xlsx 或 .xls），不是 CSV。请在表格软件里选择“另存为”→“CSV”，再导入那个文件。',
  'error.too-large': '文件太大，无法在这里读取（超过 {limit} 个字符）。请缩短时间范围或减少列数。',
  'error.one-column': '每一行都只有一列，找不到分隔符。请确认文件用逗号、分号、制表符或 | 分隔各列。',
  'error.missing-column': '为“{column}”选择的列不在文件里，文件只有 {columns} 列。',
  'error.no-rows': '文件只有表头，没有数据行。',
  'error.no-valid-rows': '{records} 行数据都无法读取：每一行的客户、日期或金额不是缺失就是无法识别。',
  'error.no-dates': '没有找到日期列。请指定日期所在的列及其格式。',
  'error.nothing-before-end': '观察截止日（{observationEnd}）早于第一笔购买（{firstDay}）。',
  'error.bad-option': '设置“{option}”无效。',
  'error.cancelled': '导入已取消。',
  'error.internal': '读取文件时出错：{message}',
  'problem.fields': '第 {row} 行：列数不够',
  'problem.customer': '第 {row} 行：“{column}”里没有客户',
  'problem.date': '第 {row} 行：“{column}”里的“{value}”不是日期',
  'problem.amount': '第 {row} 行：“{column}”里的“{value}”不是金额',
  'problem.refund': '第 {row} 行：金额为负（“{value}”）',
  problems: { one: '跳过了 {n} 行：', other: '跳过了 {n} 行，前几行是：' },
  refunds: { one: '有 {n} 笔负金额（退款），已从当天的购买额中扣除。', other: '有 {n} 笔负金额（退款），已从当天的购买额中扣除。' },
  duplicates: { one: '有 {n} 行与前面某一行完全相同（客户、日期、金额都一样）。', other: '有 {n} 行与前面的行完全相同（客户、日期、金额都一样）。' },
  'skip.not-asked': '未拟合 {model}。',
  'skip.too-few-customers': '未拟合 {model}：至少需要 20 位客户。',
  'skip.no-repeat-buyers': '未拟合 {model}：重复购买的客户太少。',
  'skip.did-not-converge': '未拟合 {model}：在这些数据上，参数搜索没有收敛。',
  'skip.mean-spend-undefined': '在这些数据上 {model} 给不出平均消费额（q ≤ 1）：消费额差异太大，超出了模型的适用范围。',
  'skip.failed': '{model} 无法拟合这些数据。',
  'model.bgnbd': 'BG/NBD',
  'model.paretonbd': 'Pareto/NBD',
  'model.gammagamma': 'Gamma-Gamma',
  'column.customer': '客户',
  'column.date': '日期',
  'column.amount': '金额',
  'stage.read': '正在读取文件',
  'stage.parse': '正在逐行读取',
  'stage.summary': '正在汇总每位客户',
  'stage.bgnbd': '正在拟合 BG/NBD',
  'stage.paretonbd': '正在拟合 Pareto/NBD',
  'stage.gammagamma': '正在拟合 Gamma-Gamma',
  'stage.forecast': '正在预测每位客户',
  'stage.concentration': '正在生成客户金字塔和帕累托曲线',
};

export const t = messages({ en, zh });
export type ImportMessage = keyof typeof en;

/** Numbers in the locale's format, column keys in words. */
function wordsFor(detail: Record<string, string | number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(detail)) {
    out[k] = typeof v === 'number' ? formatCount(v) : k === 'column' && ['customer', 'date', 'amount'].includes(v) ? t(`column.${v}` as ImportMessage) : v;
  }
  return out;
}

/** A file-level failure in words. */
export function describeFailure(failure: ImportFailure): string {
  return t(`error.${failure.code}` as ImportMessage, { ...wordsFor(failure.detail), message: failure.message });
}

/** A notice with a count (`refunds`, `duplicates`) in words, or '' for none. */
export function describeCount(key: 'refunds' | 'duplicates', count: number): string {
  return count > 0 ? t(key, { count, n: formatCount(count) }) : '';
}

/** A skipped model in words. */
export function describeSkip(skip: { model: 'bgnbd' | 'paretonbd' | 'gammagamma'; reason: string }): string {
  return t(`skip.${skip.reason}` as ImportMessage, { model: t(`model.${skip.model}`) });
}

/** The skipped rows in words: the count, then one line per row shown (its cell as it was; the column by its name). */
export function describeProblems(problems: Problems): string[] {
  if (problems.count === 0) return [];
  return [
    t('problems', { count: problems.count, n: formatCount(problems.count) }),
    ...problems.first.map((p) => t(`problem.${p.kind}` as ImportMessage, { row: formatCount(p.row), column: p.column, value: p.value })),
  ];
}
