// `npm run bench:web`: the built app as a visitor gets it. Lighthouse (mobile, median of 5 runs) on the home,
// a lesson without a widget, every lesson with one, the lab, 'Your customers', the gallery and the presenter; then every lab
// calculator's busiest slider swept 200 times at full speed and with the CPU slowed 4×. Not part of `npm test`.
//
//   npm run bench:web                         everything (about 40 minutes)
//   npm run bench:web -- --runs 1             one Lighthouse run per route
//   npm run bench:web -- --only sweep         only the sliders (or --only lighthouse)
//   npm run bench:web -- --routes clv         only the routes, and the calculators in /lab/<id>, whose path contains "clv"
//   npm run bench:web -- --no-build           use dist/ as it is
//   npm run bench:web -- --http2              Lighthouse over HTTP/2 (TLS), as real static hosts serve it
import os from 'node:os';
import { findChromium, INSTALL_HINT } from '../tests/e2e/chromium.mjs';
import { labPaths, proseLessonPaths, widgetLessonPaths } from '../tests/e2e/pages.mjs';
import { serveDist, staticServer } from '../tests/e2e/static-server.mjs';
import { buildUnlessAsked, listening, option } from './web/built.mjs';
import { HTTP2_CHROME_FLAGS, http2Server } from './web/https.mjs';
import { CATEGORIES, lighthouseRuns } from './web/lighthouse.mjs';
import { median } from './web/stats.mjs';
import { sweeps } from './web/sweep.mjs';

const args = process.argv.slice(2);
const runs = Number(option(args, '--runs', 5));
const only = option(args, '--only', 'all');
const filter = option(args, '--routes', '');

const chromePath = findChromium();
if (!chromePath) throw new Error(INSTALL_HINT);
buildUnlessAsked(args);

const http2 = args.includes('--http2');
const server = await listening(staticServer());
const base = `http://127.0.0.1:${server.address().port}/course/`;
// The sliders do not depend on how the files came: they are swept over HTTP/1.1 either way.
const secure = http2 ? await listening(http2Server(serveDist())) : undefined;
const pageBase = secure ? `https://127.0.0.1:${secure.address().port}/course/` : base;

const routes = [
  { name: 'home', path: '' },
  { name: 'lesson without a widget', path: proseLessonPaths[0] },
  ...widgetLessonPaths.map((path) => ({ name: 'lesson', path })),
  { name: 'lab', path: '/lab' },
  ...labPaths.map((path) => ({ name: 'lab page', path })),
  { name: 'gallery', path: '/widgets' },
  { name: 'presenter', path: '/present/clv/four-steps' },
]
  .filter((r) => r.path.includes(filter))
  .map((r) => ({ ...r, url: `${pageBase}#/en${r.path}` }));

const range = (xs) => `${Math.min(...xs)}–${Math.max(...xs)}`;
const ms = (x) => (x === undefined ? '' : x.toFixed(1));
console.log(`\nMachine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}; load average ${os.loadavg()[0].toFixed(1)}`);

try {
  if (only !== 'sweep') {
    console.log(`\nLighthouse ${runs}× on ${routes.length} routes, over ${http2 ? 'HTTP/2' : 'HTTP/1.1'}`);
    const results = await lighthouseRuns(routes, runs, chromePath, http2 ? HTTP2_CHROME_FLAGS : []);
    console.log(`\n| page | ${CATEGORIES.join(' | ')} | performance min–max | LCP ms | TBT ms |\n|---|${CATEGORIES.map(() => '---|').join('')}---|---|---|`);
    for (const route of routes) {
      const { scores, lcp, tbt } = results.get(route.url);
      const medians = CATEGORIES.map((c) => median(scores[c]));
      console.log(`| ${route.name} ${route.path || '/'} | ${medians.join(' | ')} | ${range(scores.performance)} | ${Math.round(median(lcp))} | ${Math.round(median(tbt))} |`);
    }
  }
  if (only !== 'lighthouse') {
    console.log('\nSlider sweeps (main-thread work per input, ms; targets: p95 ≤ 8 at 1×, ≤ 16 at 4×, no task over 50)');
    const rows = await sweeps(base, chromePath, { inputs: Number(option(args, '--inputs', 200)), only: filter });
    console.log('\n| widget | busiest slider | p95 1× | p95 4× | longest task 1× | longest task 4× |\n|---|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.id} | ${r.control} | ${ms(r.p95x1)} | ${ms(r.p95x4)} | ${ms(r.longestx1)} | ${ms(r.longestx4)} |`);
  }
} finally {
  server.close();
  secure?.close();
}
