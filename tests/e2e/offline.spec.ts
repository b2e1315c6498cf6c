// Offline after the first visit: the service worker precaches the whole course, so with the network cut every
// lesson (both languages), the lab and the presenter still open; a new version waits for the learner's reload.
import type { Page } from '@playwright/test';
import { drawLesson, expect, test } from './fixtures';
import { labPaths, lessonPaths, modulePaths } from './pages.mjs';
import { staticServer } from './static-server.mjs';

test.use({ serviceWorkers: 'allow' });

/** The service worker has installed (so the course is precached) and controls the page. */
const controlled = (page: Page) => page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 60_000 });

test('after one visit, the whole course opens with the network cut', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('./#/en');
  await controlled(page);
  await context.setOffline(true);
  // A reload offline: the page itself comes from the precache.
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  for (const locale of ['en', 'zh']) {
    for (const path of ['', ...modulePaths, ...lessonPaths, '/lab', '/lab/clv', ...labPaths, '/widgets', '/glossary']) {
      await page.goto(`./#/${locale}${path}`);
      await expect(page.locator('main h1'), `${locale}${path}`).toBeVisible();
      if (lessonPaths.includes(path)) await expect(page.locator('article.lesson-body h2').first(), `${locale}${path}`).toBeVisible();
    }
  }
  await page.goto('./#/en/lab/clv?compare=1');
  await expect(page.getByTestId('lab-difference')).toBeVisible();
  await page.goto('./#/en/present/clv/four-steps/7');
  await expect(page.getByTestId('present-position')).toHaveText('Slide 7 of 9');
  await expect(page.getByTestId('clv-value').locator('visible=true')).toBeVisible();
  await page.goto('./#/zh/presenter/clv/four-steps/6');
  await expect(page.getByTestId('present-notes')).not.toBeEmpty();
});

test.describe('a release', () => {
  // A host of its own, whose service worker script can change: from version 2 on it differs by a comment.
  const port = Number(process.env.E2E_PORT ?? 4321) + 1000;
  let version = 1;
  const server = staticServer({ override: (file, body) => (file === 'sw.js' && version > 1 ? `${body}\n// release ${version}\n` : body) });
  test.use({ baseURL: `http://127.0.0.1:${port}/course/` });
  test.beforeAll(() => new Promise<void>((done) => server.listen(port, '127.0.0.1', done)));
  test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test('waits: the learner is told, keeps working, and it takes over only when they reload', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./#/en');
    await controlled(page);
    await expect(page.getByTestId('update-notice')).toHaveCount(0);

    version = 2;
    await page.reload();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const notice = page.getByTestId('update-notice');
    await expect(notice).toContainText('A new version of the course is ready');
    // Nothing was swapped: the old version still controls the page, the new one waits, the page was not reloaded.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
    await page.goto('./#/en/clv/four-steps');
    await drawLesson(page);
    await expect(page.getByTestId('clv-value')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForFunction(() => !(window as unknown as { stayed?: boolean }).stayed, null, { timeout: 30_000 });
    await drawLesson(page);
    await expect(page.getByTestId('clv-value')).toBeVisible();
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  });
});
