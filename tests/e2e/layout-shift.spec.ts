// A lesson does not jump as its parts arrive (the pager used to be drawn first and pushed down the page).
import { expect, test } from './fixtures';
import { widgetLessonPaths } from './pages.mjs';

test.use({ viewport: { width: 390, height: 844 } });

for (const path of [widgetLessonPaths[0], '/clv/four-steps']) {
  test(`${path} loads without moving what the reader sees`, async ({ page }) => {
    await page.goto(`./#/en${path}`);
    await page.locator('a[rel=next], a[rel=prev]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 200); // the buffered entries arrive at once; none is none
        }),
    );
    expect(shift).toBeLessThan(0.02);
  });
}
