// The layers of ../shared/DESIGN.md, checked on every import: arrows only point down.
//   app → content → widgets → widgets/kit → lib → core
// One exception, by design: a lesson (content) imports the lesson parts of the app ($lesson: Notes, Check).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
type Layer = 'core' | 'lib' | 'kit' | 'widgets' | 'content' | 'lesson' | 'app' | 'outside';
const BELOW: Record<Layer, Layer[]> = {
  core: ['core'],
  lib: ['lib', 'core'],
  kit: ['kit', 'lib', 'core'],
  widgets: ['widgets', 'kit', 'lib', 'core'],
  content: ['content', 'widgets', 'kit', 'lib', 'core', 'lesson'],
  lesson: ['lesson', 'app', 'widgets', 'kit', 'lib', 'core'],
  app: ['app', 'lesson', 'content', 'widgets', 'kit', 'lib', 'core'],
  outside: [],
};

function layerOf(file: string): Layer {
  const path = relative(root, file).split('\\').join('/');
  if (path.startsWith('src/core/')) return 'core';
  if (path.startsWith('src/lib/')) return 'lib';
  if (path.startsWith('src/widgets/kit/')) return 'kit';
  if (path.startsWith('src/widgets/')) return 'widgets';
  if (path.startsWith('src/app/lesson/')) return 'lesson';
  if (path.startsWith('src/app/') || path === 'src/main.ts') return 'app';
  if (path.startsWith('content/')) return 'content';
  return 'outside';
}

const ALIASES: Record<string, string> = { $core: 'src/core/index.ts', $lesson: 'src/app/lesson/index.ts', $widgets: 'src/widgets' };

/** The file an import points at, or undefined for a package. */
function target(from: string, specifier: string): string | undefined {
  for (const [alias, path] of Object.entries(ALIASES)) {
    if (specifier === alias || specifier.startsWith(`${alias}/`)) return join(root, path, specifier.slice(alias.length));
  }
  if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
  if (specifier.startsWith('/content/')) return join(root, specifier);
  return undefined;
}

function importsOf(source: string): string[] {
  const found = [...source.matchAll(/(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)];
  return found.map((m) => m[1] ?? m[2] ?? m[3]);
}

function upwardArrows(files: { file: string; source: string }[]): string[] {
  const wrong: string[] = [];
  for (const { file, source } of files) {
    const from = layerOf(file);
    for (const specifier of importsOf(source)) {
      const to = target(file, specifier);
      if (!to) continue;
      const layer = layerOf(to);
      if (!BELOW[from].includes(layer)) wrong.push(`${relative(root, file)} (${from}) imports ${specifier} (${layer})`);
    }
  }
  return wrong;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|svelte|md)$/.test(name) ? [path] : [];
  });
}

describe('the layers', () => {
  it('has no import that points up', () => {
    const files = [...walk(join(root, 'src')), ...walk(join(root, 'content'))].map((file) => ({ file, source: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(40);
    expect(upwardArrows(files)).toEqual([]);
  });

  it('would catch one: a widget importing the app, the kit importing a widget, core importing lib', () => {
    const at = (path: string, source: string) => ({ file: join(root, path), source });
    expect(
      upwardArrows([
        at('src/widgets/clv/X.svelte', "<script>import { router } from '../../app/router.svelte';</script>"),
        at('src/widgets/kit/Y.ts', "export { t } from '../clv/messages';"),
        at('src/core/z.ts', "const m = import('../lib/number');"),
        at('src/lib/w.ts', "import '$widgets/registry';"),
        at('src/widgets/clv/ok.ts', "import { COHORT_LIMITS } from '$core';\nimport { t } from '../kit/messages';"),
      ]),
    ).toHaveLength(4);
  });
});
