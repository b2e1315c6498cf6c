// The lab's "Your customers" page in both languages: the CDNOW sample by button gives the published
// estimates; a small file of one's own, mapped and run by keyboard alone, gives results; bad files say what is
// wrong with row numbers; Cancel stops the worker; during an import nothing is requested but the app's own
// static files (the worker's script), and never anything outside the origin (the fixtures fail on that too).
import type { Page, Request } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const words = {
  en: { title: 'Your customers', row: 'row 4', skipped: '2 rows were skipped', cancelled: 'Cancelled', amount: 'is not an amount', empty: 'The file is empty.', binary: 'This is not a text file.' },
  zh: { title: '你的客户', row: '第 4 行', skipped: '跳过了 2 行', cancelled: '已取消', amount: '不是金额', empty: '文件是空的。', binary: '这不是文本文件。' },
};

/** Requests made while `during` runs, other than data: and blob: URLs. */
async function requestsDuring(page: Page, during: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const on = (r: Request) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:') seen.push(`${r.method()} ${url.pathname}`);
  };
  page.on('request', on);
  await during();
  page.off('request', on);
  return seen;
}

/** Only the app's own hashed code may load during an import (the worker's, the results' and their styles): nothing is sent. */
const staticOnly = (requests: string[]) => requests.filter((r) => !/^GET \/course\/assets\/[\w.-]+\.(js|css)$/.test(r));

/** Focus a select and move its choice with the arrow keys until it holds `value`. */
async function chooseByKeyboard(page: Page, testId: string, value: string) {
  const select = page.getByTestId(testId);
  await select.focus();
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  for (let i = 0; i < values.length && (await select.inputValue()) !== value; i++) {
    await page.keyboard.press(values.indexOf(await select.inputValue()) < values.indexOf(value) ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(select).toHaveValue(value);
}

const number = (text: string | null) => Number((text ?? '').replace(/[,\s]/g, ''));

// A small shop's year: 60 customers, each buying at a rate of their own until they stop, semicolon-separated
// with decimal commas and day-first dates, the order number first: the guess takes it for the customer and the
// amount, and the learner puts those right.
function smallShop(): string {
  const lines = ['order;when;who;paid'];
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  let order = 1000;
  for (let c = 1; c <= 60; c++) {
    let day = Math.floor(random() * 90);
    const rate = 0.01 + random() * 0.08;
    const end = day + random() * 365;
    while (day < 365) {
      const date = new Date(Date.UTC(2023, 0, 1 + day));
      const dd = String(date.getUTCDate()).padStart(2, '0');
      const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
      lines.push(`${order++};${dd}/${mm}/2023;C${String(c).padStart(3, '0')};${(10 + random() * 40).toFixed(2).replace('.', ',')}`);
      day += Math.ceil(-Math.log(1 - random()) / rate);
      if (day > end) break;
    }
  }
  return lines.join('\n') + '\n';
}

for (const locale of ['en', 'zh'] as const) {
  const w = words[locale];

  test(`your customers (${locale}): the CDNOW sample by button gives the published estimates, privately`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`./#/${locale}/lab`);
    await page.getByRole('link', { name: w.title }).click();
    await expect(page.locator('main h1')).toHaveText(w.title);
    await page.getByTestId('yc-cdnow-sample').click();
    await expect(page.getByTestId('yc-attribution')).toContainText('Fader');
    const requests = await requestsDuring(page, async () => {
      await page.getByTestId('yc-run').click();
      await expect(page.getByTestId('yc-results')).toBeVisible({ timeout: 30_000 });
    });
    expect(staticOnly(requests), 'requests during the import').toEqual([]);
    const param = (model: string, name: string) => page.getByTestId(`yc-param-${model}-${name}-value`);
    // Fader, Hardie & Lee (2005): r 0.243, α 4.414, a 0.793, b 2.426; Gamma-Gamma p 6.25, q 3.74, γ 15.44.
    expect(number(await param('bgnbd', 'r').textContent())).toBeCloseTo(0.243, 3);
    expect(number(await param('bgnbd', 'α').textContent())).toBeCloseTo(4.414, 2);
    expect(number(await param('bgnbd', 'a').textContent())).toBeCloseTo(0.793, 3);
    expect(number(await param('bgnbd', 'b').textContent())).toBeCloseTo(2.426, 2);
    expect(number(await param('gammagamma', 'p').textContent())).toBeCloseTo(6.25, 1);
    expect(number(await param('gammagamma', 'γ').textContent())).toBeCloseTo(15.44, 1);
    await expect(page.getByTestId('yc-holdout')).toBeVisible();
    await expect(page.getByTestId('pyramid-headline')).toBeVisible();
    await expect(page.getByTestId('pareto-headline')).toBeVisible();
    // The table: 2,357 customers, 25 a page, sorted by predicted value from the largest.
    const table = page.getByTestId('yc-customers');
    await expect(table.locator('tbody tr')).toHaveCount(25);
    await expect(table.locator('caption')).toContainText('2,357');
    const values = async () => (await table.locator('tbody tr td:last-child').allTextContents()).map(number);
    const first = await values();
    expect(first).toEqual([...first].sort((a, b) => b - a));
    await page.getByTestId('yc-sort-value').click();
    const ascending = await values();
    expect(ascending[0]).toBeLessThan(first[0]);
    await page.getByTestId('yc-next').click();
    await expect(table.locator('caption')).toContainText('26');
    await expectAccessible(page);
    // The export: every customer, one row each.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).last().click();
    const file = await (await download).createReadStream();
    let csv = '';
    for await (const chunk of file) csv += chunk;
    expect(csv.trim().split(/\r?\n/)).toHaveLength(2358);
  });

  test(`your customers (${locale}): a file of one's own, mapped and run with the keyboard alone`, async ({ page }) => {
    await page.goto(`./#/${locale}/lab/data`);
    await page.getByTestId('yc-file').setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from(smallShop()) });
    await expect(page.getByTestId('yc-loaded')).toContainText('shop.csv');
    await expect(page.getByTestId('yc-date-format')).toHaveValue('dmy');
    // The guess takes the order number for the customer and the amount; the learner puts "who" (column 3)
    // and "paid" (column 4) right from the keyboard.
    await expect(page.getByTestId('yc-amount')).not.toHaveValue('3');
    await chooseByKeyboard(page, 'yc-customer', '2');
    await chooseByKeyboard(page, 'yc-amount', '3');
    // Tab on to Compute and press Enter.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.getByTestId('yc-run').evaluate((b) => b === document.activeElement)) break;
    }
    const requests = await requestsDuring(page, async () => {
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('yc-results')).toBeVisible({ timeout: 20_000 });
    });
    expect(staticOnly(requests)).toEqual([]);
    await expect(page.getByTestId('yc-overview')).toContainText('60');
    await expect(page.getByTestId('yc-fit-bgnbd')).toBeVisible();
    await expect(page.getByTestId('yc-customers').locator('tbody tr')).toHaveCount(25);
    // The results stay those of the run: choosing the other model for the next run does not change them.
    await page.getByRole('radio', { name: /Pareto\/NBD/ }).check();
    await expect(page.getByTestId('yc-fit-bgnbd')).toBeVisible();
    await expectAccessible(page);
  });

  test(`your customers (${locale}): bad files say what is wrong, with row numbers; Cancel stops the import`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`./#/${locale}/lab/data`);
    const input = page.getByTestId('yc-file');
    // Two bad amounts among good rows: the import goes on, and says which rows it skipped.
    const rows = ['customer,date,amount', 'A,2024-01-02,10', 'B,2024-01-03,12', 'C,2024-01-04,twelve', 'A,2024-02-01,8', 'B,2024-02-11,?', ...Array.from({ length: 30 }, (_, i) => `D${i},2024-03-${String(1 + (i % 28)).padStart(2, '0')},5`)];
    await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.getByTestId('yc-run').click();
    const problems = page.getByTestId('yc-problems');
    await expect(problems).toContainText(w.skipped);
    await expect(problems).toContainText(w.row);
    await expect(problems).toContainText(w.amount);
    // An empty file and a binary one are refused at once, in words.
    await input.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await expect(page.getByTestId('yc-file-error')).toHaveText(w.empty);
    await input.setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0, 255, 254, 0, 7]) });
    await expect(page.getByTestId('yc-file-error')).toContainText(w.binary);
    await expect(page.getByTestId('yc-results')).toHaveCount(0);
    await expectAccessible(page);

    // Cancel: a long file with the slower Pareto/NBD, stopped while it runs.
    const big = ['customer,date,amount'];
    for (let i = 0; i < 200_000; i++) big.push(`c${i % 40_000},2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${(i % 97) + 1}.5`);
    await input.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(big.join('\n')) });
    await page.getByRole('radio', { name: /Pareto\/NBD/ }).check();
    await page.getByTestId('yc-run').click();
    await expect(page.getByTestId('yc-progress')).toBeVisible();
    await page.getByTestId('yc-cancel').click();
    await expect(page.getByTestId('yc-cancelled')).toContainText(w.cancelled);
    await expect(page.getByTestId('yc-progress')).toHaveCount(0);
    await page.waitForTimeout(500);
    await expect(page.getByTestId('yc-results')).toHaveCount(0);
  });
}

