// `npm run bench`: our customer-base fits on CDNOW beside the same fits by the
// Python library lifetimes (run in the same run), and the import of generated
// transaction files of 100,000 and 1,000,000 rows. Not part of `npm test`.
//
//   npm run bench                  everything
//   npm run bench -- --no-peer     without lifetimes
//   npm run bench -- --runs 9      runs per timing (default 7 for fits, 3 for 1,000,000 rows)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = option('--runs', 7);

// Bundled by Vite as the app's worker would be, then imported natively: timings are of the code a browser runs,
// not of a dev-time module runner (whose getters around every imported function cost a third of the parse).
const outDir = resolve(root, 'node_modules/.bench');
await build({
  configFile: false,
  logLevel: 'error',
  resolve: { alias: { $core: resolve(root, 'src/core/index.ts') } },
  ssr: { noExternal: true },
  build: { ssr: resolve(root, 'bench/cases.ts'), outDir, emptyOutDir: true, minify: false, target: 'node20', rollupOptions: { output: { entryFileNames: 'cases.mjs' } } },
});
const cases = await import(pathToFileURL(resolve(outDir, 'cases.mjs')).href);
cases.setDataFolder(resolve(root, 'tests/core/data/cdnow'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Median wall time of `n` runs after `warm` warm-up runs (which let V8 compile the hot loops), and the
 * median CPU time the process spent in them (user + system): on a loaded machine the two part.
 */
async function time(fn, n, warm = 3) {
  for (let i = 0; i < warm; i++) await fn();
  const times = [];
  const cpu = [];
  let out;
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    out = await fn();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(times), cpu: median(cpu), out };
}

const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const table = (header, rows) => {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => String(r[c]).length)));
  const line = (r) => `| ${r.map((v, c) => String(v).padEnd(widths[c])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};

// ── The machine ──
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const load = () => os.loadavg().map((v) => v.toFixed(1)).join(', ');
console.log(`Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB; ${os.type()} ${os.release()}; Node ${process.version}`);
console.log(`Load average at the start (1, 5, 15 min): ${load()}`);

// ── The peer, in this run ──
let peer = null;
const script = process.env.LIFETIMES_FIT ?? resolve(root, '../shared/anchors/lifetimes/fit_cdnow.py');
const python = process.env.PYTHON ?? '/usr/bin/python3';
if (flag('--no-peer')) console.log('lifetimes column skipped (--no-peer).');
else if (!existsSync(script)) console.log(`lifetimes column skipped: ${script} not found (set LIFETIMES_FIT).`);
else {
  const probe = spawnSync(python, ['-c', 'import numpy, scipy, pandas, dill'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log(
      `lifetimes column skipped: ${python} lacks numpy, scipy, pandas or dill.\n` +
        '  Install them with: apt-get install -y python3-numpy python3-scipy python3-pandas python3-dill',
    );
  } else {
    console.log('Running lifetimes (fit_cdnow.py --full --repeat 5)…');
    const run = spawnSync(python, [script, '--full', '--repeat', '5', '--data', resolve(root, 'tests/core/data/cdnow')], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) console.log(`lifetimes column skipped: fit_cdnow.py failed:\n${run.stderr}`);
    else peer = JSON.parse(run.stdout);
  }
}
if (peer) console.log(`Peer: ${peer.peer}`);

// ── Fits on CDNOW ──
const datasets = [cases.sample(), cases.master()];
const names = { bgnbd: 'BG/NBD', paretonbd: 'Pareto/NBD', gammagamma: 'Gamma-Gamma' };
const peerName = { r: 'r', alpha: 'alpha', a: 'a', b: 'b', s: 's', beta: 'beta', p: 'p', q: 'q', gamma: 'v' };
const fitRows = [];
const worst = { ratio: Infinity, diff: 0 };
for (const d of datasets) {
  for (const model of ['bgnbd', 'paretonbd', 'gammagamma']) {
    const { ms, out } = await time(() => cases.fits[model](d), runs);
    const p = peer?.[d.label]?.fits?.[model];
    const params = Object.entries(out.params).map(([k, v]) => `${k} ${v.toPrecision(5)}`).join(', ');
    let peerCell = '—';
    let ratio = '—';
    let diff = '—';
    if (p) {
      const rel = Math.max(...Object.entries(out.params).map(([k, v]) => Math.abs(v - p.params[peerName[k]]) / Math.abs(p.params[peerName[k]])));
      peerCell = fmtMs(p.seconds * 1000);
      const r = (p.seconds * 1000) / ms;
      ratio = `${r.toFixed(r >= 100 ? 0 : 1)}×`;
      diff = rel.toExponential(1);
      worst.ratio = Math.min(worst.ratio, r);
      worst.diff = Math.max(worst.diff, rel);
    }
    const rows = model === 'gammagamma' ? `${out.customers} repeat buyers, ${out.rows} rows` : `${out.customers} customers, ${out.rows} rows`;
    fitRows.push([`${names[model]}, ${d.label}`, rows, fmtMs(ms), peerCell, ratio, diff, params]);
  }
}
console.log(`\nFits on CDNOW (time in weeks; ours: median of ${runs} runs after 3 warm-up runs; lifetimes: best of its runs, as fit_cdnow.py reports)\n`);
console.log(table(['fit', 'data', 'ours', 'lifetimes', 'ratio', 'max rel. diff.', 'our parameters'], fitRows));
if (peer) {
  console.log(`\nSlowest ratio ${worst.ratio.toFixed(1)}× (target ≥ 5×): ${worst.ratio >= 5 ? 'met' : 'NOT met'}; largest parameter difference ${worst.diff.toExponential(1)} (target ≤ 1e-3): ${worst.diff <= 1e-3 ? 'met' : 'NOT met'}.`);
}

// ── Importing generated files ──
const importRows = [];
for (const rows of [100_000, 1_000_000]) {
  const { text, customers } = cases.generateCsv(rows);
  const n = rows >= 1_000_000 ? option('--runs-large', 3) : option('--runs-import', 5);
  const { ms, cpu, out } = await time(() => cases.importOnly(text), n, 1);
  const t = out.timings;
  importRows.push([
    rows.toLocaleString('en'),
    `${(text.length / 2 ** 20).toFixed(1)} MB`,
    out.customers.toLocaleString('en'),
    fmtMs(t.parse),
    fmtMs(t.summary),
    fmtMs(t.concentration),
    fmtMs(ms),
    fmtMs(cpu),
    rows >= 1_000_000 ? (ms < 2000 ? 'met' : 'NOT met') : '',
  ]);
}
console.log(`\nImport of generated CSV files, parse + RFM summary + pyramid + Pareto curve, in Node (median of 5 runs, 3 for 1,000,000 rows, after a warm-up; stages from the last run)\n`);
console.log(table(['rows', 'size', 'customers', 'parse', 'RFM summary', 'pyramid + Pareto', 'end to end', 'CPU time', 'target < 2 s'], importRows));

if (!flag('--no-full-import')) {
  const { text } = cases.generateCsv(1_000_000);
  const t0 = performance.now();
  const all = await cases.importAll(text);
  const ms = performance.now() - t0;
  const f = all.timings;
  console.log(
    `\nThe same 1,000,000 rows with all three fits and every customer's forecast (one run): ${fmtMs(ms)} ` +
      `(BG/NBD ${fmtMs(f.bgnbd)}, Pareto/NBD ${fmtMs(f.paretonbd)}, Gamma-Gamma ${fmtMs(f.gammagamma)}, forecasts ${fmtMs(f.forecast)}; ` +
      `${all.histories.toLocaleString('en')} distinct histories among ${all.customers.toLocaleString('en')} customers).`,
  );
}
console.log(`\nLoad average at the end: ${load()}`);
