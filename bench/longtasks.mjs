// The in-browser half of the bench (not part of `npm test`): while the import worker processes a generated
// 1,000,000-row CSV on the lab's "Your customers" page, does any main-thread task run over 50 ms?
// Serves the built app (run `npx vite build` first), opens the page in the system Chromium, chooses the file,
// presses Compute and records every long task (PerformanceObserver 'longtask', which reports each task over
// 50 ms) from the click to the result's arrival, and then the render of the results apart.
//
//   node bench/longtasks.mjs                 1,000,000 rows, BG/NBD and Gamma-Gamma (the page's default)
//   node bench/longtasks.mjs --rows 100000   another size
//   node bench/longtasks.mjs --pareto        with the Pareto/NBD as the purchase model (slower worker, same test)
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { findChromium } from '../tests/e2e/chromium.mjs';
import { staticServer } from '../tests/e2e/static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const rows = option('--rows', 1_000_000);
const pareto = args.includes('--pareto');
if (!existsSync(join(root, 'dist/index.html'))) {
  console.error('No dist/: run `npx vite build` first.');
  process.exit(1);
}

// The same generated file as `npm run bench` (bench/cases.ts), bundled the same way.
const outDir = resolve(root, 'node_modules/.bench');
await build({
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { $core: resolve(root, 'src/core/index.ts') } },
  ssr: { noExternal: true },
  build: { ssr: resolve(root, 'bench/cases.ts'), outDir, emptyOutDir: true, minify: false, target: 'node20', rollupOptions: { output: { entryFileNames: 'cases.mjs' } } },
});
const { generateCsv } = await import(pathToFileURL(resolve(outDir, 'cases.mjs')).href);
const { text, customers } = generateCsv(rows);
const folder = mkdtempSync(join(os.tmpdir(), 'cvm-longtasks-'));
const file = join(folder, `generated-${rows}.csv`);
writeFileSync(file, text);

const port = option('--port', Number(process.env.E2E_PORT ?? 4321) + 2000);
const server = staticServer().listen(port, '127.0.0.1');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await page.addInitScript(() => {
    // The moment the worker's result arrives: a listener added as the worker is made runs first, at the start of
    // the task that takes the result in (a MutationObserver's note would come only at that task's end).
    window.__arrived = undefined;
    const Made = window.Worker;
    window.Worker = class extends Made {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (event) => {
          if (event.data?.type === 'result') window.__arrived = performance.now();
        });
      }
    };
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${port}/course/#/en/lab/data`);
  await page.getByTestId('yc-file').setInputFiles(file);
  await page.getByTestId('yc-loaded').waitFor();
  if (pareto) await page.getByRole('radio', { name: /Pareto\/NBD/ }).check();
  await page.waitForTimeout(300);
  const beforeClick = await page.evaluate(() => window.__longTasks.length);
  const clicked = await page.evaluate(() => performance.now());
  await page.getByTestId('yc-run').click();
  await page.getByTestId('yc-results').waitFor({ timeout: 300_000 });
  await page.waitForTimeout(500);
  const { tasks, arrived } = await page.evaluate(() => ({ tasks: window.__longTasks, arrived: window.__arrived }));
  const after = tasks.slice(beforeClick).filter((t) => t.start >= clicked);
  // A task that ends before the result arrives ran while the worker worked; the arrival's own task is the first of the rest.
  const during = after.filter((t) => t.start + t.duration < arrived);
  const render = after.filter((t) => t.start + t.duration >= arrived);
  const ms = (v) => `${Math.round(v)} ms`;
  const longest = (list) => (list.length ? ms(Math.max(...list.map((t) => t.duration))) : 'none');
  console.log(`\nIn-browser import: ${rows.toLocaleString('en')} rows (${(text.length / 1e6).toFixed(1)} MB, ${customers.toLocaleString('en')} customers), ${pareto ? 'Pareto/NBD' : 'BG/NBD'} + Gamma-Gamma, Chromium ${browser.version()}\n`);
  console.log('| window | time | main-thread tasks over 50 ms | longest | target |');
  console.log('|---|---|---|---|---|');
  console.log(`| worker processing (Compute → result arrives) | ${ms(arrived - clicked)} | ${during.length} | ${longest(during)} | ${during.length === 0 ? 'met: none over 50 ms' : 'NOT met'} |`);
  console.log(`| showing the results (the tasks that take the result in and draw the page) | — | ${render.length} | ${longest(render)} | (after the worker has finished) |`);
  console.log(`\nMachine: ${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} cores), load average ${os.loadavg().map((v) => v.toFixed(1)).join(', ')}`);
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}
