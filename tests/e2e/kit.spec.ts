// What a newcomer's walk found, and what the widget kit promises: results that match the inputs,
// links that carry a scenario however they are opened, numbers read as typed, a layout that shows
// cause and effect together, and a scenario that survives leaving the page.
import { drawLesson, expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';

const value = (page: Page) => page.getByTestId('clv-value');
const box = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const boxesOf = (page: Page, pattern: RegExp) => page.getByRole('textbox', { name: pattern });

test('a partial link fills every box with the values the model uses, and the table agrees', async ({ page }) => {
  await page.goto('./#/en/lab/clv?clv.horizon=5');
  await expect(box(page, 'Years to follow the cohort')).toHaveValue('5');
  const rates = boxesOf(page, /^After year \d$/);
  await expect(rates).toHaveCount(5);
  expect(await rates.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['40', '45', '50', '50', '50']);
  const costs = boxesOf(page, /^Year \d$/);
  expect(await costs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['80', '70', '65', '65', '65']);
  // The table's retention column is the boxes' values, and the headline is its last row.
  const table = page.locator('.widget table');
  const retentionColumn = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
  expect(retentionColumn).toEqual(['40.0%', '45.0%', '50.0%', '50.0%', '50.0%']);
  const lastRow = await table.locator('tbody tr').last().locator('td').last().innerText();
  await expect(value(page)).toHaveText(lastRow);
  await expect(page.getByText(/Part of the link was not valid/)).toHaveCount(0);
});

test('a scenario link opened in a tab already on that page is applied, not erased', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  await expect(value(page)).toHaveText('51.56');
  await page.evaluate(() => (location.hash = '#/en/lab/clv?clv.retention=0.5,0.45,0.5'));
  await expect(value(page)).toHaveText('56.95');
  await expect(box(page, 'After year 1')).toHaveValue('50');
  await page.waitForTimeout(500); // past the settle time: nothing writes the old scenario back
  await expect(page).toHaveURL(/clv\.retention=0\.5%2C0\.45%2C0\.5|clv\.retention=0\.5,0\.45,0\.5/);
  await page.evaluate(() => (location.hash = '#/en/lab/clv'));
  await expect(value(page)).toHaveText('51.56');
});

test('an old link with bare keys still loads, and is rewritten with the namespace', async ({ page }) => {
  await page.goto('./#/en/lab/clv?retention=0.8&years=10');
  await expect(box(page, 'Years to follow the cohort')).toHaveValue('10');
  await expect(box(page, 'Retention rate')).toHaveValue('80');
  await expect(page).toHaveURL(/clv\.retention=0\.8/);
  await expect(page).toHaveURL(/clv\.horizon=10/);
  await expect(page).not.toHaveURL(/[?&]years=/);
});

test('numbers are read as typed: a decimal comma, −0, hex refused, in both languages', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  const discount = box(page, 'Discount rate per year');
  await discount.fill('10,5');
  await expect(discount).toHaveAttribute('aria-invalid', 'false');
  const withComma = await value(page).textContent();
  await discount.fill('10.5');
  await expect(value(page)).toHaveText(withComma!);
  await discount.fill('105');
  await expect(page.getByText('Enter a value from 0% to 100%.')).toBeVisible();
  await box(page, 'Customers acquired in year 1').fill('20,000');
  await expect(page.getByText('“20,000” could mean 20 or 20000. Type 20 or 20000.')).toBeVisible();
  await box(page, 'Customers acquired in year 1').fill('0x10');
  await expect(page.getByText('Enter a number, such as 12 or 12.5.')).toBeVisible();
  await box(page, 'Acquisition cost per customer').fill('-0');
  await box(page, 'Customers acquired in year 1').fill('20000');
  await discount.fill('20');
  await expect(value(page)).toHaveText('51.56');
  await page.goto('./#/zh/lab/clv');
  await page.getByLabel('年贴现率', { exact: true }).fill('10,5');
  await expect(value(page)).toHaveText(withComma!);
});

test('the customers slider moves in sensible steps and announces its unit', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  const slider = page.getByRole('slider', { name: 'Customers acquired in year 1 (slider)' });
  await expect(slider).toHaveAttribute('aria-valuetext', '20,000 customers');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '25,000 customers');
  await expect(box(page, 'Customers acquired in year 1')).toHaveValue('25000');
  await page.keyboard.press('End');
  await expect(box(page, 'Customers acquired in year 1')).toHaveValue('100000');
  await expect(page.getByRole('slider', { name: 'Years to follow the cohort (slider)' })).toHaveAttribute('aria-valuetext', '3 years');
});

