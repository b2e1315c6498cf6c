/**
 * Serves the course index to the app as virtual modules, from the one pass
 * over content/ (./analyse.ts):
 * - `virtual:cvm/course`: modules and lessons; small, in the first load;
 * - `virtual:cvm/lessons`: a loader per lesson (each lesson its own chunk),
 *   with the chunks each one needs; loaded with the first lesson opened, so
 *   the first load does not grow with every lesson the course adds;
 * - `virtual:cvm/checks`: each lesson's check ids, for progress; loaded once
 *   there is progress to count;
 * - `virtual:cvm/text/<locale>`: titles, summaries and minutes in one language,
 *   loaded with that language's interface text;
 * - `virtual:cvm/index/<locale>`: sections with speaker notes, plain text and
 *   checks, for search and the presenter; loaded only by them;
 * - `virtual:cvm/glossary/<locale>`: the glossary's terms in one language,
 *   with the term in the other and the lesson that teaches it; loaded by the
 *   glossary page, the pop-ups and search.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { analyseContent, type ContentIndex } from './analyse.ts';
import { readGlossary, type GlossaryEntry } from './glossary.ts';

const PREFIX = 'virtual:cvm/';
const LOCALES = ['en', 'zh'];

function courseModule(index: ContentIndex): string {
  const english = index.lessons.filter((l) => l.locale === 'en');
  const modules = index.modules
    .filter((m) => m.locale === 'en')
    .sort((a, b) => a.number - b.number)
    .map((m) => ({
      slug: m.slug,
      number: m.number,
      lessons: english
        .filter((l) => l.folder === m.folder)
        .sort((a, b) => a.front.order - b.front.order)
        .map((l) => ({ slug: l.slug, order: l.front.order, locales: index.lessons.filter((o) => o.key === l.key).map((o) => o.locale) })),
    }));
  return `export const modules = ${JSON.stringify(modules)};\n`;
}

function lessonsModule(index: ContentIndex): string {
  const loaders = index.lessons.map((l) => `  ${JSON.stringify(`${l.locale}:${l.key}`)}: () => import(${JSON.stringify('/' + l.file)}),`);
  return `export const loaders = {\n${loaders.join('\n')}\n};\n`;
}

/** Each lesson's check ids: progress counts only checks that exist. Loaded once the learner has progress to count. */
function checksModule(index: ContentIndex): string {
  const ids = Object.fromEntries(index.lessons.filter((l) => l.locale === 'en').map((l) => [l.key, l.checks.map((c) => c.id)]));
  return `export default ${JSON.stringify(ids)};\n`;
}

function textModule(index: ContentIndex, locale: string): string {
  const modules: Record<string, { title: string; summary: string }> = {};
  for (const m of index.modules.filter((m) => m.locale === 'en')) {
    modules[m.slug] = index.modules.find((o) => o.folder === m.folder && o.locale === locale)?.meta ?? m.meta;
  }
  const lessons: Record<string, { title: string; minutes: number; translated: boolean }> = {};
  for (const l of index.lessons.filter((l) => l.locale === 'en')) {
    const own = index.lessons.find((o) => o.key === l.key && o.locale === locale);
    const front = (own ?? l).front;
    lessons[l.key] = { title: front.title, minutes: front.minutes, translated: own !== undefined };
  }
  return `export default ${JSON.stringify({ modules, lessons })};\n`;
}

function indexModule(index: ContentIndex, locale: string): string {
  const lessons = index.lessons
    .filter((l) => l.locale === locale)
    .map((l) => ({ key: l.key, title: l.front.title, sections: l.sections.map(({ slides: _, ...s }) => s), checks: l.checks }));
  return `export default ${JSON.stringify(lessons)};\n`;
}

function glossaryModule(entries: GlossaryEntry[], index: ContentIndex, locale: string): string {
  const other = locale === 'en' ? 'zh' : 'en';
  const title = (key: string) => (index.lessons.find((l) => l.key === key && l.locale === locale) ?? index.lessons.find((l) => l.key === key))?.front.title ?? key;
  const terms = entries.map((e) => ({ id: e.id, ...e[locale as 'en' | 'zh'], other: e[other as 'en' | 'zh'].term, lesson: e.lesson, lessonTitle: title(e.lesson) }));
  return `export default ${JSON.stringify(terms)};\n`;
}

export function courseIndex(): Plugin {
  let root = process.cwd();
  let index: Promise<ContentIndex> | undefined;
  const load = () => (index ??= analyseContent(root));

  return {
    name: 'cvm-course-index',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      index = undefined;
      return load().then(() => undefined);
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : null;
    },
    async load(id) {
      if (!id.startsWith('\0' + PREFIX)) return null;
      const name = id.slice(1 + PREFIX.length);
      const content = await load();
      if (name === 'course') return courseModule(content);
      if (name === 'checks') return checksModule(content);
      if (name === 'lessons') return lessonsModule(content);
      const [kind, locale] = name.split('/');
      if (!LOCALES.includes(locale)) return null;
      if (kind === 'text') return textModule(content, locale);
      if (kind === 'index') return indexModule(content, locale);
      if (kind === 'glossary') return glossaryModule(readGlossary(root), content, locale);
      return null;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.on('all', (_, file) => {
        if (!file.includes('/content/') || !/\.(md|yaml)$/.test(file)) return;
        index = undefined;
        for (const id of ['course', 'checks', 'lessons', ...LOCALES.flatMap((l) => [`text/${l}`, `index/${l}`, `glossary/${l}`])]) {
          const module = server.moduleGraph.getModuleById('\0' + PREFIX + id);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
