import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const errors = [];
for (const locale of ['en', 'zh']) for (const theme of ['light', 'dark']) for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.emulateMedia({ colorScheme: theme });
  for (const [name, path, sel] of [['stack', '/clv/where-value-comes-from', '.widget.stack'], ['migration', '/clv/measuring-clv', '.widget.migration'], ['clv', '/clv/four-steps', '.widget.clv']]) {
    await page.goto(`http://127.0.0.1:4407/course/#/${locale}${path}`);
    await page.locator(sel).waitFor();
    if (name === 'clv') await page.locator(sel).locator('input[type=radio][value=levers]').check();
    await page.waitForTimeout(300);
    await page.locator(sel).screenshot({ path: `/tmp/shots7/${name}-${locale}-${theme}-${width}.png` });
  }
  await page.close();
}
console.log('errors', errors);
await browser.close();
