// Screenshots and a printed lesson for people to look at (not compared): every key page at desktop
// and phone width, both themes and both languages; the calculator as a projector shows it; lesson 3
// printed to PDF, and its pages as images when pdftoppm is installed.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drawLesson, drawWholeGallery, test } from './fixtures';

const shots = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));
mkdirSync(shots, { recursive: true });

const pages = [
  ['home', ''],
  ['lesson', '/clv/what-is-clv'],
  ['calculator', '/clv/four-steps'],
  ['lab', '/lab/clv?clv.retention=0.5,0.45,0.5'],
  ['gallery', '/widgets'],
] as const;
const widths = [
  ['desktop', 1280],
  ['phone', 390],
] as const;

for (const locale of ['en', 'zh']) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots ${locale} ${theme}`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: theme });
      for (const [width, px] of widths) {
        await page.setViewportSize({ width: px, height: 900 });
        for (const [name, path] of pages) {
          await page.goto(`#/${locale}${path}`);
          await page.locator('main h1').waitFor();
          const file = `${shots}/${name}-${locale}-${theme}-${width}.png`;
          if (name === 'calculator') {
            await drawLesson(page);
            const widget = page.locator('.widget');
            await widget.scrollIntoViewIfNeeded();
            await widget.screenshot({ path: file });
          } else {
            if (name === 'gallery') await drawWholeGallery(page);
            await page.screenshot({ path: file, fullPage: name !== 'lesson' });
          }
        }
      }
      // As projected: the calculator's section at 1280 × 720 and 1920 × 1080, after one change.
      for (const [w, h] of [
        [1280, 720],
        [1920, 1080],
      ]) {
        await page.setViewportSize({ width: w, height: h });
        await page.goto(`#/${locale}/clv/four-steps`);
        await drawLesson(page);
        await page.locator('.widget').evaluate((el) => el.scrollIntoView());
        await page.locator('.widget input[type=text]').nth(1).fill('50');
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${shots}/projector-${locale}-${theme}-${w}x${h}.png` });
      }
    });
  }
}

test('lesson 3 printed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const locale of ['en', 'zh']) {
    await page.goto(`#/${locale}/clv/four-steps`);
    await drawLesson(page);
    const pdf = `${shots}/print-lesson3-${locale}.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    spawnSync('pdftoppm', ['-png', '-r', '60', pdf, `${shots}/print-lesson3-${locale}`]);
  }
});

test('presenter mode as a projector and the instructor see it, and the handouts printed', async ({ page }) => {
  test.setTimeout(90_000);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const locale of ['en', 'zh']) {
      for (const [w, h] of [
        [1280, 720],
        [1920, 1080],
        [1024, 768],
      ]) {
        await page.setViewportSize({ width: w, height: h });
        for (const slide of [1, 3, 6]) {
          await page.goto(`#/${locale}/present/clv/four-steps/${slide}`);
          await page.getByTestId('present-position').waitFor();
          await page.waitForTimeout(200);
          await page.screenshot({ path: `${shots}/slide${slide}-${locale}-${theme}-${w}x${h}.png` });
        }
        await page.keyboard.press('o');
        await page.getByRole('dialog').waitFor();
        await page.screenshot({ path: `${shots}/overview-${locale}-${theme}-${w}x${h}.png` });
        await page.goto(`#/${locale}/presenter/clv/four-steps/6`);
        await page.getByTestId('present-notes').waitFor();
        await page.waitForTimeout(200);
        await page.screenshot({ path: `${shots}/presenter-${locale}-${theme}-${w}x${h}.png` });
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  for (const version of ['', '/instructor']) {
    for (const locale of ['en', 'zh']) {
      await page.goto(`#/${locale}/handout/clv/four-steps${version}?clv.retention=0.5,0.45,0.5`);
      await page.getByTestId('clv-value').waitFor();
      const name = `handout-${version ? 'instructor' : 'trainee'}-${locale}`;
      await page.pdf({ path: `${shots}/${name}.pdf`, format: 'A4' });
      spawnSync('pdftoppm', ['-png', '-r', '50', `${shots}/${name}.pdf`, `${shots}/${name}`]);
    }
  }
});
