// Walking a lesson in a real browser: every knowledge check answered (one wrong try first, then right),
// read from the lesson's own file so the walk follows the content.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const WORDS = {
  en: { submit: 'Check my answer', right: 'Right.', wrong: 'Not quite.', retry: 'Try again' },
  zh: { submit: '提交答案', right: '答对了。', wrong: '不太对。', retry: '再试一次' },
};

/** The right option of each check, in page order, from content/<locale>/<file>. */
export function answersOf(locale: 'en' | 'zh', file: string): number[] {
  const source = readFileSync(fileURLToPath(new URL(`../../content/${locale}/${file}`, import.meta.url)), 'utf8');
  return [...source.matchAll(/answer=\{(\d+)\}/g)].map((m) => Number(m[1]));
}

export async function answerEveryCheck(page: Page, locale: 'en' | 'zh', file: string): Promise<void> {
  const words = WORDS[locale];
  const answers = answersOf(locale, file);
  const checks = page.locator('form.check');
  await expect(checks).toHaveCount(answers.length);
  for (const [i, answer] of answers.entries()) {
    const check = checks.nth(i);
    const options = check.getByRole('radio');
    const right = (await check.locator('label.option .text').nth(answer).innerText()).trim();
    // A wrong try explains itself and does not give the right option away.
    await options.nth(answer === 0 ? 1 : 0).check();
    await check.getByRole('button', { name: words.submit }).click();
    await expect(check.getByRole('status')).toContainText(words.wrong);
    await expect(check.getByRole('status')).not.toContainText(right);
    await check.getByRole('button', { name: words.retry }).click();
    await options.nth(answer).check();
    await check.getByRole('button', { name: words.submit }).click();
    await expect(check.getByRole('status')).toContainText(words.right);
  }
}
