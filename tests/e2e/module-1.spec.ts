// Module 1 in a real browser, in both languages: every lesson's checks answered, the value map moved by
// keyboard and by pointer and scored from attributes, the delivered-value balance's two cuts compared,
// axe clean after each step (the fixture also fails on console errors and requests off the origin).
import { drawLesson, expect, expectAccessible, test } from './fixtures';
import { answerEveryCheck } from './lessons';

const L = {
  en: { pickup: 'Easy pickup and drop-off', ours: 'Our score', cutPrice: 'Cut the price by 10', cutTime: 'Cut waiting time by 10', reset: 'Back to the example', fair: 'fair value' },
  zh: { pickup: '取件寄件方便', ours: '我们的评分', cutPrice: '降价 10', cutTime: '等候时间成本减少 10', reset: '恢复示例', fair: '价值公平' },
} as const;

for (const locale of ['en', 'zh'] as const) {
  const words = L[locale];

  test(`module 1, ${locale}: what customer value is`, async ({ page }) => {
    test.setTimeout(60_000);
    // Lesson 1: no widget, three checks.
    await page.goto(`./#/${locale}/customer-value/what-is-value`);
    await drawLesson(page);
    await expect(page.locator('article.lesson-body h2').first()).toBeVisible();
    await answerEveryCheck(page, locale, '01-customer-value/01-what-is-value.md');
    await expectAccessible(page);

    // Lesson 2: the value map, twice on one page.
    await page.goto(`./#/${locale}/customer-value/value-map`);
    await drawLesson(page);
    const [profile, map] = [page.locator('section.widget').nth(0), page.locator('section.widget').nth(1)];
    await expect(profile.getByTestId('valuemap-profile')).toHaveText('1.02');
    // Pickup level with the market: 0.40 + 0.20 + 0.25 + 0.20 = 1.05, on the line at our price of 1.05.
    await profile.getByRole('group', { name: words.pickup }).getByLabel(words.ours, { exact: true }).fill('7');
    await expect(profile.getByTestId('valuemap-profile')).toHaveText('1.05');
    await expect(profile.getByTestId('valuemap-gap')).toHaveText('0.00');
    await expect(profile.getByTestId('valuemap-verdict')).toContainText(words.fair);

    // The laggard, by keyboard: price 1.00 → 0.90 (Shift) → 0.85, onto the fair-value line.
    const laggard = map.getByTestId('valuemap-point-laggard');
    await laggard.focus();
    await page.keyboard.press('Shift+ArrowDown');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    const row = map.locator('table tbody tr').nth(3);
    await expect(row.locator('td').nth(1)).toHaveText('0.85');
    await expect(row.locator('td').nth(2)).toHaveText('0.00');
    await expect(page).toHaveURL(/valuemap\.price=1\.05%2C1\.15%2C0\.8%2C0\.85|valuemap\.price=1\.05,1\.15,0\.8,0\.85/);

    // Us, by pointer: dragged down and to the right, into better value.
    const us = map.getByTestId('valuemap-point-us');
    const box = (await us.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    await expect(map.getByTestId('valuemap-gap')).toHaveText(/^\+0\.\d\d$/);
    await answerEveryCheck(page, locale, '01-customer-value/02-value-map.md');
    await expectAccessible(page);

    // Lesson 3: the same 10 off the price and off the waiting time.
    await page.goto(`./#/${locale}/customer-value/delivered-value`);
    await drawLesson(page);
    const value = page.getByTestId('delivered-value');
    await expect(value).toHaveText('+10');
    await page.getByRole('button', { name: words.cutPrice }).click();
    await expect(value).toHaveText('+20');
    await expect(page).toHaveURL(/delivered\.money=45/);
    await page.getByRole('button', { name: words.reset }).click();
    await expect(value).toHaveText('+10');
    await page.getByRole('button', { name: words.cutTime }).click();
    await expect(value).toHaveText('+20');
    await expect(page).toHaveURL(/delivered\.time=10/);
    await answerEveryCheck(page, locale, '01-customer-value/03-delivered-value.md');
    await expectAccessible(page);

    // Lesson 4: satisfaction against value, internal customers; the module's summary.
    await page.goto(`./#/${locale}/customer-value/satisfaction-and-value`);
    await drawLesson(page);
    await expect(page.locator('article.lesson-body h2').last()).toBeVisible();
    await answerEveryCheck(page, locale, '01-customer-value/04-satisfaction-and-value.md');
    await expectAccessible(page);
  });
}
