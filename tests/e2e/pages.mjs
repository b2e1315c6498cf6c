// Every page of the course, read from content/, so a new module or lesson is walked without touching a test
// (the browser tests and the web benchmark share it).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const content = fileURLToPath(new URL('../../content/en/', import.meta.url));
const slug = (name) => name.replace(/\.md$/, '').replace(/^\d+-/, '');
const folders = readdirSync(content);
const lessons = folders.flatMap((folder) =>
  readdirSync(`${content}/${folder}`)
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .map((name) => ({ path: `/${slug(folder)}/${slug(name)}`, text: readFileSync(`${content}/${folder}/${name}`, 'utf8') })),
);
const hasWidget = (lesson) => /from ['"]\$widgets\//.test(lesson.text);

/** `/<module>` for every module. */
export const modulePaths = folders.map((m) => `/${slug(m)}`);
/** `/<module>/<lesson>` for every lesson. */
export const lessonPaths = lessons.map((l) => l.path);
/** The lessons that show a widget, and those that do not. */
export const widgetLessonPaths = lessons.filter(hasWidget).map((l) => l.path);
export const proseLessonPaths = lessons.filter((l) => !hasWidget(l)).map((l) => l.path);

/** Lab pages that are not a calculator of the registry: `/lab/data` is "Your customers". */
export const labPaths = ['/lab/data'];
/** Their ids as the lab's links name them (`data`): pages, not calculators. */
export const labPageIds = labPaths.map((p) => p.replace('/lab/', ''));
