// The Content-Security-Policy is in force on the built page: what the course never does (inline script, inline
// style) is refused. (Eval cannot be tried from here: code the test runs in the page is exempt from the policy.) (Every other browser test fails on any violation; this one shows the policy bites.)
import { expect, test } from '@playwright/test';

test('the page refuses inline scripts and inline styles', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (d: string) => void }).reportViolation(e.effectiveDirective)),
  );
  await page.goto('./#/en');
  await expect(page.locator('main h1')).toBeVisible();
  const outcome = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    document.body.insertAdjacentHTML('beforeend', '<p id="styled" style="color: rgb(255, 0, 0)">x</p>');
    return { inlineRan: Boolean((window as unknown as { inlineRan?: boolean }).inlineRan), color: getComputedStyle(document.getElementById('styled')!).color };
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.color).not.toBe('rgb(255, 0, 0)');
  await expect.poll(() => [...new Set(violations)].sort()).toEqual(['script-src-elem', 'style-src-attr']);
});
