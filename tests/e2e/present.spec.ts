// Presenter mode: slides from a lesson, keys, the presenter's and the room's windows in step
// (slide and widgets, over BroadcastChannels), explore and follow, a late window catching up,
// and handouts printed for trainees and for the instructor.
import { expect, expectAccessible, test } from './fixtures';
import type { Page } from '@playwright/test';

const deck = './#/en/present/clv/four-steps';
const console_ = './#/en/presenter/clv/four-steps';
const position = (page: Page) => page.getByTestId('present-position');
const value = (page: Page) => page.getByTestId('clv-value').locator('visible=true');

test('keys move between slides, the address follows, and a reload stays put', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(deck);
  await expect(position(page)).toHaveText('Slide 1 of 9');
  await expect(page.getByText('The four steps, year by year').first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('Slide 2 of 9');
  await expect(page.getByRole('heading', { name: 'Four steps to a lifetime value' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A cohort of 20,000, year by year' })).toBeHidden();
  await expect(page).toHaveURL(/present\/clv\/four-steps\/2$/);
  await page.keyboard.press(' ');
  await page.keyboard.press('PageDown');
  await expect(position(page)).toHaveText('Slide 4 of 9');
  await page.keyboard.press('PageUp');
  await expect(position(page)).toHaveText('Slide 3 of 9');
  await page.keyboard.press('End');
  await expect(position(page)).toHaveText('Slide 9 of 9');
  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('Slide 9 of 9');
  await page.keyboard.press('Home');
  await expect(position(page)).toHaveText('Slide 1 of 9');
  await page.goto(`${deck}/7`);
  await page.reload();
  await expect(position(page)).toHaveText('Slide 7 of 9');
  // Its widget is drawn once the slide is shown; a slide scrolled down opens the next from its top.
  const stage = page.locator('.stage');
  await expect(page.getByLabel('After year 1', { exact: true })).toBeVisible();
  const drawnOnce = await page.getByLabel('After year 1', { exact: true }).elementHandle();
  await stage.evaluate((el) => el.scrollTo(0, 100));
  expect(await stage.evaluate((el) => el.scrollTop)).toBe(100);
  await page.keyboard.press('PageDown');
  await expect(position(page)).toHaveText('Slide 8 of 9');
  expect(await stage.evaluate((el) => el.scrollTop)).toBe(0);
  await page.keyboard.press('PageUp');
  // Back on its slide, the widget is the one drawn before, not drawn afresh.
  expect(await drawnOnce!.evaluate((el) => el.isConnected)).toBe(true);
  // Keys typed into a widget belong to the widget.
  const box = page.getByLabel('After year 1', { exact: true });
  await box.fill('50');
  await box.press('ArrowRight');
  await expect(position(page)).toHaveText('Slide 7 of 9');
  await expect(page.locator('header').first()).toBeHidden().catch(() => {});
  await expectAccessible(page);
});

/** A slide still taller than the screen once shrunk as far as it goes: the ladder and its four statements. */
async function openTallSlide(page: Page) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/en/present/value-ladder/where-you-stand/3');
  await expect(page.getByText('Stage 4: Customer value')).toBeVisible();
  const stage = page.locator('.stage');
  await expect.poll(() => stage.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(400);
}

test('a slide taller than the screen goes down and up with the arrow keys, staying the same slide', async ({ page }) => {
  await openTallSlide(page);
  const scrolled = () => page.locator('.stage').evaluate((el) => el.scrollTop);
  await page.keyboard.press('ArrowDown');
  await expect.poll(scrolled).toBeGreaterThan(200);
  await page.keyboard.press('ArrowUp');
  await expect.poll(scrolled).toBe(0);
  await expect(position(page)).toHaveText('Slide 3 of 6');
});

test('with reduced motion asked for, ↓ jumps instead of gliding', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTallSlide(page);
  // Read in the same task as the key, before a smooth scroll could have moved a pixel.
  const moved = await page.locator('.stage').evaluate((stage) => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    return { top: stage.scrollTop, step: 0.4 * stage.clientHeight };
  });
  expect(moved.top).toBeCloseTo(moved.step, -1);
});

test('the widgets’ tables stay on or off over a reload, as the slide does', async ({ page }) => {
  await page.goto(`${deck}/7`);
  const table = page.getByRole('table', { name: 'Year by year' });
  const tables = page.getByRole('button', { name: 'Tables' });
  await expect(value(page)).toBeVisible();
  await expect(table).toBeHidden();
  await page.keyboard.press('t');
  await expect(table).toBeVisible();
  await page.reload();
  await expect(tables).toHaveAttribute('aria-pressed', 'true');
  await expect(table).toBeVisible();
  await tables.click();
  await page.reload();
  await expect(tables).toHaveAttribute('aria-pressed', 'false');
  await expect(table).toBeHidden();
});

test('black screen, the overview, go to a slide, and the list of keys', async ({ page }) => {
  await page.goto(deck);
  await expect(position(page)).toHaveText('Slide 1 of 9');
  await page.keyboard.press('b');
  const black = page.getByRole('button', { name: 'Back to the slide' });
  await expect(black).toBeVisible();
  await page.keyboard.press('ArrowRight'); // any key brings the slide back, without moving
  await expect(black).toHaveCount(0);
  await expect(position(page)).toHaveText('Slide 1 of 9');

  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await expect(overview).toBeVisible();
  await expectAccessible(page);
  await overview.getByRole('button', { name: /Why costs fall/ }).click();
  await expect(overview).toHaveCount(0);
  await expect(position(page)).toHaveText('Slide 5 of 9');

  await page.keyboard.press('g');
  const goTo = page.getByRole('dialog', { name: 'Go to a slide' });
  await goTo.getByLabel('Slide number (1 to 9)').fill('6');
  await goTo.getByLabel('Slide number (1 to 9)').press('Enter');
  await expect(position(page)).toHaveText('Slide 6 of 9');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys' });
  await expect(help).toContainText('Black screen');
  await expect(help).toContainText('Go to a slide by number');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('the presenter’s window and the room’s stay in step, slide and widget; the room can explore and follow again', async ({ context }) => {
  const room = await context.newPage();
  await room.goto(`${deck}/7`);
  await expect(position(room)).toHaveText('Slide 7 of 9');
  const presenter = await context.newPage();
  await presenter.goto(`${console_}/7`);
  await expect(position(presenter)).toHaveText('Slide 7 of 9');
  await expect(presenter.getByTestId('present-notes')).toContainText(/predict/i);
  await expect(presenter.getByText('Next slide')).toBeVisible();
  await expect(presenter.locator('.next-title')).toHaveText('From a number to a strategy');
  await expect(presenter.getByTestId('present-elapsed')).toBeVisible();

  // The presenter moves a widget: the room shows the same at once.
  await presenter.getByLabel('After year 1', { exact: true }).fill('50');
  await expect(value(presenter)).toHaveText('56.95');
  await expect(value(room)).toHaveText('56.95');
  await expect(room.getByLabel('After year 1', { exact: true })).toHaveValue('50');

  // Slides follow either way.
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(position(room)).toHaveText('Slide 8 of 9');
  await room.keyboard.press('ArrowLeft');
  await expect(position(presenter)).toHaveText('Slide 7 of 9');

  // The widgets' tables are off the slides until asked for, in both windows at once.
  const table = (page: Page) => page.getByRole('table', { name: 'Year by year' });
  await expect(table(room)).toBeHidden();
  await presenter.keyboard.press('t');
  await expect(table(room)).toBeVisible();
  await expect(table(presenter)).toBeVisible();
  await expect(room.getByRole('button', { name: 'Tables' })).toHaveAttribute('aria-pressed', 'true');
  await room.getByRole('button', { name: 'Tables' }).click();
  await expect(table(presenter)).toBeHidden();

  // The room breaks away to explore: its widgets no longer follow, nor lead.
  await room.getByRole('button', { name: 'Explore on my own' }).click();
  await presenter.getByLabel('After year 1', { exact: true }).fill('60');
  await expect(value(presenter)).not.toHaveText('56.95');
  await expect(value(room)).toHaveText('56.95');
  await room.getByLabel('Discount rate per year', { exact: true }).fill('10');
  await expect(presenter.getByLabel('Discount rate per year', { exact: true })).toHaveValue('20');
  // Following again brings the presenter's state back.
  await room.getByRole('button', { name: 'Follow the presenter' }).click();
  await expect(room.getByLabel('After year 1', { exact: true })).toHaveValue('60');
  await expect(value(room)).toHaveText((await value(presenter).textContent())!);
  await expectAccessible(presenter);
  await expectAccessible(room);

  // A window that opens late catches up with the slide and the widgets.
  const late = await context.newPage();
  await late.goto(deck);
  await expect(position(late)).toHaveText('Slide 7 of 9');
  await expect(late.getByLabel('After year 1', { exact: true })).toHaveValue('60');
});

test('handouts: the trainee’s with room for notes, the instructor’s with the notes and every answer', async ({ page }) => {
  const pages = async (path: string) => {
    await page.goto(path);
    await expect(page.getByTestId('clv-value')).toHaveText('56.95');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  };
  const trainee = await pages('./#/en/handout/clv/four-steps?clv.retention=0.5,0.45,0.5');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.speaker-notes').first()).toBeHidden();
  await expect(page.getByText('Multiplying would make money that arrives later worth more').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expectAccessible(page);

  const instructor = await pages('./#/en/handout/clv/four-steps/instructor?clv.retention=0.5,0.45,0.5');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.speaker-notes').first()).toBeVisible();
  await expect(page.getByText('Write the four steps on the board')).toBeVisible();
  await expect(page.getByText(/Multiplying would make money that arrives later worth more/).first()).toBeVisible();
  // Six sections, each from a new page, after the title page.
  expect(trainee).toBeGreaterThanOrEqual(7);
  expect(instructor).toBeGreaterThan(trainee);
});

test('lesson and module pages offer to present', async ({ page }) => {
  await page.goto('./#/en/clv');
  await page.getByRole('link', { name: 'Present “The four steps, year by year”' }).click();
  await expect(page).toHaveURL(/#\/en\/present\/clv\/four-steps$/);
  await expect(position(page)).toHaveText('Slide 1 of 9');
  await page.goto('./#/en/clv/what-is-clv');
  await page.getByRole('link', { name: 'Present', exact: true }).click();
  await expect(page).toHaveURL(/#\/en\/present\/clv\/what-is-clv$/);
});

test('the same talk in the other language: the deck stays on its slide, with that language’s slide and notes', async ({ page }) => {
  await page.goto(`${console_}/6`);
  await expect(page.getByTestId('present-notes')).toContainText(/predict/i);
  await page.goto('./#/zh/presenter/clv/four-steps/6');
  await expect(position(page)).toHaveText('第 6 张，共 9 张');
  await expect(page.getByTestId('present-notes')).toContainText('预测');
  await expect(page.getByRole('heading', { name: '动手试试：客户终生价值计算器' })).toBeVisible();
});

test('a section cut by --- is two slides under one heading: the predictions, then the calculator', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${console_}/6`);
  const heading = page.getByRole('heading', { name: 'Try it: the CLV calculator' });
  await expect(heading).toBeVisible();
  await expect(page.locator('form.check').locator('visible=true')).toHaveCount(2);
  await expect(page.getByTestId('clv-value')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Prepared scenarios (number keys)' })).toHaveCount(0);
  await expect(page.locator('.next-title')).toHaveText('Try it: the CLV calculator (part 2 of 2)');
  // Its first words debrief the calculator, so the console shows no words of the next slide.
  await expect(page.locator('.next-title + p')).toHaveText('');

  await page.keyboard.press('ArrowRight');
  await expect(position(page)).toHaveText('Slide 7 of 9');
  await expect(heading).toBeVisible();
  await expect(page.getByTestId('clv-value')).toBeVisible();
  await expect(page.locator('form.check').locator('visible=true')).toHaveCount(0);
  // Words that follow the calculator are for reading, not for the slide; the notes are the section's, on both parts.
  await expect(page.getByText('Now test both predictions:')).toBeHidden();
  await expect(page.getByText('Set retention after year 1 to 50%.')).toBeVisible();
  await expect(page.getByTestId('present-notes')).toContainText(/predict/i);
  await page.keyboard.press('2');
  await expect(page.getByTestId('clv-value')).not.toHaveText('51.56');

  await page.keyboard.press('o');
  await expect(page.getByRole('dialog', { name: 'All slides' }).getByRole('button', { name: /Try it: the CLV calculator \(part 1 of 2\)/ })).toBeVisible();

  // On the lesson page the cut shows nothing: the section reads on.
  await page.goto('./#/en/clv/four-steps');
  await expect(page.locator('article.lesson-body section > hr')).not.toHaveCount(0);
  for (const cut of await page.locator('article.lesson-body section > hr').all()) await expect(cut).toBeHidden();
});

test('a slide a little taller than the screen is shrunk to fit it; one that fits is left as it is', async ({ page }) => {
  const lesson = './#/en/present/customer-value/what-is-value/2';
  const measure = () =>
    page.locator('.stage').evaluate((stage) => ({
      zoom: Number(getComputedStyle(stage.querySelector('.slide')!).zoom),
      overflow: stage.scrollHeight - stage.clientHeight,
    }));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(lesson);
  await expect(position(page)).toHaveText('Slide 2 of 5');
  await expect.poll(async () => (await measure()).zoom).toBeLessThan(1);
  const shrunk = await measure();
  expect(shrunk.zoom).toBeGreaterThanOrEqual(0.7);
  expect(shrunk.overflow).toBeLessThanOrEqual(0);
  // A taller window has room for it at full size.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await expect.poll(async () => (await measure()).zoom).toBe(1);
  expect((await measure()).overflow).toBeLessThanOrEqual(0);
});

test('on a slide shrunk to fit, a dragged point stays under the pointer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/en/present/valuable-customers/profitability-matrix/4');
  const line = page.getByTestId('matrix-cost-line');
  await expect(line).toBeVisible();
  expect(await page.locator('.slide').evaluate((el) => Number(getComputedStyle(el).zoom))).toBeLessThan(1);
  const centre = async () => {
    const box = (await line.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const from = await centre();
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y, { steps: 5 });
  await page.mouse.up();
  // The line snaps to its steps, so the pointer is near its centre, not on it.
  await expect.poll(async () => (await centre()).x - (from.x + 60)).toBeGreaterThan(-8);
  expect((await centre()).x - (from.x + 60)).toBeLessThan(8);
});
