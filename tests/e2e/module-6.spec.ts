// Module 6 walked in both languages: every widget reacts to input, every check can be answered
// (the right option read from the lesson's source), axe finds nothing, no console errors.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { drawLesson, expect, expectAccessible, test } from './fixtures';

const content = (locale: string, file: string) => readFileSync(fileURLToPath(new URL(`../../content/${locale}/06-clv/${file}`, import.meta.url)), 'utf8');
const answers = (source: string) => [...source.matchAll(/^\s*answer=\{(\d+)\}/gm)].map((m) => Number(m[1]));

const lessons = [
  ['what-is-clv', '01-what-is-clv.md'],
  ['where-value-comes-from', '02-where-value-comes-from.md'],
  ['four-steps', '03-four-steps.md'],
  ['measuring-clv', '04-measuring-clv.md'],
] as const;

const words = {
  en: { right: 'Right.', submit: 'Check my answer', after1: 'After year 1', levers: 'What moves the value', strongest: 'The strongest lever is cost share in year 1', clv5: 'CLV5 Referrals', lost: 'is gone for good (lost-for-good)', bank: 'A bank customer' },
  zh: { right: '答对了。', submit: '提交答案', after1: '第 1 年后', levers: '哪些因素影响最大', strongest: '影响最大的是第 1 年的成本比例', clv5: 'CLV5 推荐', lost: '就此离开（永久流失型）', bank: '一位银行客户' },
};

async function answerAll(page: Page, locale: 'en' | 'zh', source: string) {
  const right = answers(source);
  const checks = page.locator('form.check');
  await expect(checks).toHaveCount(right.length);
  for (const [i, answer] of right.entries()) {
    const check = checks.nth(i);
    await check.getByRole('radio').nth(answer).check();
    await check.getByRole('button', { name: words[locale].submit }).click();
    await expect(check.getByRole('status')).toContainText(words[locale].right);
  }
}

for (const locale of ['en', 'zh'] as const) {
  test(`module 6 in ${locale}: four lessons, three widgets and every check`, async ({ page }) => {
    test.setTimeout(60_000);
    const w = words[locale];
    for (const [slug, file] of lessons) {
      await page.goto(`./#/${locale}/clv/${slug}`);
      await drawLesson(page);
      await expect(page.locator('article.lesson-body h2').first()).toBeVisible();

      if (slug === 'where-value-comes-from') {
        const value = page.getByTestId('stack-value');
        await expect(value).toHaveText('202.90');
        await page.getByLabel(w.clv5, { exact: true }).fill('10');
        await expect(value).not.toHaveText('202.90');
        await expect(page.getByTestId('stack-change')).toBeVisible();
        await page.getByRole('button', { name: w.bank }).click();
        await expect(page.getByRole('button', { name: w.bank })).toHaveAttribute('aria-pressed', 'true');
      }
      if (slug === 'four-steps') {
        const value = page.getByTestId('clv-value');
        await expect(value).toHaveText('51.56');
        await page.getByLabel(w.after1, { exact: true }).fill('50');
        await expect(value).toHaveText('56.95');
        await page.getByRole('button', { name: locale === 'en' ? 'Back to the example' : '恢复示例数据' }).click();
        await expect(value).toHaveText('51.56');
        await page.getByLabel(w.levers, { exact: true }).check();
        await expect(page.getByTestId('clv-levers-summary')).toContainText(w.strongest);
      }
      if (slug === 'measuring-clv') {
        const value = page.getByTestId('migration-value');
        await expect(value).toHaveText('281.16');
        await page.getByLabel(w.lost, { exact: true }).check();
        await expect(value).toHaveText('176.00');
      }

      await answerAll(page, locale, content(locale, file));
      await expectAccessible(page);
    }
    for (const lab of ['migration', 'stack']) {
      await page.goto(`./#/${locale}/lab/${lab}`);
      await expect(page.getByTestId(`${lab}-value`)).toBeVisible();
      await expectAccessible(page);
    }
  });
}

test('the same checks, in the same order with the same answers, in both languages', () => {
  for (const [, file] of lessons) {
    const ids = (source: string) => [...source.matchAll(/^\s*id="([^"]+)"/gm)].map((m) => m[1]);
    expect(ids(content('zh', file))).toEqual(ids(content('en', file)));
    expect(answers(content('zh', file))).toEqual(answers(content('en', file)));
  }
});

test('on a phone, the new widgets fit the width and keep their headline in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [slug, id] of [
    ['where-value-comes-from', 'stack-value'],
    ['measuring-clv', 'migration-value'],
  ] as const) {
    await page.goto(`./#/en/clv/${slug}`);
    await drawLesson(page);
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});
