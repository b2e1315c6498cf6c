// Every page of the course, in both languages: axe finds nothing, in the light
// theme at desktop width and in the dark theme at phone width.
import { expect, expectAccessible, test } from './fixtures';

const paths = [
  '',
  '/clv',
  '/clv/what-is-clv',
  '/clv/where-value-comes-from',
  '/clv/four-steps',
  '/clv/measuring-clv',
  '/customer-value',
  '/lab',
  '/lab/clv',
  '/widgets',
  '/no-such-page',
];

for (const [theme, width] of [
  ['light', 1280],
  ['dark', 390],
] as const) {
  test(`every page is accessible: ${theme} theme, ${width} px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ['en', 'zh']) {
      for (const path of paths) {
        await page.goto(`./#/${locale}${path}`);
        await expect(page.locator('main h1')).toBeVisible();
        if (path.startsWith('/clv/')) await expect(page.locator('article.lesson-body h2').first()).toBeVisible();
        if (path === '/lab/clv' || path === '/widgets') await expect(page.getByTestId('clv-value')).toBeVisible();
        await expectAccessible(page);
        // Nothing may stick out sideways on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${locale}${path}`).toBeLessThanOrEqual(width);
      }
    }
  });
}
