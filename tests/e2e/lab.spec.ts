// The self-learner's lab: every calculator from its home, the course's scenarios one click away,
// A and B compared and the compare link reloaded, scenarios kept on the device, a QR code of the link.
import jsQR from 'jsqr';
import { expect, expectAccessible, test } from './fixtures';

test('the lab home lists every calculator, each opening full-page', async ({ page }) => {
  await page.goto('./#/en');
  await page.getByRole('navigation', { name: 'Sections of the course' }).getByRole('link', { name: 'Lab' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lab');
  const cards = page.getByRole('heading', { level: 2 });
  await expect(cards.first()).toBeVisible();
  // Each card appears as its widget's chunk loads: wait for the last of the registry's order before reading them.
  await expect(page.getByRole('heading', { level: 2, name: 'Customer lifetime value calculator' })).toBeVisible();
  const names = await cards.allInnerTexts();
  expect(names).toContain('Customer lifetime value calculator');
  expect(names.length).toBeGreaterThanOrEqual(5);
  await expectAccessible(page);
  for (const name of names) {
    await page.goto('./#/en/lab');
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.locator('.widget').first()).toBeVisible();
  }
});

test('on a phone, a card draws its calculator thumbnail only once it comes into view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#/en/lab');
  const thumbs = page.locator('.card .thumb');
  await expect(page.getByRole('heading', { level: 2, name: 'Customer lifetime value calculator' })).toBeAttached();
  await expect(thumbs.first().locator('.widget')).toBeAttached();
  const last = thumbs.last();
  await expect(last.locator('.widget')).toHaveCount(0);
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('.widget')).toBeAttached();
});

test('a course scenario is one click away', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  await page.getByRole('button', { name: 'A high-churn telecom plan (illustrative)' }).click();
  await expect(page.getByLabel('Years to follow the cohort', { exact: true })).toHaveValue('5');
  await expect(page.getByLabel('Retention rate', { exact: true })).toHaveValue('60');
  await page.getByRole('button', { name: 'The Hughes cohort (module 6)' }).click();
  await expect(page.getByTestId('clv-value')).toHaveText('51.56');
});

test('two scenarios side by side, with their difference, and a compare link that reproduces both', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./#/en/lab/clv');
  await page.getByRole('button', { name: 'Compare with a copy' }).click();
  const a = page.getByRole('region', { name: 'Scenario A' });
  const b = page.getByRole('region', { name: 'Scenario B' });
  await expect(a.getByTestId('clv-value')).toHaveText('51.56');
  await expect(b.getByTestId('clv-value')).toHaveText('51.56');
  await b.getByLabel('After year 1', { exact: true }).fill('50');
  await expect(b.getByTestId('clv-value')).toHaveText('56.95');
  await expect(b.getByTestId('clv-change')).toHaveText('+5.39 vs scenario A');
  await expect(b.locator('.ghost-line')).toHaveCount(1);
  await expect(page.getByTestId('lab-difference')).toContainText('Scenario A 51.56 · Scenario B 56.95 · B − A +5.39');
  await expectAccessible(page);
  await page.waitForTimeout(400); // the address settles
  await expect(page).toHaveURL(/b\.clv\.retention=0\.5/);
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole('region', { name: 'Scenario B' }).getByTestId('clv-value')).toHaveText('56.95');
  await expect(shared.getByRole('region', { name: 'Scenario A' }).getByTestId('clv-value')).toHaveText('51.56');
  // A hand-written compare link, with only B given.
  await shared.goto('./#/en/lab/clv?b.clv.horizon=5');
  await expect(shared.getByRole('region', { name: 'Scenario B' }).getByLabel('Years to follow the cohort', { exact: true })).toHaveValue('5');
  await shared.getByRole('button', { name: 'Back to one scenario' }).click();
  await expect(shared.getByRole('region', { name: 'Scenario B' })).toHaveCount(0);
});

test('a scenario kept with a name survives a reload, and can be opened, renamed and deleted', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  await page.getByLabel('After year 1', { exact: true }).fill('50');
  await page.getByLabel('Name', { exact: true }).fill('Better year 2');
  await page.getByRole('button', { name: 'Keep this scenario' }).click();
  await expect(page.getByText('Kept “Better year 2”.')).toBeVisible();
  await page.goto('./#/en/lab/clv');
  await page.reload();
  await expect(page.getByTestId('clv-value')).toHaveText('51.56');
  await page.getByRole('button', { name: 'Open: Better year 2' }).click();
  await expect(page.getByTestId('clv-value')).toHaveText('56.95');
  await page.getByRole('button', { name: 'Rename: Better year 2' }).click();
  await page.getByLabel('Name', { exact: true }).last().fill('Year-2 retention at 50%');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.getByText('Year-2 retention at 50%')).toBeVisible();
  await expectAccessible(page);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Delete: Year-2 retention at 50%' }).click();
  await expect(page.getByText('No scenarios kept yet for this calculator.')).toBeVisible();
});

test('the QR code decodes to the link', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  await page.getByLabel('After year 1', { exact: true }).fill('50');
  await page.getByRole('button', { name: 'QR code of this link' }).click();
  const code = page.getByTestId('qr-code');
  await expect(code).toBeVisible();
  await expectAccessible(page);
  // Draw the SVG on a canvas in the page and read its pixels; decode them here with a maintained decoder.
  const { width, height, data } = await code.evaluate(async (el) => {
    const svg = new XMLSerializer().serializeToString(el.querySelector('svg')!);
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: 400, height: 400 });
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 400, 400);
    context.drawImage(image, 0, 0, 400, 400);
    const pixels = context.getImageData(0, 0, 400, 400);
    return { width: 400, height: 400, data: [...pixels.data] };
  });
  const decoded = jsQR(Uint8ClampedArray.from(data), width, height);
  expect(decoded?.data).toBe(page.url());
  expect(decoded?.data).toMatch(/clv\.retention=0\.5/);
});
