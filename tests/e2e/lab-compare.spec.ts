// Every calculator in the lab: duplicate the scenario into B, change B (one of the course's scenarios),
// see the difference and A drawn as B's ghost, and reproduce both from the compare link, A's side too.
import { expect, expectAccessible, test } from './fixtures';
import { labPageIds } from './pages.mjs';

interface Case {
  id: string;
  /** The course scenario B takes. */
  preset: string;
  /** A's and B's headline as the difference line writes them, and B − A. */
  a: string;
  b: string;
  change: string;
  /** A mark of A's ghost in B's chart. */
  ghost: string;
}

const CASES: Case[] = [
  { id: 'valuemap', preset: 'Pickup rated 7, level with rivals (module 1)', a: '−0.03', b: '0.00', change: '+0.03', ghost: '.ghost' },
  { id: 'delivered', preset: 'The garage, price cut by 10 (module 1)', a: '10', b: '20', change: '+10', ghost: '.ghost' },
  { id: 'pareto', preset: 'Everyone spending the same, spread 0 (module 3)', a: '79.9', b: '20.0', change: '−59.9', ghost: '.ghost' },
  { id: 'waterfall', preset: 'Customer A with distribution and service cut to 40 (module 3)', a: '25', b: '95', change: '+70', ghost: '.ghost' },
  { id: 'matrix', preset: 'The cost-to-serve line moved to 100 (module 3)', a: '3', b: '1', change: '−2', ghost: '.ghost-line' },
  { id: 'pyramid', preset: 'CDNOW, Curry’s 1 / 4 / 15 / 80 (module 3)', a: '20.5', b: '15.9', change: '−4.6', ghost: '.ghost' },
  { id: 'retention', preset: 'The credit-card case: defection halved from 10% to 5%', a: '351,488', b: '694,256', change: '+342,769', ghost: '.ghost-bar' },
  { id: 'clv', preset: 'A high-churn telecom plan (illustrative)', a: '51.56', b: '97.06', change: '+45.49', ghost: '.ghost-line' },
  { id: 'migration', preset: 'The same buyer read as lost-for-good (module 6)', a: '281.16', b: '176.00', change: '−105.16', ghost: '.ghost' },
  // The lesson's table: service centres spend less on 2 and more on 2 attributes, brokers less on 1 and more on 2.
  { id: 'service-matrix', preset: 'Brokers', a: '4', b: '3', change: '−1', ghost: '.ghost' },
  { id: 'stack', preset: 'The coffee subscriber kept three years (module 6, illustrative)', a: '202.90', b: '52.25', change: '−150.65', ghost: '.ghost' },
];

// The minus sign is the typographic one (−) where the locale's format gives it, a hyphen elsewhere.
const loose = (s: string) => s.replace(/[−-]/g, '[−-]').replace(/[.+]/g, (c) => `\\${c}`);
const line = (a: string, b: string, change: string) => new RegExp(`Scenario A ${loose(a)}\\s*·\\s*Scenario B ${loose(b)}\\s*·\\s*B − A ${loose(change)}`);

test('the lab lists exactly the calculators this spec walks', async ({ page }) => {
  await page.goto('./#/en/lab');
  const links = page.getByRole('main').locator('a[href*="/lab/"]');
  await expect(links.first()).toBeVisible();
  const ids = async () => [...new Set(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.split('/lab/')[1]?.split('?')[0]).filter(Boolean)))].sort();
  // The lab's own pages ("Your customers") are not calculators.
  await expect.poll(async () => (await ids()).filter((id) => !labPageIds.includes(id))).toEqual(CASES.map((c) => c.id).sort());
});

for (const c of CASES) {
  test(`${c.id}: A and B side by side, their difference, and a compare link that reproduces both`, async ({ page, context }) => {
    await page.goto(`./#/en/lab/${c.id}`);
    await page.getByRole('button', { name: 'Compare with a copy' }).click();
    const a = page.getByRole('region', { name: 'Scenario A' });
    const b = page.getByRole('region', { name: 'Scenario B' });
    await expect(a.locator('.widget')).toBeVisible();
    await expect(b.locator('.widget')).toBeVisible();
    await expect(page.getByTestId('lab-difference')).toContainText(new RegExp(`Scenario A ${loose(c.a)} · Scenario B ${loose(c.a)} ·`));
    await page.locator('.tools').getByRole('button', { name: c.preset }).click();
    await expect(page.getByTestId('lab-difference')).toContainText(line(c.a, c.b, c.change));
    await expect(b.locator(c.ghost).first()).toBeAttached();
    await expect(b.getByText('Scenario A', { exact: false }).first()).toBeVisible();
    await expect(a.locator(c.ghost)).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`[?&]b\\.${c.id}\\.`));
    await expectAccessible(page);

    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(shared.getByTestId('lab-difference')).toContainText(line(c.a, c.b, c.change));
    // The same link with the sides swapped: A holds the course scenario, B the example.
    const swapped = new URL(page.url());
    const [path, query] = swapped.hash.split('?');
    const params = new URLSearchParams(query);
    const next = new URLSearchParams();
    for (const [k, v] of params) if (k.startsWith(`b.${c.id}.`)) next.append(k.replace(/^b\./, 'a.'), v);
    next.set('compare', '1');
    await shared.goto(`./${path}?${next}`);
    const negated = (s: string) => (s.startsWith('+') ? `−${s.slice(1)}` : `+${s.slice(1)}`);
    await expect(shared.getByTestId('lab-difference')).toContainText(line(c.b, c.a, negated(c.change)));
    await shared.close();
  });
}

test('retention: A in profit and B in the sBG view are named, not subtracted', async ({ page }) => {
  await page.goto('./#/en/lab/retention?compare=1&b.retention.view=sbg');
  const difference = page.getByTestId('lab-difference');
  await expect(difference).toContainText('Cohort profit over 10 years: 351,488');
  await expect(difference).toContainText('Customers the sBG projects in year 12: 170');
  await expect(difference).not.toContainText('B − A');
});

test('the compare view in Chinese', async ({ page }) => {
  await page.goto('./#/zh/lab/delivered?compare=1&b.delivered.time=10');
  await expect(page.getByTestId('lab-difference')).toContainText('+10');
  await expect(page.getByRole('region', { name: '情景 B' }).getByText('与情景 A 相比 +10')).toBeVisible();
  await expectAccessible(page);
});
