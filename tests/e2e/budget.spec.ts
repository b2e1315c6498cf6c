// Bundle budget: what a first visit downloads (JS + CSS, gzip), measured from
// the files the browser actually requested.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const dist = new URL('../../dist/', import.meta.url);

async function firstLoadKB(page: Page, path: string, ready: () => Promise<void>): Promise<number> {
  const files = new Set<string>();
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.replace(/^\/course\//, '');
    if (/\.(js|css)$/.test(name)) files.add(name);
  });
  await page.goto(path);
  await ready();
  const bytes = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(new URL(f, dist))).length, 0);
  return bytes / 1024;
}

test('the course home loads in at most 60 KB and the calculator lesson in at most 150 KB', async ({ page, browser }) => {
  const home = await firstLoadKB(page, './#/en', () => page.getByText('Coming soon').first().waitFor());
  const fresh = await browser.newPage();
  const lesson = await firstLoadKB(fresh, './#/en/clv/four-steps', () => fresh.getByTestId('clv-value').waitFor());
  console.log(`bundle: course home ${home.toFixed(1)} KB, calculator lesson ${lesson.toFixed(1)} KB (JS + CSS, gzip)`);
  expect(home).toBeLessThanOrEqual(60);
  expect(lesson).toBeLessThanOrEqual(150);
  await fresh.close();
});
