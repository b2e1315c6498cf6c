// Module 5 in both languages: each lesson's checks can be answered; the retention simulator's
// "+5 points" and credit-card preset, and its sBG view (reveal, drag, type), react; axe finds nothing.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { drawLesson, expect, expectAccessible, test } from './fixtures';

const LESSONS = ['01-what-keeping-is-worth', '02-retention-over-time', '03-strengthening-retention'];
const slug = (file: string) => file.replace(/^\d+-/, '');

function answers(locale: string, file: string): number[] {
  const source = readFileSync(new URL(`../../content/${locale}/05-retention/${file}.md`, import.meta.url), 'utf8');
  return [...source.matchAll(/<Check[\s\S]*?answer=\{(\d+)\}/g)].map((m) => Number(m[1]));
}

async function answerEveryCheck(page: Page, locale: string, file: string, words: { submit: string; right: string }) {
  const rights = answers(locale, file);
  const checks = page.locator('form.check');
  await expect(checks).toHaveCount(rights.length);
  for (const [i, right] of rights.entries()) {
    const check = checks.nth(i);
    await check.getByRole('radio').nth(right).check();
    await check.getByRole('button', { name: words.submit }).click();
    await expect(check.getByRole('status')).toContainText(words.right);
  }
}

const WORDS = {
  en: {
    submit: 'Check my answer',
    right: 'Right.',
    module: 'The economics of keeping customers',
    preset: /credit-card case/,
    uplift: '+5 points of retention',
    lifetime: /= 20\.0 years\s*\(was 10\.0\)/,
    change: '(+28.6%) against 90% retention',
    showLater: 'Show the later years',
    actual: '173 were left',
    sbg170: 'sBG projects 170',
    year1: 'Start of year 1',
    year7: 'Start of year 7',
    retention: 'Retention rate per year',
  },
  zh: {
    submit: '提交答案',
    right: '答对了。',
    module: '挽留客户的经济学',
    preset: /信用卡公司案例/,
    uplift: '保持率提高 5 个百分点',
    lifetime: /= 20\.0 年\s*（原为 10\.0）/,
    change: '（+28.6%）',
    showLater: '显示后面几年',
    actual: '实际剩 173 位',
    sbg170: 'sBG 预测 170 位',
    year1: '第 1 年初',
    year7: '第 7 年初',
    retention: '年客户保持率',
  },
} as const;

for (const locale of ['en', 'zh'] as const) {
  const w = WORDS[locale];

  test(`module 5 (${locale}): the module page lists three lessons, each lesson’s checks can be answered`, async ({ page }) => {
    await page.goto(`./#/${locale}/retention`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.module);
    await expect(page.locator('ol.lessons li')).toHaveCount(3);
    for (const file of LESSONS) {
      await page.goto(`./#/${locale}/retention/${slug(file)}`);
      await drawLesson(page);
      await expect(page.locator('article.lesson-body h2').first()).toBeVisible();
      await answerEveryCheck(page, locale, file, w);
    }
    await expectAccessible(page);
  });

  test(`module 5 (${locale}): the credit-card case doubles the lifetime, +5 points shows its gain, and a link keeps it`, async ({ page, context }) => {
    await page.goto(`./#/${locale}/retention/what-keeping-is-worth`);
    await drawLesson(page);
    const profit = page.getByTestId('retention-profit');
    await expect(profit).toHaveText('351,488');
    const uplift = page.getByRole('button', { name: w.uplift });
    await uplift.click();
    await expect(uplift).toHaveAttribute('aria-pressed', 'true');
    await expect(profit).toHaveText('406,602');
    await page.getByRole('button', { name: w.preset }).click();
    await expect(page.getByTestId('retention-lifetime')).toHaveText(w.lifetime);
    await expect(page.getByTestId('retention-change')).toContainText(w.change);
    await expect(page).toHaveURL(/retention\.retention=0\.9/);
    await expectAccessible(page);

    const shared = await context.newPage();
    await shared.goto(page.url());
    await drawLesson(shared);
    await expect(shared.getByTestId('retention-lifetime')).toHaveText(w.lifetime);
    await shared.close();

    // The retention slider steps with the keys.
    const slider = page.getByRole('slider', { name: new RegExp(w.retention) });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByLabel(w.retention, { exact: true })).toHaveValue('91');
  });

  test(`module 5 (${locale}): the sBG view shows what happened next, and follows a dragged or typed count`, async ({ page }) => {
    await page.goto(`./#/${locale}/retention/retention-over-time`);
    await drawLesson(page);
    const projection = page.getByTestId('sbg-projection');
    await expect(projection).toHaveText(w.sbg170);
    await page.getByLabel(w.showLater).check();
    await expect(page.getByTestId('actual-count')).toHaveText(w.actual);

    const point = page.getByRole('slider', { name: w.year1 });
    await point.scrollIntoViewIfNeeded();
    const box = (await point.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 60, { steps: 6 });
    await page.mouse.up();
    await expect(projection).not.toHaveText(w.sbg170);
    // Dragged up, year 1 now holds more customers; the published cohort's later years no longer apply.
    await expect(page.getByTestId('actual-count')).toHaveCount(0);

    await page.getByRole('textbox', { name: w.year7, exact: true }).fill('150');
    await expect(projection).not.toHaveText(w.sbg170);
    await expectAccessible(page);
  });

  test(`module 5 (${locale}): the simulator is in the lab`, async ({ page }) => {
    await page.goto(`./#/${locale}/lab`);
    await page.getByRole('link', { name: locale === 'en' ? 'Retention simulator' : '客户保持模拟器' }).click();
    await expect(page.getByTestId('retention-profit')).toHaveText('351,488');
    await expectAccessible(page);
  });
}
