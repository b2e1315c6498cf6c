// The glossary: one file of terms per module (content/glossary/<NN-module>.yaml), each term in both
// languages with a definition and an example, pointing at a lesson that exists; every term a lesson
// marks (<Term id="…">) is in it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/app/content/analyse';
import { readGlossary } from '../../src/app/content/glossary';

const root = join(import.meta.dirname, '../..');

describe('the glossary', async () => {
  const { lessons } = await analyseContent(root);
  const entries = readGlossary(root);
  const ids = new Set(entries.map((e) => e.id));

  it('has entries, each in both languages (the reader refuses an empty field) and taught by a lesson that exists', () => {
    expect(entries.length).toBeGreaterThan(0);
    const keys = new Set(lessons.map((l) => l.key));
    for (const entry of entries) expect(keys, `${entry.id} names a lesson that does not exist`).toContain(entry.lesson);
  });

  it('has every term a lesson marks', () => {
    for (const lesson of lessons) {
      for (const section of lesson.sections) {
        for (const term of section.terms) expect(ids, `${lesson.file} (## ${section.title}) marks the term "${term}", which the glossary lacks`).toContain(term);
      }
    }
  });
});
