import { join } from 'node:path';
import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { analyseContent, analyseLesson } from '../../src/app/content/analyse';
import { headingId, slugOf } from '../../src/app/content/frontmatter';
import { remarkLessonOutline } from '../../src/app/content/outline';

const lesson = (front: string, body = '\n## First section\n\nText.\n') => `---\n${front}\n---\n${body}`;
const good = 'title: The four steps\norder: 3\nminutes: 12\nobjectives:\n  - Compute a cohort value';
const file = 'content/en/06-clv/03-four-steps.md';

describe('a lesson is checked with the file and the field named', () => {
  it('accepts a complete lesson and outlines its ## sections, their notes and checks', async () => {
    const body = [
      '## The four steps',
      'Count **the years**.',
      '<Notes>\n\nSay why three years.\n\n</Notes>',
      '```\n## not a heading\n```',
      '## A **bold** cohort',
      '<Check id="discount-step" question="What is 360,000 ÷ 1.2?" options={[]} answer={0} />',
      '<Notes>One line of notes.</Notes>',
    ].join('\n\n');
    const meta = await analyseLesson(file, lesson(good, body));
    expect(meta.front).toEqual({ title: 'The four steps', order: 3, minutes: 12, objectives: ['Compute a cohort value'] });
    expect(meta.sections.map(({ id, title, notes }) => ({ id, title, notes }))).toEqual([
      { id: 'the-four-steps', title: 'The four steps', notes: 'Say why three years.' },
      { id: 'a-bold-cohort', title: 'A bold cohort', notes: 'One line of notes.' },
    ]);
    expect(meta.sections[0].text).toContain('Count the years.');
    expect(meta.sections[0].text).not.toContain('Say why');
    expect(meta.checks).toEqual([{ id: 'discount-step', question: 'What is 360,000 ÷ 1.2?', section: 'a-bold-cohort' }]);
  });

  it('counts the slides a section makes in presenter mode: one, and one more after each --- in it', async () => {
    const body = ['## Predict first', 'Two checks.', '---', '<Notes>Wait.</Notes>', 'The calculator.', '***', 'What it shows.', '## Summary', 'One slide.'].join('\n\n');
    const { sections } = await analyseLesson(file, lesson(good, body));
    expect(sections.map((s) => s.slides)).toEqual([3, 1]);
    const rendered = await compile(lesson(good, body), { remarkPlugins: [remarkLessonOutline] });
    expect(rendered!.code).toContain('"slides":3');
  });

  it('gives a heading with a link or code the same id in the index as on the page', async () => {
    const source = lesson(good, '\n## See [the table](#x) and `CLV₁`\n\nText.\n');
    const { sections } = await analyseLesson(file, source);
    const rendered = await compile(source, { remarkPlugins: [remarkLessonOutline] });
    const id = /<h2 id="([^"]+)"/.exec(rendered!.code)![1];
    expect(sections[0].id).toBe(id);
    expect(id).toBe('see-the-table-and-clv₁');
  });

  const broken: [string, string, RegExp][] = [
    ['no frontmatter at all', '## Only a body', /03-four-steps\.md: frontmatter field "\(all\)" is missing/],
    ['a missing title', lesson(good.replace('title: The four steps\n', '')), /03-four-steps\.md: frontmatter field "title"/],
    ['minutes that are not a number', lesson(good.replace('minutes: 12', 'minutes: soon')), /field "minutes" must be a whole number/],
    ['an order that disagrees with the file name', lesson(good.replace('order: 3', 'order: 2')), /field "order" must equal the file name's number \(3\)/],
    ['objectives that are not a list', lesson(good.replace('objectives:\n  - Compute a cohort value', 'objectives: learn')), /field "objectives"/],
    ['YAML that does not parse', lesson('title: [unclosed\norder: 3'), /field "\(all\)" is not valid YAML/],
    ['a lesson with no ## section', lesson(good, '\nJust text.\n'), /field "body" must have at least one ## section/],
    ['a --- that ends its section', lesson(good, '\n## Predict\n\nText.\n\n---\n\n<Notes>Say it.</Notes>\n\n## Next\n\nMore.\n'), /field "body" has a --- in "## Predict" with nothing after it/],
    ['a --- in the introduction, before any section', lesson(good, '\nWhy it matters.\n\n---\n\nMore of it.\n\n## Predict\n\nText.\n'), /field "body" has a --- before its first ## section/],
    ['two --- in a row', lesson(good, '\n## Predict\n\nText.\n\n---\n\n***\n\nMore.\n'), /in "## Predict" with nothing after it/],
    ['a --- at the lesson’s end', lesson(good, '\n## Predict\n\nText.\n\n---\n'), /in "## Predict" with nothing after it/],
    ['two sections with one id', lesson(good, '\n## Same\n\n## Same\n'), /two ## sections with the id "same"/],
    ['a check without an id', lesson(good, '\n## A\n\n<Check question="Why?" options={[]} answer={0} />\n'), /Check" needs an id/],
  ];
  it.each(broken)('rejects %s', async (_, source, message) => {
    await expect(analyseLesson(file, source)).rejects.toThrow(message);
  });

  it('makes slugs and ids that work in both languages', () => {
    expect(slugOf('03-four-steps.md')).toBe('four-steps');
    expect(slugOf('06-clv')).toBe('clv');
    expect(headingId('Why costs fall, and value slows')).toBe('why-costs-fall-and-value-slows');
    expect(headingId('客户终生价值的定义')).toBe('客户终生价值的定义');
  });
});

describe('the real course content', async () => {
  const { modules, lessons } = await analyseContent(join(import.meta.dirname, '../..'));
  const english = lessons.filter((l) => l.locale === 'en');

  it('has a module summary for every module folder, in every locale', () => {
    const folders = new Set(modules.map((m) => `${m.locale}/${m.folder}`));
    for (const l of lessons) expect(folders, l.file).toContain(`${l.locale}/${l.folder}`);
    for (const m of modules.filter((m) => m.locale === 'en')) expect(folders, m.folder).toContain(`zh/${m.folder}`);
  });

  it('translates only lessons that exist in English, under the same name', () => {
    const keys = new Set(english.map((l) => l.key));
    for (const l of lessons.filter((l) => l.locale === 'zh')) expect(keys, l.file).toContain(l.key);
  });

  it('keeps Chinese lessons in step with English: as many sections and slides, and the same checks in the same places', () => {
    for (const zh of lessons.filter((l) => l.locale === 'zh')) {
      const en = english.find((l) => l.key === zh.key)!;
      expect(zh.sections.length, zh.file).toBe(en.sections.length);
      // A slide is the same slide in both languages: the room's window may show the other one.
      expect(zh.sections.map((s) => s.slides), zh.file).toEqual(en.sections.map((s) => s.slides));
      const placed = (l: typeof en) => l.checks.map((c) => `${c.id}@${l.sections.findIndex((s) => s.id === c.section)}`);
      expect(placed(zh), zh.file).toEqual(placed(en));
    }
  });

  it('gives every ## section speaker notes, and every module with lessons three checks or more', () => {
    for (const l of lessons) for (const s of l.sections) expect(s.notes, `${l.file}: "## ${s.title}" has no <Notes>`).not.toBe('');
    const checks = new Map<string, number>();
    for (const l of lessons) checks.set(`${l.locale}/${l.folder}`, (checks.get(`${l.locale}/${l.folder}`) ?? 0) + l.checks.length);
    for (const [module, count] of checks) expect(count, module).toBeGreaterThanOrEqual(3);
  });
});

describe('glossary terms in a lesson', () => {
  it('are found in prose and in tags of their own', async () => {
    const body = '\n## A\n\nA <Term id="cohort">cohort</Term> is a group.\n\n<Term id="discount-rate">discount rate</Term>\n\n<Notes>\n\nx\n\n</Notes>\n';
    const { sections } = await analyseLesson(file, lesson(good, body));
    expect(sections[0].terms).toEqual(['cohort', 'discount-rate']);
    expect(sections[0].text).toContain('A cohort is a group.');
  });
});
