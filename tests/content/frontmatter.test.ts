import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingId, sectionsOf, slugOf } from '../../src/app/content/frontmatter';
import { metaOf } from '../../src/app/content/vite-plugin';

const lesson = (front: string, body = '\n## First section\n\nText.\n') => `---\n${front}\n---\n${body}`;
const good = 'title: The four steps\norder: 3\nminutes: 12\nobjectives:\n  - Compute a cohort value';
const file = 'content/en/06-clv/03-four-steps.md';

describe('lesson frontmatter is checked with the file and the field named', () => {
  it('accepts a complete lesson and lists its ## sections', () => {
    const meta = metaOf(file, lesson(good, '\n## The four steps\n\n```\n## not a heading\n```\n## A **bold** cohort\n'));
    expect(meta).toMatchObject({ title: 'The four steps', order: 3, minutes: 12, checks: 0 });
    expect('sections' in meta && meta.sections).toEqual([
      { id: 'the-four-steps', title: 'The four steps' },
      { id: 'a-bold-cohort', title: 'A bold cohort' },
    ]);
  });

  const broken: [string, string, RegExp][] = [
    ['no frontmatter at all', '## Only a body', /03-four-steps\.md: frontmatter field "\(all\)" is missing/],
    ['a missing title', lesson(good.replace('title: The four steps\n', '')), /03-four-steps\.md: frontmatter field "title"/],
    ['minutes that are not a number', lesson(good.replace('minutes: 12', 'minutes: soon')), /field "minutes" must be a whole number/],
    ['an order that disagrees with the file name', lesson(good.replace('order: 3', 'order: 2')), /field "order" must equal the file name's number \(3\)/],
    ['objectives that are not a list', lesson(good.replace('objectives:\n  - Compute a cohort value', 'objectives: learn')), /field "objectives"/],
    ['YAML that does not parse', lesson('title: [unclosed\norder: 3'), /field "\(all\)" is not valid YAML/],
    ['a lesson with no ## section', lesson(good, '\nJust text.\n'), /field "body" must have at least one ## section/],
  ];
  it.each(broken)('rejects %s', (_, source, message) => {
    expect(() => metaOf(file, source)).toThrow(message);
  });

  it('checks a module summary', () => {
    expect(metaOf('content/en/06-clv/module.md', '---\ntitle: CLV\nsummary: Value over time.\n---\n')).toEqual({
      title: 'CLV',
      summary: 'Value over time.',
    });
    expect(() => metaOf('content/en/06-clv/module.md', '---\ntitle: CLV\n---\n')).toThrow(/module\.md: frontmatter field "summary"/);
  });

  it('makes slugs and ids that work in both languages', () => {
    expect(slugOf('03-four-steps.md')).toBe('four-steps');
    expect(slugOf('06-clv')).toBe('clv');
    expect(headingId('Why costs fall, and value slows')).toBe('why-costs-fall-and-value-slows');
    expect(headingId('客户终生价值的定义')).toBe('客户终生价值的定义');
    expect(sectionsOf('## 小结\n')).toEqual([{ id: '小结', title: '小结' }]);
  });
});

describe('the real course content', () => {
  const root = join(import.meta.dirname, '../../content');
  const tree = (locale: string) =>
    readdirSync(join(root, locale)).flatMap((folder) =>
      readdirSync(join(root, locale, folder)).map((name) => `${locale}/${folder}/${name}`),
    );

  it('has valid frontmatter in every file', () => {
    for (const path of [...tree('en'), ...tree('zh')]) {
      const meta = metaOf(`content/${path}`, readFileSync(join(root, path), 'utf8'));
      if ('sections' in meta) {
        const ids = meta.sections.map((s) => s.id);
        expect(new Set(ids).size, `${path}: section ids repeat`).toBe(ids.length);
      }
    }
  });

  it('has a module summary for every module folder, in every locale', () => {
    for (const locale of ['en', 'zh']) {
      for (const folder of readdirSync(join(root, locale))) {
        expect(tree(locale), `${locale}/${folder}`).toContain(`${locale}/${folder}/module.md`);
      }
    }
  });

  it('translates only lessons that exist in English, under the same name', () => {
    const english = new Set(tree('en'));
    for (const path of tree('zh')) expect(english, path).toContain(path.replace(/^zh\//, 'en/'));
  });

  it('keeps Chinese lessons in step with English: same sections count and same checks', () => {
    for (const path of tree('zh').filter((p) => !p.endsWith('module.md'))) {
      const zh = readFileSync(join(root, path), 'utf8');
      const en = readFileSync(join(root, path.replace(/^zh\//, 'en/')), 'utf8');
      const checks = (s: string) => [...s.matchAll(/<Check id="([^"]+)"[\s\S]*?answer=\{(\d+)\}/g)].map((m) => `${m[1]}:${m[2]}`);
      expect(sectionsOf(zh).length, path).toBe(sectionsOf(en).length);
      expect(checks(zh), path).toEqual(checks(en));
    }
  });

  it('gives every ## section speaker notes, and every module with lessons three checks or more', () => {
    const checksPerModule = new Map<string, number>();
    for (const path of [...tree('en'), ...tree('zh')].filter((p) => !p.endsWith('module.md'))) {
      const body = readFileSync(join(root, path), 'utf8');
      for (const section of body.split(/^## /m).slice(1)) {
        expect(section, `${path}: "## ${section.split('\n')[0]}" has no <Notes>`).toContain('<Notes>');
      }
      const module = path.split('/').slice(0, 2).join('/');
      checksPerModule.set(module, (checksPerModule.get(module) ?? 0) + (body.match(/<Check /g)?.length ?? 0));
    }
    for (const [module, count] of checksPerModule) expect(count, module).toBeGreaterThanOrEqual(3);
  });
});
