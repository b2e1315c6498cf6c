// Lighthouse 13 (its default: mobile, simulated throttling) on each route, `runs` times in one Chromium,
// one route after another so that a noisy moment spreads over every route rather than hitting one.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @returns {Promise<Map<string, { scores: Record<string, number[]>, lcp: number[], tbt: number[] }>>} */
export async function lighthouseRuns(routes, runs, chromePath, chromeFlags = []) {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...chromeFlags] });
  const results = new Map(routes.map((r) => [r.url, { scores: Object.fromEntries(CATEGORIES.map((c) => [c, []])), lcp: [], tbt: [] }]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const route of routes) {
        const { lhr } = await lighthouse(route.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        const result = results.get(route.url);
        for (const c of CATEGORIES) result.scores[c].push(Math.round((lhr.categories[c].score ?? 0) * 100));
        result.lcp.push(lhr.audits['largest-contentful-paint'].numericValue);
        result.tbt.push(lhr.audits['total-blocking-time'].numericValue);
        const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
        if (run === 0 && failing.length) console.log(`  ${route.name} ${route.path}: ${failing.map((a) => a.id).join(', ')}`);
      }
      console.log(`  Lighthouse run ${run + 1} of ${runs} done`);
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

export { CATEGORIES };