test('your customers: the results\' code is not part of opening the page; it is fetched once there is a file to read, before a run', async ({ page }) => {
  const results = (requests: string[]) => requests.filter((r) => /\/ImportResults-[\w-]+\.js$/.test(r));
  const opening = await requestsDuring(page, async () => {
    await page.goto('./#/en/lab/data');
    await expect(page.getByTestId('yc-file')).toBeAttached();
    await page.waitForLoadState('networkidle');
  });
  expect(results(opening), 'opening the page').toEqual([]);
  const choosing = await requestsDuring(page, async () => {
    await page.getByTestId('yc-file').setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from(smallShop()) });
    await expect(page.getByTestId('yc-loaded')).toContainText('shop.csv');
    await page.waitForLoadState('networkidle');
  });
  expect(results(choosing), 'choosing a file').toHaveLength(1);
});

test('your customers: the whole CDNOW master file, 23,570 customers, stays responsive and paged', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/en/lab/data');
  await page.getByTestId('yc-cdnow').click();
  await expect(page.getByTestId('yc-attribution')).toContainText('CDNOW');
  await page.getByTestId('yc-run').click();
  await expect(page.getByTestId('yc-results')).toBeVisible({ timeout: 40_000 });
  // lifetimes 0.11.3 on the same calibration (bench/): r 0.2516, α 4.789, a 0.7234, b 2.161.
  expect(number(await page.getByTestId('yc-param-bgnbd-r-value').textContent())).toBeCloseTo(0.252, 3);
  expect(number(await page.getByTestId('yc-param-bgnbd-b-value').textContent())).toBeCloseTo(2.161, 2);
  const table = page.getByTestId('yc-customers');
  await expect(table.locator('caption')).toContainText('23,570');
  await expect(table.locator('tbody tr')).toHaveCount(25);
  await page.getByTestId('yc-sort-alive').click();
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('Probability');
});
