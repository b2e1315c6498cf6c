/**
 * The glossary, read at build time from content/glossary/<NN-module>.yaml:
 * each term in both languages with a one-line definition and an example, and
 * the lesson that teaches it. Malformed entries fail the build, file and term named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ContentError } from './frontmatter.ts';

export interface GlossaryText {
  term: string;
  definition: string;
  example: string;
}

export interface GlossaryEntry {
  id: string;
  lesson: string;
  en: GlossaryText;
  zh: GlossaryText;
}

function textOf(file: string, id: string, locale: string, value: unknown): GlossaryText {
  const v = (value ?? {}) as Record<string, unknown>;
  for (const field of ['term', 'definition', 'example']) {
    if (typeof v[field] !== 'string' || (v[field] as string).trim() === '') throw new ContentError(file, `${id}.${locale}.${field}`, 'must be a non-empty string');
  }
  return { term: (v.term as string).trim(), definition: (v.definition as string).trim(), example: (v.example as string).trim() };
}

export function readGlossary(root: string): GlossaryEntry[] {
  const dir = join(root, 'content/glossary');
  const entries: GlossaryEntry[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = `content/glossary/${name}`;
    const data = (parse(readFileSync(join(dir, name), 'utf8')) ?? {}) as Record<string, Record<string, unknown>>;
    for (const [id, entry] of Object.entries(data)) {
      if (entries.some((e) => e.id === id)) throw new ContentError(file, id, 'is already a term in another glossary file');
      if (typeof entry?.lesson !== 'string') throw new ContentError(file, `${id}.lesson`, 'must name the lesson that teaches it, as "module/lesson"');
      entries.push({ id, lesson: entry.lesson, en: textOf(file, id, 'en', entry.en), zh: textOf(file, id, 'zh', entry.zh) });
    }
  }
  return entries;
}
