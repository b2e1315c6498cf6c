// Module 3 walked in a real browser, in both languages: every widget reacts to its controls (pointer
// and keyboard), every check can be answered, axe finds nothing, and the CDNOW data is fetched only
// when a widget asks for it. The fixtures fail the test on a console error or a request off the origin.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { drawLesson, expect, expectAccessible, test } from './fixtures';

const content = (locale: string, file: string) => readFileSync(new URL(`../../content/${locale}/03-valuable-customers/${file}`, import.meta.url), 'utf8');

/** Each check's right answer, in page order, read from the lesson itself. */
function answers(locale: string, file: string): number[] {
  return [...content(locale, file).matchAll(/<Check[\s\S]*?answer=\{(\d+)\}/g)].map((m) => Number(m[1]));
}

const WORDS = {
  en: { submit: 'Check my answer', right: 'Right.', wrong: 'Not quite.', retry: 'Try again' },
  zh: { submit: '提交答案', right: '答对了。', wrong: '不太对。', retry: '再试一次' },
} as const;
type Locale = keyof typeof WORDS;

/** Answers every check on the page: in English a wrong answer first (explained, the right one kept back), then the right one. */
async function answerChecks(page: Page, locale: Locale, file: string) {
  const words = WORDS[locale];
  const right = answers(locale, file);
  const checks = page.locator('form.check');
  await expect(checks).toHaveCount(right.length);
  for (const [i, answer] of right.entries()) {
    const check = checks.nth(i);
    const options = check.getByRole('radio');
    const status = check.getByRole('status');
    if (locale === 'en') {
      const count = await options.count();
      await options.nth((answer + 1) % count).check();
      await check.getByRole('button', { name: words.submit }).click();
      await expect(status).toContainText(words.wrong);
      const rightText = (await check.locator('label.option .text').nth(answer).textContent())!;
      await expect(status).not.toContainText(rightText);
      await check.getByRole('button', { name: words.retry }).click();
    }
    await options.nth(answer).check();
    await check.getByRole('button', { name: words.submit }).click();
    await expect(status).toContainText(words.right);
  }
}

/** Drags a handle by (dx, dy) pixels with the mouse. */
async function drag(page: Page, handle: Locator, dx: number, dy: number) {
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 4 });
  await page.mouse.up();
}

const L = {
  en: {
    module: 'Which customers create value',
    cdnow: /CDNOW, a real retailer/,
    top20: 'The top 20% of customers bring 79.9% of the revenue',
    cdnow20: 'The top 20% of customers bring 67.8% of the revenue',
    customerB: /B: independent grocers/,
    netA: /^Customer A: net customer profit 25 /,
    netB: /^Customer B: net customer profit 70 /,
    distribution: 'Distribution and service costs',
    matrixStart: 'Protect 3 · adjust costs 3 · develop 3 · danger 3',
    vip: 'The top tier: 1.0% of customers, 15.9% of revenue',
    fromMedium: 'From medium customers to large customers',
    medium: /11,737/,
    reset: 'Back to the sample',
    crowded: /too close together to grab/,
  },
  zh: {
    module: '哪些客户创造价值',
    cdnow: /CDNOW：真实的零售商/,
    top20: '排名前 20% 的客户带来 79.9% 的收入',
    cdnow20: '排名前 20% 的客户带来 67.8% 的收入',
    customerB: /B：独立杂货店采购联盟/,
    netA: /^客户 A：客户净盈利 25（/,
    netB: /^客户 B：客户净盈利 70（/,
    distribution: '分销与服务成本',
    matrixStart: '重点保护 3 · 成本调整 3 · 发展建设 3 · 危险 3',
    vip: '最上层：1.0% 的客户，带来 15.9% 的收入',
    fromMedium: '从中级客户升到大客户',
    medium: /11,737/,
    reset: '恢复示例客户',
    crowded: /挨得太近/,
  },
} as const;

