// The trainee's path: progress that means something, resuming at the section, search, the glossary,
// the report, saved state that cannot hurt, and progress carried to another device.
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';

async function answer(page: Page, question: RegExp, ...choices: string[]) {
  const check = page.locator('form.check').filter({ hasText: question });
  for (const [i, choice] of choices.entries()) {
    if (i > 0) await check.getByRole('button', { name: 'Try again' }).click();
    await check.getByLabel(choice, { exact: true }).check();
    await check.getByRole('button', { name: 'Check my answer' }).click();
  }
}

test('answers survive a reload, and only first-try right answers count as right', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps');
  await answer(page, /What is the discounted profit/, '432,000', '300,000');
  await answer(page, /Where does the larger divisor/, 'Year 3’s profit waits one more year, so the 20% rate is applied once more: 1.2 × 1.2');
  await page.reload();
  await expect(page.locator('form.check').filter({ hasText: /What is the discounted profit/ }).getByRole('status')).toContainText('Right.');
  await page.goto('./#/en/clv');
  await expect(page.getByRole('listitem').filter({ hasText: 'The four steps' })).toContainText('2 of 5 checks answered, 1 right at the first try');
  await expect(page.getByText(/0 of 4 lessons done · 1 of 15 checks right at the first try/)).toBeVisible();
  await expectAccessible(page);
});

test('a lesson is done once its end is reached and its checks answered; a module can be started again', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps');
  // Every check, right at once: the right option read from the lesson's source.
  const rights = [...readFileSync(new URL('../../content/en/06-clv/03-four-steps.md', import.meta.url), 'utf8').matchAll(/^\s*answer=\{(\d+)\}/gm)].map((m) => Number(m[1]));
  const checks = page.locator('form.check');
  await expect(checks).toHaveCount(rights.length);
  for (const [i, right] of rights.entries()) {
    await checks.nth(i).getByRole('radio').nth(right).check();
    await checks.nth(i).getByRole('button', { name: 'Check my answer' }).click();
  }
  await page.locator('nav.pager').scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('cvm-course')!).lessons['clv/four-steps']?.reached)).toBe(true);
  await page.goto('./#/en/clv');
  await expect(page.getByRole('listitem').filter({ hasText: 'The four steps' })).toContainText('✓ Done');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Start this module again' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'The four steps' })).not.toContainText('Done');
  await expect(page.getByRole('listitem').filter({ hasText: 'The four steps' })).toContainText('0 of 5 checks answered');
});

test('“continue where you left off” opens the lesson at the section being read', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps');
  await page.getByRole('heading', { name: 'Why costs fall and value slows' }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 100);
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('cvm-course')!).last.section)).toBe('why-costs-fall-and-value-slows');
  await page.goto('./#/en');
  await page.getByRole('link', { name: 'The four steps, year by year' }).click();
  await expect(page).toHaveURL(/four-steps\/why-costs-fall-and-value-slows$/);
  await expect(page.getByRole('heading', { name: 'Why costs fall and value slows' })).toBeInViewport();
});

test('search finds “lifetime value” in English and “客户” in Chinese, by keyboard alone', async ({ page }) => {
  await page.goto('./#/en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  const search = page.getByRole('dialog', { name: 'Search the course' });
  await expect(search.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('lifetime value');
  const results = search.getByRole('list', { name: 'Results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark')).toContainText(/lifetime value/i);
  await expectAccessible(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  const target = await results.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(search).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$'));

  await page.goto('./#/zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户价值管理');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: '搜索课程' })).toBeFocused();
  await page.keyboard.type('客户');
  await expect(page.getByRole('dialog').getByRole('link').first().locator('mark')).toHaveText('客户');
});