test('the start stays as a baseline until reset', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  await expect(page.locator('.ghost-line')).toHaveCount(0);
  await box(page, 'After year 1').fill('50');
  await expect(page.getByTestId('clv-change')).toHaveText('+5.39 vs the example');
  await expect(page.locator('.ghost-line')).toHaveCount(1);
  await expect(page.locator('.ghost-bar')).toHaveCount(3);
  await expect(page.getByText('The starting values', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the example' }).click();
  await expect(page.getByTestId('clv-change')).toHaveCount(0);
  await expect(page.locator('.ghost-line')).toHaveCount(0);
});

test('inputs and result side by side at 1280 px; at 720 px tall, a control and its effect are on screen together', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/en/clv/four-steps');
  await drawLesson(page);
  const widget = page.locator('.widget');
  await widget.scrollIntoViewIfNeeded();
  const control = box(page, 'After year 1');
  await control.scrollIntoViewIfNeeded();
  const [input, chart] = [await control.boundingBox(), await page.locator('.widget svg[role=img]').boundingBox()];
  expect(chart!.x).toBeGreaterThan(input!.x + input!.width);
  // Both inside the viewport at once.
  for (const b of [input!, chart!, (await value(page).boundingBox())!]) {
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(720);
  }
  // Scrolled to the last input, the result is still in view beside it.
  await box(page, 'Years to follow the cohort').scrollIntoViewIfNeeded();
  const headline = (await value(page).boundingBox())!;
  expect(headline.y).toBeGreaterThanOrEqual(0);
  expect(headline.y + headline.height).toBeLessThanOrEqual(720);
});

test('on a phone the headline stays pinned while the inputs scroll, and the table turns into cards', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/en/lab/clv');
  await box(page, 'Discount rate per year').scrollIntoViewIfNeeded();
  const headline = (await value(page).boundingBox())!;
  expect(headline.y).toBeGreaterThanOrEqual(0);
  expect(headline.y + headline.height).toBeLessThanOrEqual(844);
  await expect(page.locator('.widget table')).toBeHidden();
  const cards = page.locator('.widget .cards li');
  await expect(cards).toHaveCount(3);
  await expect(cards.last()).toContainText('Value per original customer');
  await expect(cards.last()).toContainText('51.56');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the answer column of the year-by-year table stays in view', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto('./#/en/lab/clv?clv.horizon=10');
  const region = page.locator('.widget .scroll');
  const answer = page.locator('.widget table tbody tr').first().locator('td.pinned');
  const inside = async () => {
    const [r, a] = [(await region.boundingBox())!, (await answer.boundingBox())!];
    return a.x >= r.x - 1 && a.x + a.width <= r.x + r.width + 1;
  };
  expect(await inside()).toBe(true);
  await region.evaluate((el) => (el.scrollLeft = 0));
  expect(await inside()).toBe(true);
});

test('in a lesson on a laptop screen, the year-by-year table fits: its long headings wrap rather than push a column under the answer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./#/en/clv/four-steps');
  await drawLesson(page);
  const region = page.locator('.widget .scroll').first();
  await expect(region.locator('thead th.pinned')).toHaveText('Value per original customer');
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
});

test('at 20 years the per-year boxes form a grid', async ({ page }) => {
  await page.goto('./#/en/lab/clv?clv.horizon=20');
  const boxes = boxesOf(page, /^After year \d+$/);
  await expect(boxes).toHaveCount(20);
  const tops = new Set(await boxes.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top))));
  expect(tops.size).toBeLessThanOrEqual(7);
});

test('downloads: the numbers as CSV and the chart as SVG and PNG, named after the scenario', async ({ page }) => {
  await page.goto('./#/en/lab/clv?clv.horizon=4');
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Data (CSV)' }).click();
  const file = await csv;
  expect(file.suggestedFilename()).toBe('clv-horizon-4.csv');
  const text = (await (await file.createReadStream()).toArray()).join('');
  expect(text).toContain('clv.horizon,4');
  expect(text).toContain('Year,Customers,Retention');
  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Chart (SVG)' }).click();
  const drawing = await svg;
  expect(drawing.suggestedFilename()).toBe('clv-horizon-4.svg');
  // On its own the file has no stylesheet: each mark carries the theme's paint.
  const markup = (await (await drawing.createReadStream()).toArray()).join('');
  expect(markup).toMatch(/<path[^>]* stroke="rgb\(/);
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Chart (PNG)' }).click();
  const image = await png;
  expect(image.suggestedFilename()).toBe('clv-horizon-4.png');
  const bytes = Buffer.concat(await (await image.createReadStream()).toArray());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5000);
});

