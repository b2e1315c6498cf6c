// `npm run bench:slides`: every presenter slide still taller than a 1280×720 room's screen once shrunk to fit
// (to 70% at most), in both languages, so an author knows where a `---` would help. Not part of `npm test`.
//
//   npm run bench:slides                  build, then every lesson
//   npm run bench:slides -- --no-build    use dist/ as it is
//   npm run bench:slides -- --only /clv   only the lessons whose path starts with /clv
import { chromium } from '@playwright/test';
import { findChromium, INSTALL_HINT } from '../tests/e2e/chromium.mjs';
import { lessonPaths } from '../tests/e2e/pages.mjs';
import { staticServer } from '../tests/e2e/static-server.mjs';
import { buildUnlessAsked, listening, option } from './web/built.mjs';

const args = process.argv.slice(2);
const only = option(args, '--only', '');
const chromePath = findChromium();
if (!chromePath) throw new Error(INSTALL_HINT);
buildUnlessAsked(args);

const server = await listening(staticServer());
const base = `http://127.0.0.1:${server.address().port}/course/`;
const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  for (const locale of ['en', 'zh']) {
    let over = 0;
    let total = 0;
    for (const path of lessonPaths.filter((p) => p.startsWith(only))) {
      await page.goto(`${base}#/${locale}/present${path}`);
      const position = page.getByTestId('present-position');
      await position.waitFor();
      const count = Number((await position.textContent()).match(/(\d+)\D*$/)[1]);
      for (let n = 1; n <= count; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        // The slide's widgets are drawn when it is first shown, then it is fitted.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        const slide = await page.locator('.stage').evaluate((stage) => ({
          overflow: stage.scrollHeight - stage.clientHeight,
          zoom: Number(getComputedStyle(stage.querySelector('.slide')).zoom),
          title: [...stage.querySelectorAll('h1, h2')].find((h) => h.checkVisibility())?.textContent?.trim(),
        }));
        total++;
        if (slide.overflow <= 2) continue;
        over++;
        console.log(`${locale}${path} slide ${n} (${slide.title}): ${slide.overflow} px taller than the screen at ${Math.round(slide.zoom * 100)}%`);
      }
    }
    console.log(`${locale}: ${over} of ${total} slides taller than a 1280×720 screen\n`);
  }
} finally {
  await browser.close();
  server.close();
}
