// Module 7 in both languages: every lesson opens and is accessible, every check can be answered,
// and the importance–performance matrix reacts to the keyboard, the pointer, the corridor and the
// channel, keeping its scenario in the address.
import { drawLesson, expect, expectAccessible, test } from './fixtures';
import { answerEveryCheck } from './lessons';

const folder = '07-growing-profit';
const lessons = ['01-five-ways-to-grow', '02-segments-worth-serving', '03-what-each-segment-needs', '04-moving-the-money'];
const slug = (file: string) => file.replace(/^\d+-/, '');

const words = {
  en: { hours: 'Opening hours', claims: 'Claims handling', price: 'Price of the product', speed: 'Speed', brokers: /Brokers/, tolerance: 'Width of the target corridor (±)' },
  zh: { hours: '营业时间', claims: '理赔个案的处理', price: '产品定价', speed: '速度', brokers: /保险经纪/, tolerance: '服务目标走廊的宽度（±）' },
} as const;

for (const locale of ['en', 'zh'] as const) {
  test(`module 7 (${locale}): every lesson, every check, and the matrix`, async ({ page }) => {
    test.setTimeout(60_000);
    const w = words[locale];
    for (const file of lessons) {
      await page.goto(`./#/${locale}/growing-profit/${slug(file)}`);
      await drawLesson(page);
      await expect(page.locator('article.lesson-body h2').first()).toBeVisible();
      await answerEveryCheck(page, locale, `${folder}/${file}.md`);
    }
    // every-page.spec.ts checks each lesson as it opens; here axe sees the pages with checks answered and widgets moved.
    await expectAccessible(page);

    // Lesson 3: the service centres. The keyboard raises opening hours into the corridor.
    await page.goto(`./#/${locale}/growing-profit/what-each-segment-needs`);
    await drawLesson(page);
    const to = page.getByTestId('matrix-to');
    const from = page.getByTestId('matrix-from');
    await expect(to).toContainText(w.hours);
    const hours = page.getByRole('slider', { name: w.hours, exact: true });
    await expect(hours).toHaveAttribute('data-testid', 'matrix-point-opening-hours');
    await hours.focus();
    await page.keyboard.press('Shift+ArrowUp'); // 3 → 4: half a point below need, inside ±0.5
    await expect(to).not.toContainText(w.hours);
    await expect(page).toHaveURL(/service-matrix\.performance=4%2C4%2C4\.5%2C4\.5%2C4%2C3\.5/);

    // The pointer drags claims handling up, out of the under-performing region.
    const claims = page.getByTestId('matrix-point-claims');
    const box = (await claims.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 120, { steps: 8 });
    await page.mouse.up();
    await expect(to).not.toContainText(w.claims);
    await expect(page.getByTestId('matrix-was')).toBeVisible();

    // A wider corridor takes price off the list; the scenario survives a reload.
    await page.getByLabel(w.tolerance, { exact: true }).fill('1');
    await expect(from).not.toContainText(w.price);
    await expect(page).toHaveURL(/service-matrix\.tolerance=1(&|$)/);
    await page.reload();
    await drawLesson(page);
    await expect(page.getByLabel(w.tolerance, { exact: true })).toHaveValue('1');
    await expect(to).not.toContainText(w.hours);
    await expectAccessible(page);

    // Lesson 4 opens on e-commerce; switching channel changes the story.
    await page.goto(`./#/${locale}/growing-profit/moving-the-money`);
    await drawLesson(page);
    await expect(to).toContainText(w.price);
    await page.getByRole('radio', { name: w.brokers }).check();
    await expect(to).toContainText(w.speed);
    await expect(from).toContainText(w.hours);
    await expect(page).toHaveURL(/service-matrix\.segment=brokers/);
  });
}

test('the matrix in the lab: a link that names only a channel shows that channel’s survey', async ({ page }) => {
  await page.goto('./#/en/lab/service-matrix?service-matrix.segment=branches');
  await expect(page.getByTestId('matrix-to')).toContainText('Quality of the information given');
  await expect(page.getByText(/Part of the link was not valid/)).toHaveCount(0);
  await page.goto('./#/en/lab/service-matrix?service-matrix.segment=agents&service-matrix.importance=9');
  await expect(page.getByRole('status').filter({ hasText: 'Part of the link was not valid' })).toContainText('Channel');
  await expectAccessible(page);
});
