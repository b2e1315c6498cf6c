/**
 * The test every real-browser test uses: it fails a test whose pages log a
 * console error, break the Content-Security-Policy, request anything outside
 * the app's origin, or (on each call to `expectAccessible`) show an axe-core
 * violation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test as base, type Page } from '@playwright/test';
import type { RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`)),
      );
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
      });
      await use();
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests outside the app').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// axe's default set leaves out target-size (WCAG 2.2, 2.5.8); Lighthouse checks it, and so do we.
const axeOptions: RunOptions = { rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] };

/**
 * axe-core's own `axe.run` in the page, put there once per document (the course moves by hash, so once per test
 * mostly). @axe-core/playwright opens a blank page on every check to merge the results of frames, which the course
 * has none of: two thirds of each check's time, and three quarters of the every-page test's.
 */
export async function expectAccessible(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const summary = await page.evaluate(async (options) => {
    const { violations } = await window.axe.run(document, options);
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, axeOptions);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The gallery draws each widget as it comes near the screen: walk down it until every one is drawn. */
export async function drawWholeGallery(page: Page) {
  // One item at a time: scrolled past between two frames, an item is never seen by its observer.
  for (const item of await page.locator('.gallery .item').all()) {
    await item.scrollIntoViewIfNeeded();
    await expect(item.locator('.waiting')).toHaveCount(0);
  }
}

/**
 * A lesson draws each widget as it comes near the screen, as a reader scrolls: scroll to each in turn until
 * all are drawn, then back to where the page was. Call it after opening a lesson whose widgets a test reads.
 */
export async function drawLesson(page: Page) {
  // Two frames: a navigation just begun has reached the app by then, so the article below is the new one.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(page.locator('article.lesson-body')).toBeAttached();
  const at = await page.evaluate(() => scrollY);
  const waiting = page.locator('article.lesson-body .waiting');
  // Counted afresh each time: a widget already near the screen is drawn on its own, between any two steps here.
  for (let left = await waiting.count(); left > 0; left = await waiting.count()) {
    await page.evaluate(() => document.querySelector('article.lesson-body .waiting')?.scrollIntoView({ block: 'center' }));
    await expect.poll(() => waiting.count()).toBeLessThan(left);
  }
  await page.evaluate((y) => scrollTo(0, y), at);
}
