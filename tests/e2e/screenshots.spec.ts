// Screenshots for people to look at (not compared): every key page at desktop
// and phone width, in both themes and both languages.
import { fileURLToPath } from 'node:url';
import { test } from './fixtures';

const shots = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

const pages = [
  ['home', ''],
  ['lesson', '/clv/what-is-clv'],
  ['calculator', '/clv/four-steps'],
] as const;
const widths = [
  ['desktop', 1280],
  ['phone', 390],
] as const;

for (const locale of ['en', 'zh']) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots ${locale} ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, px] of widths) {
        await page.setViewportSize({ width: px, height: 900 });
        for (const [name, path] of pages) {
          await page.goto(`#/${locale}${path}`);
          await page.locator('main h1').waitFor();
          if (name === 'calculator') {
            const calculator = page.locator('.calculator');
            await calculator.scrollIntoViewIfNeeded();
            await calculator.screenshot({ path: `${shots}/${name}-${locale}-${theme}-${width}.png` });
          } else {
            await page.screenshot({ path: `${shots}/${name}-${locale}-${theme}-${width}.png`, fullPage: name === 'home' });
          }
        }
      }
    });
  }
}
