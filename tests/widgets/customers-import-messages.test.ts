import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/lib/i18n';
import { describeCount, describeFailure, describeProblems, describeSkip, t } from '../../src/widgets/customers/importMessages';
import { parseLog } from '../../src/widgets/customers/parse';

afterEach(() => {
  i18n.locale = 'en';
});

const bad = 'customer,date,amount\na,2024-01-05,10\nb,someday,3\nc,2024-01-07,n/a\n';

describe('the import’s words', () => {
  it('a file-level error, with its facts in the locale’s numbers and the column in words', () => {
    expect(describeFailure({ code: 'missing-column', detail: { column: 'amount', index: '5', columns: 3 }, message: '' })).toBe('The column chosen for amount is not in the file, which has 3 columns.');
    expect(describeFailure({ code: 'too-large', detail: { limit: 600_000_000 }, message: '' })).toContain('600,000,000');
    i18n.locale = 'zh';
    expect(describeFailure({ code: 'missing-column', detail: { column: 'amount', index: '5', columns: 3 }, message: '' })).toBe('为“金额”选择的列不在文件里，文件只有 3 列。');
    expect(describeFailure({ code: 'spreadsheet', detail: {}, message: '' })).toContain('另存为');
  });

  it('bad rows: the count, then each row shown with its number, column and cell', () => {
    const lines = describeProblems(parseLog(bad).problems);
    expect(lines).toEqual(['2 rows were skipped; the first few:', 'row 3: “someday” in “date” is not a date', 'row 4: “n/a” in “amount” is not an amount']);
    i18n.locale = 'zh';
    expect(describeProblems(parseLog(bad).problems)[1]).toBe('第 3 行：“date”里的“someday”不是日期');
  });

  it('counts in the plural and the singular; skipped models by name', () => {
    expect(describeCount('refunds', 1)).toBe('1 negative amount (a refund) was netted against that day’s purchases.');
    expect(describeCount('duplicates', 1200)).toContain('1,200 rows repeat');
    expect(describeCount('duplicates', 0)).toBe('');
    expect(describeSkip({ model: 'paretonbd', reason: 'too-few-customers' })).toBe('Pareto/NBD was not fitted: it needs at least 20 customers.');
    i18n.locale = 'zh';
    expect(describeSkip({ model: 'gammagamma', reason: 'no-repeat-buyers' })).toBe('未拟合 Gamma-Gamma：重复购买的客户太少。');
    expect(t('stage.parse')).toBe('正在逐行读取');
  });
});
