/**
 * The one build-time pass over content/: every module and lesson, its
 * frontmatter checked, its Markdown read by the same outline the page uses.
 * Gives the course index (lessons, sections, speaker notes, checks, glossary
 * hooks, search text) to the Vite plugin and to the content tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'mdsvex';
import { parse } from 'yaml';
import { ContentError, lessonFront, moduleMeta, orderOf, slugOf, type LessonFront, type ModuleMeta } from './frontmatter.ts';
import { outline, type LessonOutline, type MdNode } from './outline.ts';

export interface ModuleEntry {
  /** "content/en/06-clv/module.md", for messages. */
  file: string;
  locale: string;
  folder: string;
  slug: string;
  number: number;
  meta: ModuleMeta;
}

export interface LessonEntry extends Omit<LessonOutline, 'cutsIntro'> {
  file: string;
  locale: string;
  folder: string;
  /** "clv/four-steps", the same in every locale. */
  key: string;
  slug: string;
  front: LessonFront;
}

export interface ContentIndex {
  modules: ModuleEntry[];
  lessons: LessonEntry[];
}

export function splitFrontmatter(file: string, source: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: null, body: source };
  try {
    return { data: parse(m[1]), body: source.slice(m[0].length) };
  } catch (e) {
    throw new ContentError(file, '(all)', `is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** A lesson's outline, read by mdsvex's own parser: the tree the page is rendered from. */
export async function outlineOf(body: string): Promise<LessonOutline> {
  let result: LessonOutline = { sections: [], checks: [], cutsIntro: false };
  await compile(body, { remarkPlugins: [() => (tree: MdNode) => void (result = outline(tree))] });
  return result;
}

export async function analyseLesson(file: string, source: string): Promise<Omit<LessonEntry, 'locale' | 'folder' | 'key' | 'slug'>> {
  const { data, body } = splitFrontmatter(file, source);
  const front = lessonFront(file, data);
  const { sections, checks, cutsIntro } = await outlineOf(body);
  if (sections.length === 0) throw new ContentError(file, 'body', 'must have at least one ## section');
  if (cutsIntro) throw new ContentError(file, 'body', 'has a --- before its first ## section: only a section can be cut into slides');
  const ids = sections.map((s) => s.id);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw new ContentError(file, 'body', `has two ## sections with the id "${repeated}"`);
  const blank = sections.find((s) => s.blankSlide);
  if (blank) throw new ContentError(file, 'body', `has a --- in "## ${blank.title}" with nothing after it: a blank slide`);
  for (const check of checks) if (!check.id) throw new ContentError(file, 'Check', `needs an id (question: "${check.question}")`);
  return { file, front, sections, checks };
}

/** Reads content/ under `root`; fails with the file named on anything malformed, and on a check id used twice in a language. */
export async function analyseContent(root: string): Promise<ContentIndex> {
  const dir = join(root, 'content');
  const modules: ModuleEntry[] = [];
  const lessons: LessonEntry[] = [];
  for (const locale of readdirSync(dir).filter((l) => statSync(join(dir, l)).isDirectory())) {
    for (const folder of readdirSync(join(dir, locale)).filter((f) => statSync(join(dir, locale, f)).isDirectory())) {
      const number = orderOf(folder);
      for (const name of readdirSync(join(dir, locale, folder)).filter((n) => n.endsWith('.md'))) {
        const file = `content/${locale}/${folder}/${name}`;
        const source = readFileSync(join(root, file), 'utf8');
        if (name === 'module.md') {
          if (number === null) throw new ContentError(file, '(folder)', 'must start with the module number, as in 06-clv');
          modules.push({ file, locale, folder, slug: slugOf(folder), number, meta: moduleMeta(file, splitFrontmatter(file, source).data) });
        } else if (orderOf(name) !== null) {
          const slug = slugOf(name);
          lessons.push({ ...(await analyseLesson(file, source)), locale, folder, slug, key: `${slugOf(folder)}/${slug}` });
        }
      }
    }
  }
  // Progress is kept by check id, so an id must name one check in each language.
  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    for (const check of lesson.checks) {
      const key = `${lesson.locale}:${check.id}`;
      const other = seen.get(key);
      if (other) throw new ContentError(lesson.file, 'Check', `id "${check.id}" is already used in ${other}`);
      seen.set(key, lesson.file);
    }
  }
  return { modules, lessons };
}
