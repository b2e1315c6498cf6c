// Every page of the course, read from content/, so a new module or lesson is walked without touching a test.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const content = fileURLToPath(new URL('../../content/en/', import.meta.url));
const slug = (name: string) => name.replace(/\.md$/, '').replace(/^\d+-/, '');
const folders = readdirSync(content);

/** `/<module>` for every module. */
export const modulePaths = folders.map((m) => `/${slug(m)}`);
/** `/<module>/<lesson>` for every lesson. */
export const lessonPaths = folders.flatMap((folder) =>
  readdirSync(`${content}/${folder}`)
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .map((name) => `/${slug(folder)}/${slug(name)}`),
);

/** Lab pages that are not a calculator of the registry: `/lab/data` is "Your customers". */
export const labPaths = ['/lab/data'];
