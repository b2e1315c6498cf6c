// `npm test`: type check, unit and component tests, build, real-browser tests,
// then one line that adds them up: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './e2e/chromium.mjs';

const results = 'test-results';
// Last run's counts go; screenshots (`npm run screenshots`) stay until taken again.
for (const file of ['vitest.json', 'e2e.json']) rmSync(`${results}/${file}`, { force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

function run(title, command, args) {
  console.log(`\n━━ ${title}: ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

// A step that is not a test runner counts as one check.
function step(title, command, args) {
  const ok = run(title, command, args);
  ok ? passed++ : failed++;
  return ok;
}

step('type check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);

const unitOk = run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest.json`]);
const unit = readJson(`${results}/vitest.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1);
} else failed++;

const built = step('build', 'npx', ['vite', 'build']);

const chromium = findChromium();
if (!built) {
  console.log('\nReal-browser tests not run: the build failed.');
  failed++;
} else if (!chromium) {
  const banner = `\n${'!'.repeat(78)}\n!! ${INSTALL_HINT}\n${'!'.repeat(78)}`;
  if (process.env.CI) {
    console.error(banner);
    failed++;
  } else {
    console.warn(`${banner}\n!! Real-browser tests SKIPPED (outside CI).\n${'!'.repeat(78)}`);
    skipped++;
  }
} else {
  const e2eOk = run('real-browser tests', 'npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--project=tests']);
  const stats = readJson(`${results}/e2e.json`)?.stats;
  if (stats) {
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected + (e2eOk || stats.unexpected > 0 ? 0 : 1);
    skipped += stats.skipped;
  } else failed++;
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
