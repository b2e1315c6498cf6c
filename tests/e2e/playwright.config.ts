import { defineConfig } from '@playwright/test';
import { findChromium } from './chromium.mjs';

// E2E_PORT lets two checkouts on one machine run their browser tests at once.
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '../../test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/course/`,
    viewport: { width: 1280, height: 900 },
    // The service worker is tested on its own (offline.spec.ts); elsewhere every page comes from the server.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium(),
      // Root in CI needs --no-sandbox; the rest keep Chromium from calling home on a closed network.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // Screenshots are for people to look at, not tests: `npm run screenshots` takes them, `npm test` leaves them out.
  projects: [
    { name: 'tests', testIgnore: 'screenshots.spec.ts' },
    { name: 'screenshots', testMatch: 'screenshots.spec.ts' },
  ],
  webServer: {
    command: `node serve.mjs`,
    cwd: import.meta.dirname,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/course/`,
    reuseExistingServer: !process.env.CI,
  },
});
