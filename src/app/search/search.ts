/**
 * Search across the lessons and the glossary of one language, in the
 * browser: MiniSearch over every section's text and every term. Chinese has
 * no spaces between words, so Han text is indexed as single characters and
 * pairs of characters; a query matches where all its pieces do.
 */
import MiniSearch from 'minisearch';
import type { GlossaryTerm, LessonIndex } from '../content/course';

export interface SearchDoc {
  id: string;
  kind: 'section' | 'term';
  /** The section's or term's own title, and the lesson it belongs to. */
  title: string;
  lessonTitle: string;
  text: string;
  /** Route parts: ['clv', 'four-steps', 'a-cohort'] or ['glossary', 'cohort']. */
  parts: string[];
}

const HAN = /\p{Script=Han}/u;

export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(/[\p{Script=Han}]+|[\p{L}\p{N}]+/gu)) {
    if (!HAN.test(run)) {
      tokens.push(run);
      continue;
    }
    for (let i = 0; i < run.length; i++) {
      tokens.push(run[i]);
      if (i + 1 < run.length) tokens.push(run.slice(i, i + 2));
    }
  }
  return tokens;
}

export function documents(lessons: readonly LessonIndex[], terms: readonly GlossaryTerm[]): SearchDoc[] {
  const sections = lessons.flatMap((l) =>
    l.sections.map((s) => ({ id: `${l.key}/${s.id}`, kind: 'section' as const, title: s.title, lessonTitle: l.title, text: s.text, parts: [...l.key.split('/'), s.id] })),
  );
  const glossary = terms.map((t) => ({
    id: `glossary/${t.id}`,
    kind: 'term' as const,
    title: t.term,
    lessonTitle: t.lessonTitle,
    text: `${t.definition} ${t.example} ${t.other}`,
    parts: ['glossary', t.id],
  }));
  return [...glossary, ...sections];
}

export function searcher(docs: readonly SearchDoc[]) {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'text'],
    storeFields: ['kind', 'title', 'lessonTitle', 'text', 'parts'],
    tokenize,
    searchOptions: { boost: { title: 3 }, combineWith: 'AND', prefix: (term) => !HAN.test(term) && term.length > 2, fuzzy: (term) => (!HAN.test(term) && term.length > 4 ? 0.2 : false) },
  });
  index.addAll([...docs]);
  return (query: string, limit = 12): SearchDoc[] => (query.trim() === '' ? [] : (index.search(query) as unknown as SearchDoc[]).slice(0, limit));
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** The passage around the first place the query (or its longest word) occurs, for a result's highlight. */
export function snippet(text: string, query: string, radius = 70): Snippet {
  const lower = text.toLowerCase();
  const words = [query.trim(), ...query.trim().split(/\s+/)].map((w) => w.toLowerCase()).filter(Boolean).sort((a, b) => b.length - a.length);
  for (const word of words) {
    const at = lower.indexOf(word);
    if (at < 0) continue;
    const start = Math.max(0, at - radius);
    const end = Math.min(text.length, at + word.length + radius);
    return {
      before: (start > 0 ? '…' : '') + text.slice(start, at),
      match: text.slice(at, at + word.length),
      after: text.slice(at + word.length, end) + (end < text.length ? '…' : ''),
    };
  }
  return { before: text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : ''), match: '', after: '' };
}