for (const locale of ['en', 'zh'] as const) {
  const l = L[locale];

  test(`module 3 in ${locale}: the Pareto curve and the profitability waterfall`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`./#/${locale}/valuable-customers`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.module);
    await expect(page.locator('ol.lessons li')).toHaveCount(4);
    await expectAccessible(page);

    // Lesson 1: the generated 80/20 shop, then CDNOW's 68/20, read by keyboard and by pointer.
    await page.locator('ol.lessons a').first().click();
    await drawLesson(page);
    const headline = page.getByTestId('pareto-headline');
    await expect(headline).toHaveText(l.top20);
    await page.getByLabel(l.cdnow).check();
    await expect(headline).toHaveText(l.cdnow20);
    await expect(page.getByTestId('cdnow-attribution')).toContainText('Fader');
    const point = page.getByTestId('pareto-point');
    await point.focus();
    await page.keyboard.press('ArrowRight');
    await expect(headline).toContainText('21%');
    await drag(page, point, 80, 0);
    await expect(headline).not.toContainText('21%');
    await answerChecks(page, locale, '01-pareto.md');
    await expectAccessible(page);

    // Lesson 2: customer A, then B; a step edited.
    await page.locator('nav.pager a[rel=next]').click();
    await drawLesson(page);
    const net = page.getByTestId('waterfall-net');
    await expect(net).toHaveText(l.netA);
    await page.getByLabel(l.customerB).check();
    await expect(net).toHaveText(l.netB);
    await page.getByRole('textbox', { name: l.distribution, exact: true }).fill('100');
    await expect(net).not.toHaveText(l.netB);
    await expect(page.getByTestId('waterfall-change')).toHaveText(/[-−]60\b/);
    await answerChecks(page, locale, '02-customer-profitability.md');
    await expectAccessible(page);
  });

  test(`module 3 in ${locale}: the profitability matrix and the customer pyramid`, async ({ page }) => {
    test.setTimeout(60_000);
    // Lesson 3: a customer moved by keyboard, another dragged, a threshold dragged.
    await page.goto(`./#/${locale}/valuable-customers/profitability-matrix`);
    await drawLesson(page);
    const counts = page.getByTestId('matrix-counts');
    await expect(counts).toHaveText(l.matrixStart);
    const schools = page.getByTestId('matrix-customer-12');
    await schools.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(counts).not.toHaveText(l.matrixStart);
    await expect(page.getByTestId('matrix-moved')).toBeVisible();
    // The hypermarket chain dragged far left, to a low cost to serve: from adjust costs to protect.
    const hypermarkets = page.getByTestId('matrix-customer-1');
    await drag(page, hypermarkets, -700, 0);
    await expect(hypermarkets).toHaveAttribute('aria-valuetext', /cost to serve 0,|服务成本 0，/);
    await expect(page.getByTestId('matrix-list-protect')).toContainText(locale === 'en' ? 'Hypermarket chain' : '大卖场连锁');
    await drag(page, page.getByTestId('matrix-cost-line'), 60, 0);
    await expect(page.getByTestId('matrix-cost-line')).not.toHaveAttribute('aria-valuetext', /67[.,]5/);
    await answerChecks(page, locale, '03-profitability-matrix.md');
    await expectAccessible(page);

    // The school canteens moved by keys onto the office canteens: only the one in use can be grabbed,
    // the other is still reached by Tab and moved by keys, the chart says so, and no target is too small.
    await page.getByRole('button', { name: l.reset }).click();
    await schools.focus();
    for (const key of [...Array(8).fill('ArrowLeft'), 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
    await expect(schools).toHaveAttribute('aria-valuetext', /net sales value 100, cost to serve 30|销售净价值 100，服务成本 30/);
    const offices = page.getByTestId('matrix-customer-11');
    const grabbed = async () => {
      const box = (await offices.boundingBox())!;
      return page.evaluate(([x, y]) => (document.elementFromPoint(x, y) as HTMLElement).dataset.testid, [box.x + box.width / 2, box.y + box.height / 2]);
    };
    expect(await grabbed()).toBe('matrix-customer-12');
    await expect(page.getByText(l.crowded)).toBeVisible();
    await expectAccessible(page);
    await offices.focus();
    expect(await grabbed()).toBe('matrix-customer-11');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(offices).toHaveAttribute('aria-valuetext', /net sales value 100, cost to serve 80|销售净价值 100，服务成本 80/);
    await expect(page.getByText(l.crowded)).toBeHidden();

    // Lesson 4: CDNOW's pyramid, then the what-if from the medium tier.
    await page.locator('nav.pager a[rel=next]').click();
    await drawLesson(page);
    await expect(page.getByTestId('pyramid-headline')).toHaveText(l.vip);
    await expect(page.getByTestId('cdnow-attribution')).toBeVisible();
    await page.getByLabel(l.fromMedium).check();
    await expect(page.getByTestId('pyramid-change')).toContainText(l.medium);
    await expect(page.getByTestId('pyramid-what-if')).toContainText('35.4');
    await answerChecks(page, locale, '04-pyramids.md');
    await expectAccessible(page);
  });
}

test('the CDNOW data is fetched only when a widget asks for it', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop()!;
    if (/^cdnow-.*\.js$/.test(name)) chunks.push(name);
  });
  await page.goto('./#/en');
  await expect(page.getByRole('link', { name: 'Which customers create value' })).toBeVisible();
  await page.goto('./#/en/valuable-customers/customer-profitability');
  await drawLesson(page);
  await expect(page.getByTestId('waterfall-net')).toBeVisible();
  await page.goto('./#/en/valuable-customers/pareto');
  await drawLesson(page);
  await expect(page.getByTestId('pareto-headline')).toBeVisible();
  expect(chunks).toEqual([]);
  await page.getByLabel(/CDNOW, a real retailer/).check();
  await expect(page.getByTestId('cdnow-attribution')).toBeVisible();
  expect(chunks).toHaveLength(1);
});

test('a module 3 scenario survives in the address: the lab pyramid on CDNOW with Zeithaml’s names', async ({ page }) => {
  await page.goto('./#/en/lab/pyramid?pyramid.data=cdnow&pyramid.names=zeithaml&pyramid.top=0.05');
  await expect(page.getByTestId('pyramid-headline')).toHaveText(/^The top tier: 5.0% of customers/);
  await expect(page.locator('table').first()).toContainText('Platinum');
  await page.reload();
  await expect(page.getByTestId('pyramid-headline')).toHaveText(/^The top tier: 5.0% of customers/);
  await expectAccessible(page);
});
