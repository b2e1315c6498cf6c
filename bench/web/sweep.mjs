// One frame per slider move: every lab calculator's sliders are probed, the busiest is swept with 200 key
// presses at full speed and with the CPU slowed 4×, and the renderer's main-thread work is read from a
// Chromium trace (every task from one input to the next: the handler, the re-render, layout and paint).
import { chromium } from '@playwright/test';
import { labPageIds } from '../../tests/e2e/pages.mjs';
import { quantile } from './stats.mjs';

// Each widget at its largest setting, where a largest setting makes the work grow.
const LARGEST = { clv: 'clv.horizon=20', retention: 'retention.years=50' };
const SLIDERS = 'input[type=range], [role=slider]';
const GAP_MS = 40; // a held arrow key repeats about 30 times a second
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Top-level tasks of the thread that handled our keys, and when each key arrived. */
function mainThread(events) {
  const keys = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (!keys.length) return { keys: [], tasks: [] };
  const { pid, tid } = keys[0];
  const runs = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .sort((a, b) => a.ts - b.ts);
  const tasks = [];
  let end = -Infinity;
  for (const task of runs) {
    if (task.ts < end) continue; // nested inside the task before
    tasks.push(task);
    end = task.ts + task.dur;
  }
  const startOf = (key) => tasks.findLast((t) => t.ts <= key.ts)?.ts ?? key.ts;
  return { keys: keys.map(startOf).filter((ts, i, all) => i === 0 || ts !== all[i - 1]), tasks };
}

/** Milliseconds of main-thread work per input, and the longest task. */
export function workPerInput(events) {
  const { keys, tasks } = mainThread(events);
  const work = keys.map((from, i) => {
    const to = keys[i + 1] ?? from + GAP_MS * 1000 * 5;
    return tasks.filter((t) => t.ts >= from && t.ts < to).reduce((sum, t) => sum + t.dur, 0) / 1000;
  });
  const longest = Math.max(0, ...tasks.filter((t) => t.ts >= (keys[0] ?? 0)).map((t) => t.dur / 1000));
  return { work, longest };
}

async function press(browser, page, slider, count) {
  await slider.focus();
  await browser.startTracing(page, { categories: CATEGORIES });
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForTimeout(GAP_MS);
  }
  await page.waitForTimeout(400); // the debounced address update lands inside the trace
  const trace = JSON.parse((await browser.stopTracing()).toString());
  return workPerInput(trace.traceEvents);
}

async function sliderName(slider) {
  return slider.evaluate((el) => el.getAttribute('aria-label') || el.labels?.[0]?.textContent?.trim() || el.id || el.tagName);
}

/** The slider's p95 and longest task at full speed and with the CPU slowed 4×, added to `row`. */
async function atBothSpeeds(browser, page, cdp, slider, inputs, row) {
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const { work, longest } = await press(browser, page, slider, inputs);
    row[`p95x${rate}`] = quantile(work, 0.95);
    row[`longestx${rate}`] = longest;
    row[`inputsx${rate}`] = work.length;
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return row;
}

/**
 * What the browser and this harness cost without any app: a plain slider alone on an empty page, pressed and
 * traced the same way. No widget's row can go below it.
 */
async function floor(browser, inputs) {
  const page = await browser.newPage();
  await page.setContent('<input type="range" aria-label="bare">');
  const cdp = await page.context().newCDPSession(page);
  const row = await atBothSpeeds(browser, page, cdp, page.locator('input'), inputs, { id: '(none)', control: 'a bare slider on an empty page' });
  await page.close();
  console.log(`  floor: p95 ${row.p95x1.toFixed(1)} ms, ${row.p95x4.toFixed(1)} ms at 4×`);
  return row;
}

export async function sweeps(base, chromePath, { inputs = 200, probe = 30, only } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  const results = [];
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.goto(`${base}#/en/lab`);
    await page.waitForLoadState('networkidle');
    const ids = [...new Set(await page.locator('main a[href*="#/en/lab/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('/lab/')[1].split('?')[0])))];
    const cdp = await page.context().newCDPSession(page);
    for (const id of ids.filter((i) => !labPageIds.includes(i) && (!only || `/lab/${i}`.includes(only)))) {
      await page.goto(`${base}#/en/lab/${id}?${LARGEST[id] ?? ''}`);
      await page.locator('main .widget').first().waitFor(); // the lab moves by hash: wait for this widget's chunk
      await page.waitForLoadState('networkidle');
      const sliders = page.locator(`main :is(${SLIDERS})`);
      const count = await sliders.count();
      if (!count) {
        results.push({ id, control: '(no slider)' });
        continue;
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      let busiest = 0;
      let most = -1;
      for (let k = 0; k < count; k++) {
        const { work } = await press(browser, page, sliders.nth(k), probe);
        const mean = work.reduce((a, b) => a + b, 0) / work.length;
        if (mean > most) [busiest, most] = [k, mean];
      }
      const slider = sliders.nth(busiest);
      const row = await atBothSpeeds(browser, page, cdp, slider, inputs, { id, control: await sliderName(slider), sliders: count });
      results.push(row);
      console.log(`  ${id}: ${row.control}: p95 ${row.p95x1.toFixed(1)} ms, ${row.p95x4.toFixed(1)} ms at 4×`);
    }
    results.push(await floor(browser, inputs));
  } finally {
    await browser.close();
  }
  return results;
}
