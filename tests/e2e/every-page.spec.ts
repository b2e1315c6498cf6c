// Every page of the course, in both languages: axe finds nothing, in the light
// theme at desktop width and in the dark theme at phone width, and nothing
// sticks out sideways. The pages are read from content/, so a new module or
// lesson is checked without touching this file.
import { drawWholeGallery, expect, expectAccessible, test } from './fixtures';
import { labPaths, lessonPaths as lessons, modulePaths } from './pages.mjs';

const paths = ['', ...modulePaths, ...lessons, '/lab', '/lab/clv', ...labPaths, '/widgets', '/no-such-page'];

// One test per theme and language, so that the four run side by side as the course grows.
for (const [theme, width] of [
  ['light', 1280],
  ['dark', 390],
] as const) {
  for (const locale of ['en', 'zh']) {
    test(`every page is accessible: ${theme} theme, ${width} px, ${locale}`, async ({ page }) => {
      test.setTimeout(30_000 + paths.length * 8_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(`./#/${locale}${path}`);
        await expect(page.locator('main h1')).toBeVisible();
        if (lessons.includes(path)) await expect(page.locator('article.lesson-body h2').first()).toBeVisible();
        if (path === '/widgets') {
          // Not all drawn at once; walked down, so that axe sees every widget.
          await expect(page.locator('.gallery .waiting').first()).toBeAttached();
          await drawWholeGallery(page);
        }
        if (path === '/lab/clv' || path === '/widgets') await expect(page.getByTestId('clv-value')).toBeVisible();
        await expectAccessible(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${locale}${path}`).toBeLessThanOrEqual(width);
      }
    });
  }
}