test('the scenario and the scroll position survive moving to the next lesson and back', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps');
  await drawLesson(page);
  await box(page, 'After year 1').fill('50');
  await expect(value(page)).toHaveText('56.95');
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(500);
  // Straight to the next lesson, before the address has settled.
  await page.locator('a[rel=next]').click();
  await expect(page).toHaveURL(/measuring-clv/);
  await page.locator('a[rel=prev]').click();
  await expect(value(page)).toHaveText('56.95');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
  // And with the browser's Back button.
  await page.locator('a[rel=next]').click();
  await expect(page).toHaveURL(/measuring-clv/);
  await page.goBack();
  await expect(value(page)).toHaveText('56.95');
});

test('the lab names the calculator once, and its breadcrumb leads back to the lab', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  await expect(page.getByRole('heading', { name: 'Customer lifetime value calculator' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Lab', exact: true }).last().click();
  await expect(page).toHaveURL(/#\/en\/lab$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lab');
  await page.getByRole('link', { name: 'Every widget' }).click();
  // The gallery draws a widget as it comes near the screen.
  const clv = page.locator('[data-widget=clv]');
  await clv.scrollIntoViewIfNeeded();
  await expect(clv.getByTestId('clv-value')).toHaveText('51.56');
  await expectAccessible(page);
});

test('addresses ignore letter case and a trailing slash; an unknown language opens the English page with a notice', async ({ page }) => {
  await page.goto('./#/EN/CLV/Four-Steps/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four steps, year by year');
  await expect(page).toHaveURL(/#\/en\/clv\/four-steps$/);
  await page.goto('./#/fr/clv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer lifetime value');
  await expect(page.getByRole('status').filter({ hasText: 'French is not one of them' })).toBeVisible();
  await expect(page).toHaveURL(/#\/en\/clv$/);
  await expectAccessible(page);
});

test('contents links carry the section, so a section can be linked and opened in a new tab', async ({ page, context }) => {
  await page.goto('./#/en/clv/four-steps');
  const link = page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Why costs fall and value slows' });
  await expect(link).toHaveAttribute('href', '#/en/clv/four-steps/why-costs-fall-and-value-slows');
  await link.click();
  const heading = page.getByRole('heading', { name: 'Why costs fall and value slows' });
  await expect(heading).toBeInViewport();
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByRole('heading', { name: 'Why costs fall and value slows' })).toBeInViewport();
  await expect(fresh.getByRole('heading', { name: 'Why costs fall and value slows' })).toBeFocused();
});

test('with reduced motion asked for, a contents link jumps to its section instead of gliding', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/en/clv/four-steps');
  await expect(page.getByRole('heading', { name: 'Why costs fall and value slows' })).toBeAttached();
  // Read in the same task as the click, before a smooth scroll could have gone far.
  const top = await page.evaluate(() => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a')].find((a) => a.textContent === 'Why costs fall and value slows')!;
    link.click();
    return document.getElementById('why-costs-fall-and-value-slows')!.getBoundingClientRect().top;
  });
  expect(Math.abs(top)).toBeLessThan(40);
});

test('an address naming another section of the lesson being read opens that section', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps');
  await expect(page.getByRole('heading', { name: 'Four steps to a lifetime value' })).toBeVisible();
  await page.evaluate(() => (location.hash = '#/en/clv/four-steps/summary'));
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeFocused();
});

test('an address naming a section the lesson does not have says so and opens the lesson at the top', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps/year-by-yaer');
  const notice = page.getByRole('status').filter({ hasText: 'no section “year-by-yaer”' });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expectAccessible(page);
  await page.evaluate(() => (location.hash = '#/en/clv/four-steps/summary'));
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeInViewport();
  await expect(notice).toHaveCount(0);
  // An id on the page that is not a section's heading (the contents box) is no section either.
  await page.evaluate(() => (location.hash = '#/en/clv/four-steps/toc-heading'));
  await expect(page.getByRole('status').filter({ hasText: 'no section “toc-heading”' })).toBeVisible();
});

test('at phone width a lesson table’s pinned columns carry an edge line, so a column scrolled under one is seen to go on', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/en/clv/four-steps');
  const region = page.locator('.lesson-body .table-scroll').first();
  await region.scrollIntoViewIfNeeded();
  const edges = await region.evaluate((el) => {
    const row = el.querySelector('tbody tr')!;
    return [row.firstElementChild!, row.lastElementChild!].map((cell) => getComputedStyle(cell).boxShadow);
  });
  // The first column's line on its right, the answer column's on its left.
  expect(edges[0]).toMatch(/ 1px 0px 0px/);
  expect(edges[1]).toMatch(/ -1px 0px 0px/);
});

