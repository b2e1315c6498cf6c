// Module 4 in both languages: each lesson opens, its checks can be answered, its widgets react to
// pointer and keyboard, its scenario lands in the address, and axe finds nothing.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { drawLesson, expect, expectAccessible, test } from './fixtures';

const LESSONS = ['01-what-loyalty-is', '02-satisfied-yet-gone', '03-measuring-and-complaints'];
const slug = (file: string) => file.replace(/^\d+-/, '');

/** The right answer of each check, in page order, read from the lesson's own source. */
function answers(locale: string, file: string): number[] {
  const source = readFileSync(new URL(`../../content/${locale}/04-loyalty/${file}.md`, import.meta.url), 'utf8');
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
    module: 'Loyalty and satisfaction',
    bestAnswer: 'Clearly the best',
    ifAsked: 'If asked',
    trueLoyalty: 'True loyalty',
    spurious: 'Spurious loyalty (inertia)',
    customer: (n: string) => `Customer ${n}`,
    loyalist: 'D · Loyalist',
    competition: 'Competition in this market',
    hostages: '3 hostages',
    free: 'Anywhere I put them',
  },
  zh: {
    submit: '提交答案',
    right: '答对了。',
    module: '客户忠诚度与客户满意度',
    bestAnswer: '明显是最好的',
    ifAsked: '有人问起才会',
    trueLoyalty: '高度忠诚',
    spurious: '迟钝忠诚（惰性忠诚）',
    customer: (n: string) => `客户 ${n}`,
    loyalist: 'D · 忠诚者',
    competition: '这个市场的竞争程度',
    hostages: '人质型 3 位',
    free: '由我随意摆放',
  },
} as const;

for (const locale of ['en', 'zh'] as const) {
  const w = WORDS[locale];

  test(`module 4 (${locale}): the module page lists three lessons, each lesson’s checks can be answered`, async ({ page }) => {
    await page.goto(`./#/${locale}/loyalty`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.module);
    await expect(page.locator('ol.lessons li')).toHaveCount(3);
    for (const file of LESSONS) {
      await page.goto(`./#/${locale}/loyalty/${slug(file)}`);
      await drawLesson(page);
      await expect(page.locator('article.lesson-body h2').first()).toBeVisible();
      await answerEveryCheck(page, locale, file, w);
    }
    await expectAccessible(page);
  });

  test(`module 4 (${locale}): the loyalty-type matrix moves the kiosk regular from inertia to true loyalty`, async ({ page }) => {
    await page.goto(`./#/${locale}/loyalty/what-loyalty-is`);
    await drawLesson(page);
    const type = page.getByTestId('loyalty-type');
    await expect(type).toHaveText(w.spurious);
    await page.getByLabel(w.bestAnswer).check();
    await page.getByLabel(w.ifAsked, { exact: true }).check();
    await expect(type).toHaveText(w.trueLoyalty);
    await expect(page).toHaveURL(/loyalty-types\.compare=3/);
    await expectAccessible(page);
    // The answers survive a reload: they are in the address.
    await page.reload();
    await drawLesson(page);
    await expect(page.getByTestId('loyalty-type')).toHaveText(w.trueLoyalty);
  });

  test(`module 4 (${locale}): customers move on the satisfaction chart by pointer and by keys, and competition turns them into hostages`, async ({ page }) => {
    await page.goto(`./#/${locale}/loyalty/satisfied-yet-gone`);
    await drawLesson(page);
    const d = page.getByRole('slider', { name: w.customer('D') });
    await d.scrollIntoViewIfNeeded();
    // The handle sits centred on D's marker.
    const box = (await d.boundingBox())!;
    // Drag D to the right, past the end of the scale: it stops at 5 and becomes a loyalist.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 400, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator('.point-label', { hasText: w.loyalist })).toBeVisible();
    await expect(d).toHaveAttribute('aria-valuenow', '5');
    await expect(page).toHaveURL(/satisfaction\.s=1\.6%2C2\.6%2C3\.6%2C5%2C4\.9|satisfaction\.s=1\.6,2\.6,3\.6,5,4\.9/);

    // The keyboard moves C along the curve.
    const c = page.getByRole('slider', { name: w.customer('C') });
    await c.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(c).toHaveAttribute('aria-valuenow', '3.5');

    await page.getByLabel(w.competition, { exact: true }).fill('0');
    await expect(page.getByTestId('satisfaction-summary')).toContainText(w.hostages);

    // Placed anywhere, the up arrow raises loyalty.
    await page.getByLabel(w.free).check();
    const a = page.getByRole('slider', { name: w.customer('A') });
    const before = await a.getAttribute('aria-valuetext');
    await a.focus();
    await page.keyboard.press('ArrowDown');
    await expect(a).not.toHaveAttribute('aria-valuetext', before!);
    await expectAccessible(page);
  });
}