test('the glossary lists every term in both languages, each leading to its lesson', async ({ page }) => {
  await page.goto('./#/en/glossary/cohort');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  const entry = page.locator('#term-cohort');
  await expect(entry).toContainText('A group of customers won at the same time');
  await expect(entry).toContainText('客户群组');
  await expect(entry).toBeInViewport();
  await entry.getByRole('link').click();
  await expect(page).toHaveURL(/#\/en\/clv\/four-steps$/);
  await page.goto('./#/zh/glossary');
  await expect(page.locator('#term-cohort')).toContainText('在同一时间获得');
  await expectAccessible(page);
});

test('the report shows what was done and what to revisit, and prints', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps');
  await answer(page, /What is the discounted profit/, '432,000', '300,000');
  await page.getByRole('link', { name: 'Your progress' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your progress');
  const module6 = page.getByRole('region', { name: /Module 6/ });
  await expect(module6).toContainText('0 checks right at the first try, of 1 answered (15 in all)');
  await expect(module6).toContainText('Worth a second look');
  await expect(module6.getByRole('link', { name: 'The four steps, year by year' })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download my progress' })).toBeHidden();
});

test('progress exported as a file comes back on a fresh device; a wrong file changes nothing', async ({ page, browser }) => {
  await page.goto('./#/en/clv/four-steps');
  await answer(page, /What is the discounted profit/, '300,000');
  await page.goto('./#/en/report');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress' }).click();
  const file = await (await download).path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await other.getByLabel('Bring progress from a file').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(other.getByText('That file is not a progress file from this course. Nothing was changed.')).toBeVisible();
  await other.getByLabel('Bring progress from a file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('\u0000\u0001binary') });
  await expect(other.getByText(/not JSON/)).toBeVisible();
  await other.getByLabel('Bring progress from a file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: readFileSync(file!) });
  await expect(other.getByText('The file holds 1 answered checks.')).toBeVisible();
  await other.getByRole('button', { name: 'Replace this browser’s progress' }).click();
  await expect(other.getByText('Progress was replaced by the file’s.')).toBeVisible();
  await other.goto('./#/en/clv');
  await expect(other.getByRole('listitem').filter({ hasText: 'The four steps' })).toContainText('1 of 5 checks answered, 1 right at the first try');
  await fresh.close();
});

for (const [shape, raw, notice] of [
  ['not JSON', '{not json', 'could not be read (it was damaged)'],
  ['truncated', '{"version":2,"answers":{"clv/four-steps#discount-step":{"first":2', 'could not be read (it was damaged)'],
  ['from a newer version', JSON.stringify({ version: 9, answers: { 'clv/four-steps#discount-step': { first: 2, last: 2, attempts: 1, firstRight: true } } }), 'newer version'],
  ['wrong-shaped in part', JSON.stringify({ version: 2, theme: 'purple', answers: { 'clv/four-steps#discount-step': { first: 2, last: 2, attempts: 1, firstRight: true }, x: 'y' } }), '2 saved entries were damaged'],
] as const) {
  test(`saved progress that is ${shape} loads the app with a notice, and is kept aside`, async ({ page }) => {
    await page.goto('./#/en');
    await page.evaluate((value) => localStorage.setItem('cvm-course', value), raw);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Value Management');
    await expect(page.getByTestId('saved-notice')).toContainText(notice);
    expect(await page.evaluate(() => localStorage.getItem('cvm-course:set-aside'))).toBe(raw);
    if (shape !== 'not JSON' && shape !== 'truncated') {
      await page.goto('./#/en/clv');
      await expect(page.getByText(/1 of 5 checks answered, 1 right at the first try/)).toBeVisible();
    }
    await expectAccessible(page);
  });
}

test('where storage is full or turned off, progress lives for the visit and a notice says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto('./#/en/clv/four-steps');
  await answer(page, /What is the discounted profit/, '300,000');
  await expect(page.getByTestId('saved-notice')).toContainText('is not keeping your progress');
  await page.getByRole('link', { name: 'Customer lifetime value' }).first().click();
  await expect(page.getByText(/1 of 5 checks answered/)).toBeVisible();
});
