// The lessons' prepared scenarios: every preset a lesson names is a scenario its widget takes whole
// (no value set back), and in presenter mode a number key puts the slide's widget on that case.
import type { Page } from '@playwright/test';
import { drawLesson, expect, test } from './fixtures';
import { lessonPaths } from './pages.mjs';

const withPresets = lessonPaths.filter((p) => /^\/(customer-value|value-ladder|valuable-customers|loyalty|retention|clv|growing-profit)\//.test(p));

for (const locale of ['en', 'zh']) {
  test(`every lesson preset applies whole (${locale})`, async ({ page }) => {
    test.setTimeout(30_000 + withPresets.length * 4_000);
    let total = 0;
    for (const path of withPresets) {
      await page.goto(`./#/${locale}${path}`);
      await drawLesson(page);
      await expect(page.locator('article.lesson-body h2').first()).toBeVisible();
      const widgets = page.locator('[data-presets]');
      const count = await widgets.count();
      for (let w = 0; w < count; w++) {
        const names = (await widgets.nth(w).getAttribute('data-presets'))!.split('\n');
        for (let n = names.length; n >= 1; n--) {
          await widgets.nth(w).evaluate((el, detail) => el.dispatchEvent(new CustomEvent('cvmpreset', { detail })), n);
          await expect(widgets.nth(w).locator('.notice'), `${locale}${path}: ${names[n - 1]}`).toHaveCount(0);
          total++;
        }
      }
    }
    expect(total).toBeGreaterThanOrEqual(45);
  });
}

/** Moves through the deck until the slide shows a widget with presets. */
async function toPresetSlide(page: Page) {
  for (let i = 0; i < 20; i++) {
    if ((await page.locator('[data-presets]').locator('visible=true').count()) > 0) return;
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(50);
  }
  throw new Error('no slide with presets');
}

const KEYS = [
  { deck: 'en/present/customer-value/delivered-value', steps: [['2', 'delivered-value', '+20'], ['3', 'delivered-value', '+20'], ['1', 'delivered-value', '+10']] },
  { deck: 'en/present/valuable-customers/customer-profitability', steps: [['3', 'waterfall-net', /95/], ['4', 'waterfall-net', /[−-]45/]] },
  { deck: 'en/present/retention/what-keeping-is-worth', steps: [['2', 'retention-profit', '694,256'], ['1', 'retention-profit', '351,488']] },
  { deck: 'en/present/clv/measuring-clv', steps: [['2', 'migration-value', '176.00'], ['3', 'migration-value', '326.41']] },
  { deck: 'zh/present/clv/where-value-comes-from', steps: [['2', 'stack-value', '52.25'], ['1', 'stack-value', '202.90']] },
] as const;

for (const { deck, steps } of KEYS) {
  test(`presenter: number keys put the widget on the lesson's cases (${deck})`, async ({ page }) => {
    await page.goto(`./#/${deck}`);
    await expect(page.getByTestId('present-position')).toBeVisible();
    await toPresetSlide(page);
    for (const [key, id, shown] of steps) {
      await page.keyboard.press(key);
      await expect(page.getByTestId(id).locator('visible=true')).toContainText(shown);
    }
  });
}

test('presenter: a slide’s widgets are drawn when it is shown, and the console then lists their presets', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/en/presenter/clv/measuring-clv');
  await expect(page.getByTestId('present-position')).toHaveText(/^Slide 1 of/);
  await expect(page.locator('.lesson-body .waiting').first()).toBeAttached();
  await expect(page.locator('[data-presets]')).toHaveCount(0);
  await toPresetSlide(page);
  const list = page.getByRole('region', { name: 'Prepared scenarios (number keys)' });
  await expect(list.getByRole('button')).not.toHaveCount(0);
  await list.getByRole('button').nth(1).click();
  await expect(page.getByTestId('migration-value').locator('visible=true')).toContainText('176.00');
});
