// Modules 4 and 5 against LESSONS.md's "A module is done when": lesson count and length, notes under every
// section, checks that match between the languages, a predict check before every widget, a summary at the end.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, splitFrontmatter } from '../../src/app/content/analyse';

const root = join(import.meta.dirname, '../..');
const MODULES = [
  { folder: '04-loyalty', prefix: 'm4-', widgets: ['LoyaltyTypes', 'SatisfactionLoyalty'] },
  { folder: '05-retention', prefix: 'm5-', widgets: ['RetentionSimulator'] },
];

/** Each check's id, answer and number of options, in the order they appear, read from the lesson's source. */
function checksIn(source: string) {
  return [...source.matchAll(/<Check\s+id="([^"]+)"[\s\S]*?options=\{\[([\s\S]*?)\]\}\s*answer=\{(\d+)\}/g)].map((m) => ({
    id: m[1],
    options: (m[2].match(/\{\s*text:/g) ?? []).length,
    answer: Number(m[3]),
  }));
}

/** The body split at its ## headings: what each section holds, in order. */
const sectionsOf = (body: string) => body.split(/^## .*$/m).slice(1);

describe('modules 4 and 5', async () => {
  const { lessons } = await analyseContent(root);

  for (const { folder, prefix, widgets } of MODULES) {
    const of = (locale: string) => lessons.filter((l) => l.folder === folder && l.locale === locale).sort((a, b) => a.front.order - b.front.order);
    const en = of('en');
    const zh = of('zh');

    it(`${folder}: 2–4 lessons of 8–15 minutes, the same ones in both languages`, () => {
      expect(en.length).toBeGreaterThanOrEqual(2);
      expect(en.length).toBeLessThanOrEqual(4);
      expect(zh.map((l) => l.slug)).toEqual(en.map((l) => l.slug));
      for (const l of [...en, ...zh]) {
        expect(l.front.minutes, l.file).toBeGreaterThanOrEqual(8);
        expect(l.front.minutes, l.file).toBeLessThanOrEqual(15);
      }
      expect(zh.map((l) => l.front.minutes)).toEqual(en.map((l) => l.front.minutes));
    });

    it(`${folder}: speaker notes under every section, and the same number of sections in both languages`, () => {
      for (const l of [...en, ...zh]) for (const s of l.sections) expect(s.notes.trim(), `${l.file} § ${s.title}`).not.toBe('');
      en.forEach((l, i) => expect(zh[i].sections.length, l.file).toBe(l.sections.length));
    });

    it(`${folder}: at least three checks, ids prefixed ${prefix}, the same ids, answers and options in the same sections in Chinese`, () => {
      const all = en.flatMap((l) => l.checks);
      expect(all.length).toBeGreaterThanOrEqual(3);
      for (const c of all) expect(c.id.startsWith(prefix), c.id).toBe(true);
      en.forEach((l, i) => {
        const sectionIndex = (lesson: typeof l) => lesson.checks.map((c) => lesson.sections.findIndex((s) => s.id === c.section));
        expect(zh[i].checks.map((c) => c.id)).toEqual(l.checks.map((c) => c.id));
        expect(sectionIndex(zh[i])).toEqual(sectionIndex(l));
        const read = (file: string) => checksIn(readFileSync(join(root, file), 'utf8'));
        expect(read(zh[i].file)).toEqual(read(l.file));
        for (const c of read(l.file)) expect(c.answer).toBeLessThan(c.options);
      });
    });

    it(`${folder}: every widget comes after a check in its own section (predict, then manipulate)`, () => {
      for (const l of [...en, ...zh]) {
        const { body } = splitFrontmatter(l.file, readFileSync(join(root, l.file), 'utf8'));
        for (const section of sectionsOf(body)) {
          for (const widget of widgets) {
            const at = section.indexOf(`<${widget}`);
            if (at < 0) continue;
            expect(section.slice(0, at), `${l.file}: <${widget}>`).toMatch(/<Check\b/);
          }
        }
      }
      const used = en.map((l) => readFileSync(join(root, l.file), 'utf8')).join('\n');
      for (const widget of widgets) expect(used, widget).toContain(`<${widget}`);
    });

    it(`${folder}: its last lesson ends with a summary`, () => {
      const last = (ls: typeof en) => ls[ls.length - 1].sections.at(-1)!.title;
      expect(last(en)).toBe('Summary');
      expect(last(zh)).toBe('小结');
    });
  }
});
