// A trainee's path through module 6, and the calculator's shareable links.
import { drawLesson, expect, expectAccessible, test } from './fixtures';

test('a trainee goes from the home page to a lesson, answers a check and uses the calculator', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveURL(/#\/en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Value Management');
  // Every module is listed, the last one included (since modules 7 and 8, none is “coming soon”).
  await expect(page.getByRole('link', { name: 'Running CVM in the organisation' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Customer lifetime value' }).click();
  await expect(page).toHaveURL(/#\/en\/clv$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer lifetime value');
  await expectAccessible(page);

  await page.getByRole('link', { name: /four steps/i }).first().click();
  await expect(page).toHaveURL(/#\/en\/clv\/four-steps$/);
  await expect(page.getByRole('heading', { name: 'In this lesson you will' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).not.toHaveCount(0);
  await expect(page.locator('.speaker-notes').first()).toBeHidden();

  // A knowledge check: nothing chosen, then a wrong answer (explained, the right one not given away), then the right one.
  const check = page.locator('form.check').filter({ hasText: 'What is the discounted profit?' });
  await check.getByRole('button', { name: 'Check my answer' }).click();
  await expect(check.getByRole('status')).toHaveText('Choose an answer first.');
  await check.getByLabel('432,000').check();
  await check.getByRole('button', { name: 'Check my answer' }).click();
  await expect(check.getByRole('status')).toContainText('Not quite. That is 360,000 × 1.2.');
  await expect(check.getByRole('status')).not.toContainText('300,000');
  await expect(check.getByRole('status')).toBeFocused();
  await check.getByRole('button', { name: 'Try again' }).click();
  await expect(check.getByRole('radio').first()).toBeFocused();
  await check.getByLabel('300,000').check();
  await check.getByRole('button', { name: 'Check my answer' }).click();
  await expect(check.getByRole('status')).toContainText('Right. Discounting divides by the factor');

  // The calculator starts from the cohort example …
  await drawLesson(page);
  const value = page.getByTestId('clv-value');
  await expect(value).toHaveText('51.56');
  // … and raising retention after year 1 from 40% to 50% gives, by hand:
  // year 2: 10,000 × 150 × 30% ÷ 1.2 = 375,000; year 3: 4,500 × 150 × 35% ÷ 1.44 = 164,062.5;
  // (600,000 + 375,000 + 164,062.5) ÷ 20,000 = 56.95.
  await page.getByLabel('After year 1', { exact: true }).fill('50');
  await expect(value).toHaveText('56.95');
  await expect(page.getByTestId('clv-change')).toHaveText('+5.39 vs the example');
  await expect(page).toHaveURL(/clv\.retention=0\.5%2C0\.45%2C0\.5/);
  await expectAccessible(page);

  // Switching language keeps the learner's scenario.
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await drawLesson(page);
  await expect(page.getByLabel('第 1 年后', { exact: true })).toHaveValue('50');
  await expect(value).toHaveText('56.95');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await drawLesson(page);
  await expect(value).toHaveText('56.95');

  // The answer is remembered: the home page offers to resume, and the check shows it.
  await page.reload();
  await expect(page.locator('form.check').filter({ hasText: 'What is the discounted profit?' }).getByRole('status')).toContainText('Right.');
  await page.goto('./#/en/clv');
  await expect(page.getByText('1 of 5 checks answered, 0 right at the first try')).toBeVisible();
  await page.goto('./#/en');
  await expect(page.getByText('Continue where you left off')).toBeVisible();
});

test('a shared scenario link reproduces the same numbers', async ({ page, context }) => {
  await page.goto('./#/en/lab/clv');
  await page.getByRole('radio', { name: 'Same every year' }).first().check();
  await page.getByLabel('Retention rate', { exact: true }).fill('80');
  await page.getByLabel('Years to follow the cohort', { exact: true }).fill('10');
  await page.getByLabel('Acquisition cost per customer', { exact: true }).fill('25');
  const value = await page.getByTestId('clv-value').textContent();
  await expect(page.locator('.widget .details')).toHaveAttribute('aria-busy', 'false');
  const table = await page.locator('.widget table').innerText();
  expect(value).not.toBe('51.56');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy a link to this scenario' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByTestId('clv-value')).toHaveText(value!);
  await expect(shared.locator('.widget .details')).toHaveAttribute('aria-busy', 'false');
  expect(await shared.locator('.widget table').innerText()).toBe(table);
  await expect(shared.getByLabel('Retention rate', { exact: true })).toHaveValue('80');
  await expect(shared.getByText(/Part of the link was not valid/)).toHaveCount(0);
});

test('a malformed link shows the example and says which values were replaced, in an address the app accepts', async ({ page }) => {
  await page.goto('./#/en/lab/clv?clv.retention=abc&clv.horizon=99&clv.discount=-2&clv.customers=12000&clv.cost=0.5,,0.4');
  await expect(page.getByRole('status').filter({ hasText: 'Part of the link was not valid' })).toContainText(
    'Retention rate, Costs as a share of revenue, Discount rate per year, and Years to follow the cohort',
  );
  await expect(page.getByLabel('Customers acquired in year 1', { exact: true })).toHaveValue('12000');
  await expect(page.getByTestId('clv-value')).toHaveText('51.56');
  // The address now holds what the calculator shows, and reloading it raises no notice.
  await expect(page).toHaveURL(/clv\.customers=12000/);
  await expect(page).not.toHaveURL(/abc|=99|=-2/);
  await page.reload();
  await expect(page.getByText(/Part of the link was not valid/)).toHaveCount(0);
  await expect(page.getByLabel('Customers acquired in year 1', { exact: true })).toHaveValue('12000');
  await expectAccessible(page);
});

test('an invalid entry shows a message by the field and keeps the last valid result', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  const discount = page.getByLabel('Discount rate per year', { exact: true });
  await discount.fill('10');
  const atTen = await page.getByTestId('clv-value').textContent();
  await discount.fill('150');
  await expect(page.getByText('Enter a value from 0% to 100%.')).toBeVisible();
  await expect(discount).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('clv-value')).toHaveText(atTen!);
  await expect(page.getByText('Fix the highlighted field')).toBeVisible();
  await discount.fill('');
  await expect(page.getByText('Enter a number, such as 12 or 12.5.')).toBeVisible();
  await discount.fill('20');
  await expect(page.getByTestId('clv-value')).toHaveText('51.56');
  await expect(page.getByText('Fix the highlighted field')).toHaveCount(0);
});

test('the calculator works from the keyboard', async ({ page }) => {
  await page.goto('./#/en/lab/clv');
  const slider = page.getByRole('slider', { name: 'Discount rate per year (slider)' });
  await slider.focus();
  await expect(slider).toBeFocused();
  await page.keyboard.press('ArrowLeft'); // 20% → 19.5%
  await expect(page.getByLabel('Discount rate per year', { exact: true })).toHaveValue('19.5');
  await expect(page.getByTestId('clv-value')).not.toHaveText('51.56');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Discount rate per year', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Back to the example' }).press('Enter');
  await expect(page.getByTestId('clv-value')).toHaveText('51.56');
});

test('Chinese pages: interface and lesson in Chinese, with the same calculator numbers', async ({ page }) => {
  await page.goto('./#/en/clv/four-steps');
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(/#\/zh\/clv\/four-steps$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByText('学完本课，你将能够')).toBeVisible();
  await expect(page.getByText('本课尚未翻译成中文')).toHaveCount(0);
  await drawLesson(page);
  await expect(page.getByRole('heading', { name: '客户终生价值计算器', exact: true })).toBeVisible();
  await expect(page.getByTestId('clv-value')).toHaveText('51.56');
  await page.getByLabel('第 1 年后', { exact: true }).fill('50');
  await expect(page.getByTestId('clv-value')).toHaveText('56.95');
  await expectAccessible(page);
  await page.goto('./#/zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户价值管理');
  await expect(page.getByRole('link', { name: '在企业中推行客户价值管理' })).toBeVisible();
  await expectAccessible(page);
});

test('the theme starts from the system setting, says what a click will do, and can go back to following the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#/en');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Use the light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Follow the system theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Following the system again means following its changes.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Use the dark theme' })).toBeVisible();
  await expectAccessible(page);
});

test('unknown routes get a helpful page', async ({ page }) => {
  for (const path of ['#/en/no-such-module', '#/en/clv/no-such-lesson', '#/xx/clv', '#/en/lab/nothing']) {
    await page.goto(`./${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the course home' })).toBeVisible();
  }
  await expectAccessible(page);
});

test('saved progress that is corrupted does not break the app', async ({ page }) => {
  await page.goto('./#/en');
  await page.evaluate(() => localStorage.setItem('cvm-course', '{not json'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Value Management');
  await page.evaluate(() => localStorage.setItem('cvm-course', JSON.stringify({ version: 2, theme: 'purple', answers: 'x', lastLesson: 7 })));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer Value Management');
});