test('printing the gallery draws the widgets not yet scrolled to', async ({ page }) => {
  await page.goto('./#/en/widgets');
  const last = page.locator('.gallery .item').last();
  await expect(last.locator('.waiting')).toHaveCount(1);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.gallery .waiting')).toHaveCount(0);
  await expect(last.locator('.widget')).toBeAttached();
});

test('the gallery holds a widget’s room while its code loads, so nothing on the first screen jumps', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  // The first widget's code arrives late, as on a slow phone.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/ValueMap-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./#/en/widgets');
  const first = page.locator('.gallery .item').first();
  await expect(first.getByRole('status')).toBeVisible();
  await page.waitForTimeout(300);
  // The page's layout shifts so far; the observer says nothing when there were none.
  const shifted = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0))).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500);
      }),
  );
  expect(shifted).toBe(0);
  release();
  await expect(first.locator('.widget')).toBeAttached();
});

test('a lesson draws its widget as the reader comes to it; opened further down, it draws every widget at once', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps');
  await expect(page.getByRole('heading', { name: 'Four steps to a lifetime value' })).toBeVisible();
  await expect(value(page)).toHaveCount(0);
  await page.getByRole('heading', { name: 'Try it: the CLV calculator' }).scrollIntoViewIfNeeded();
  await expect(value(page)).toHaveText('51.56');
  await expect(page.locator('article.lesson-body .waiting')).toHaveCount(0);
  // At the summary, below the calculator: drawn already, so the summary is where the address says.
  await page.goto('./#/en/clv/measuring-clv');
  await page.goto('./#/en/clv/four-steps/summary');
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeInViewport();
  await expect(value(page)).toHaveText('51.56');
  await expect(page.locator('article.lesson-body .waiting')).toHaveCount(0);
});

test('lesson tables wrap their text and align their numbers, and fit the page', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps');
  const table = page.locator('.lesson-body .table-scroll').first();
  const numeric = table.locator('td.num').first();
  expect(await numeric.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
  const header = table.locator('th').nth(2);
  expect(await header.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('normal');
  expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
});

test('module pages count only the checks a lesson has, and how many were right at the first try', async ({ page }) => {
  await page.goto('./#/en');
  await page.evaluate(() =>
    localStorage.setItem(
      'cvm-course',
      JSON.stringify({
        version: 2,
        answers: {
          'clv/four-steps#discount-step': { first: 2, firstRight: true, last: 2, attempts: 1 },
          'clv/four-steps#discount-why': { first: 0, firstRight: false, last: 1, attempts: 2 },
          'clv/four-steps#a-check-that-was-removed': { first: 0, firstRight: true, last: 0, attempts: 1 },
        },
      }),
    ),
  );
  await page.goto('./#/en/clv');
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'The four steps' })).toContainText('2 of 5 checks answered, 1 right at the first try');
});

test('a module page says how long the whole module takes: its lessons’ minutes added up', async ({ page }) => {
  for (const [path, unit] of [['./#/en/clv', /(\d+) min/], ['./#/zh/clv', /(\d+) 分钟/]] as const) {
    await page.goto(path);
    // (Going to the other language is a change of hash: wait until the list is in that language.)
    await expect(page.locator('ol.lessons > li').last()).toContainText(unit);
    const items = await page.locator('ol.lessons > li').allTextContents();
    const sum = items.reduce((total, item) => total + Number(item.match(unit)![1]), 0);
    await expect(page.getByTestId('module-length')).toContainText(String(sum));
    await expect(page.getByTestId('module-length')).toContainText(String(items.length));
  }
});

test('printing: no controls, light colours in the dark theme, tables whole, checks not split', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#/en/clv/four-steps');
  // A widget not yet scrolled to is drawn when printing begins, so the paper shows it.
  await expect(page.locator('article.lesson-body')).toBeAttached();
  await expect(value(page)).toHaveCount(0);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(value(page)).toHaveText('51.56');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.getByRole('slider').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Check my answer' }).first()).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.widget')!).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.locator('form.check').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  for (const region of await page.locator('.table-scroll, .widget .scroll').all()) {
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  }
  // The value is printed with the chart it heads.
  await expect(value(page)).toBeVisible();
});
