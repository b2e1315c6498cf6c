// Module 2 in a real browser, in both languages: the ladder climbed with the arrow keys, the
// self-assessment answered and kept in the address, every check answered, axe clean.
import { drawLesson, expect, expectAccessible, test } from './fixtures';
import { answerEveryCheck } from './lessons';

const L = {
  en: { clear: 'Clear my answers', none: 'not on the ladder yet', rung2: 'rung 2 of 4', loyalty: 'Retention and defection rates', top: 'What staying at the top asks' },
  zh: { clear: '清除我的答案', none: '还没有踏上阶梯', rung2: '第 2 级', loyalty: '客户保持率和流失率', top: '守住顶端需要什么' },
} as const;

for (const locale of ['en', 'zh'] as const) {
  const words = L[locale];

  test(`module 2, ${locale}: the value-stage ladder`, async ({ page }) => {
    test.setTimeout(45_000);
    await page.goto(`./#/${locale}/value-ladder/four-stages`);
    await drawLesson(page);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveCount(4);
    await tabs.first().focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.nth(2)).toBeFocused();
    await expect(page.getByRole('tabpanel')).toContainText(words.loyalty);
    await page.keyboard.press('End');
    await expect(page.getByRole('tabpanel')).toContainText(words.top);
    await expect(page).toHaveURL(/ladder\.rung=customer-value/);
    await answerEveryCheck(page, locale, '02-value-ladder/01-four-stages.md');
    await expectAccessible(page);

    // The self-assessment starts from the lesson's example firm (2, 5, 5, 5): not yet on the ladder.
    await page.goto(`./#/${locale}/value-ladder/where-you-stand`);
    await drawLesson(page);
    const result = page.getByTestId('ladder-result');
    await expect(result).toContainText(words.none);
    await page.getByRole('button', { name: words.clear }).click();
    const statements = page.locator('fieldset.statement');
    for (const [i, answer] of [5, 4, 2, 5].entries()) await statements.nth(i).locator(`input[value="${answer}"]`).check();
    await expect(result).toContainText(words.rung2);
    await expect(page.getByTestId('ladder-rung-2').getByTestId('ladder-here')).toBeVisible();
    await expect(page).toHaveURL(/ladder\.answers=5%2C4%2C2%2C5|ladder\.answers=5,4,2,5/);
    // The result is in the address: a reload (or a shared link) shows it again.
    await page.reload();
    await drawLesson(page);
    await expect(page.getByTestId('ladder-result')).toContainText(words.rung2);
    await answerEveryCheck(page, locale, '02-value-ladder/02-where-you-stand.md');
    await expectAccessible(page);
  });
}
