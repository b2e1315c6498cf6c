// Module 8 in both languages: every lesson opens and is accessible, every check can be answered,
// the CVM cycle goes round by button, radio and click, and the strategy map follows the chosen
// process from the keyboard and the pointer, keeping it in the address.
import { drawLesson, expect, expectAccessible, test } from './fixtures';
import { answerEveryCheck } from './lessons';

const folder = '08-cvm-in-practice';
const lessons = ['01-the-cvm-process', '02-the-strategy-map', '03-practices-and-a-case'];
const slug = (file: string) => file.replace(/^\d+-/, '');

const words = {
  en: {
    analysis: 'Conduct analysis',
    assess: 'Assess the market opportunity',
    retention: 'Customer retention',
    retain: /Retain customers/,
    grow: /Grow relationships/,
    partnership: 'Partnership',
    crossSelling: 'Cross-selling',
    dealers: 'Develop dealer networks',
  },
  zh: {
    analysis: '开展分析',
    assess: '评估市场机会',
    retention: '客户保持率',
    retain: /保有顾客/,
    grow: /发展顾客关系/,
    partnership: '伙伴关系',
    crossSelling: '交叉销售',
    dealers: '发展经销网络',
  },
} as const;

for (const locale of ['en', 'zh'] as const) {
  test(`module 8 (${locale}): every lesson, every check, the cycle and the map`, async ({ page }) => {
    test.setTimeout(60_000);
    const w = words[locale];
    for (const file of lessons) {
      await page.goto(`./#/${locale}/cvm-in-practice/${slug(file)}`);
      await drawLesson(page);
      await expect(page.locator('article.lesson-body h2').first()).toBeVisible();
      await answerEveryCheck(page, locale, `${folder}/${file}.md`);
    }
    // every-page.spec.ts checks each lesson as it opens; here axe sees the pages with checks answered and widgets moved.
    await expectAccessible(page);

    // The cycle: the button goes on, and after step 4 comes step 1 again; a click on a step chooses it.
    await page.goto(`./#/${locale}/cvm-in-practice/the-cvm-process`);
    await drawLesson(page);
    const panel = page.getByTestId('cycle-panel');
    const next = page.getByTestId('cycle-next');
    await expect(panel).toContainText(w.assess);
    await next.click();
    await expect(panel).toContainText(w.analysis);
    await expect(page).toHaveURL(/cvm-cycle\.step=analyse/);
    for (let i = 0; i < 3; i++) await next.click();
    await expect(panel.locator('h3, h4').first()).toHaveText(w.assess);
    await page.locator('[data-step="measure"]').click();
    await expect(page.getByTestId('cycle-measures').locator('li.on')).toHaveCount(4);
    await expect(page.getByTestId('cycle-measures')).toContainText(w.retention);
    await expect(page).toHaveURL(/cvm-cycle\.step=measure/);
    await page.reload();
    await drawLesson(page);
    await expect(page.getByTestId('cycle-measures').locator('li.on')).toHaveCount(4);

    // The map: a process chosen by radio, moved on with the arrow keys, and picked on the diagram.
    await page.goto(`./#/${locale}/cvm-in-practice/the-strategy-map`);
    await drawLesson(page);
    const choice = page.getByTestId('map-process');
    const retain = choice.getByRole('radio', { name: w.retain });
    await retain.check();
    await expect(page.getByTestId('map-serves')).toContainText(w.partnership);
    await retain.focus();
    await page.keyboard.press('ArrowRight');
    await expect(choice.getByRole('radio', { name: w.grow })).toBeChecked();
    await expect(page.getByTestId('map-detail')).toContainText(w.crossSelling);
    await page.locator('[data-box="acquire"]').click();
    await expect(page.getByTestId('map-detail')).toContainText(w.dealers);
    await expect(page).toHaveURL(/strategy-map\.process=acquire/);
    await expectAccessible(page);
  });
}
