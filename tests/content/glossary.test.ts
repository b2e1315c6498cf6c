// The glossary: one file of terms per module (content/glossary/<NN-module>.yaml), each term in both
// languages with a definition and an example, pointing at a lesson that exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/app/content/analyse';

const root = join(import.meta.dirname, '../..');
const dir = join(root, 'content/glossary');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('the glossary', async () => {
  const { lessons } = await analyseContent(root);
  const keys = new Set(lessons.map((l) => l.key));
  const entries = files.flatMap((file) => Object.entries(parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Record<string, unknown>>).map(([id, entry]) => ({ file, id, entry })));

  it('has entries', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('gives every term in both languages a definition and an example, and a lesson that teaches it', () => {
    for (const { file, id, entry } of entries) {
      expect(keys, `${file}: ${id} names a lesson that does not exist`).toContain(entry.lesson);
      for (const locale of ['en', 'zh']) {
        const text = entry[locale] as Record<string, unknown> | undefined;
        for (const field of ['term', 'definition', 'example']) {
          expect(typeof text?.[field] === 'string' && (text[field] as string).trim() !== '', `${file}: ${id}.${locale}.${field}`).toBe(true);
        }
      }
    }
  });

  it('uses each id once', () => {
    const ids = entries.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
