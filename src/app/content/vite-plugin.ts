/**
 * Serves `*.md?meta` imports: a lesson's or module's checked frontmatter as a
 * tiny module, so the course index knows every lesson without loading any.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { ContentError, lessonMeta, moduleMeta } from './frontmatter.ts';

const PREFIX = '\0cvm-meta:';

export function splitFrontmatter(file: string, source: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return { data: null, body: source };
  try {
    return { data: parse(m[1]), body: source.slice(m[0].length) };
  } catch (e) {
    throw new ContentError(file, '(all)', `is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function metaOf(file: string, source: string) {
  const { data, body } = splitFrontmatter(file, source);
  return file.endsWith('/module.md') ? moduleMeta(file, data) : lessonMeta(file, data, body);
}

export function contentMeta(): Plugin {
  let root = process.cwd();
  return {
    name: 'cvm-content-meta',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id, importer) {
      if (!id.endsWith('.md?meta')) return null;
      const path = id.slice(0, -'?meta'.length);
      const file = path.startsWith(root)
        ? path
        : path.startsWith('/') || !importer
          ? resolve(root, '.' + path)
          : resolve(dirname(importer), path);
      // The trailing .js keeps the Svelte and JSON plugins away from this id.
      return PREFIX + file + '.js';
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      this.addWatchFile(file);
      const relative = file.startsWith(root) ? file.slice(root.length + 1) : file;
      return `export default ${JSON.stringify(metaOf(relative, readFileSync(file, 'utf8')))};`;
    },
  };
}
