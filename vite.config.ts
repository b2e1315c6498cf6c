import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { mdsvex } from 'mdsvex';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { courseIndex } from './src/app/content/plugin.ts';
import { cdnowData } from './src/lib/data/cdnow-plugin.ts';
import { remarkLessonOutline } from './src/app/content/outline.ts';
import { rehypeLessonSections } from './src/app/content/rehype-lesson-sections.ts';
import { rehypeLessonTables } from './src/app/content/rehype-lesson-tables.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Relative asset paths: the built app works from any folder of any static host.
  base: './',
  publicDir: 'static',
  resolve: {
    alias: {
      $core: here('./src/core/index.ts'),
      $lesson: here('./src/app/lesson/index.ts'),
      $widgets: here('./src/widgets'),
    },
  },
  plugins: [
    courseIndex(),
    cdnowData(),
    svelte({
      extensions: ['.svelte', '.md'],
      onwarn(warning, handler) {
        // Lesson tables sit in a focusable scroll region on purpose (see rehype-lesson-tables).
        if (warning.code === 'a11y_no_noninteractive_tabindex' && warning.filename?.endsWith('.md')) return;
        handler?.(warning);
      },
      preprocess: [mdsvex({ extensions: ['.md'], smartypants: false, remarkPlugins: [remarkLessonOutline], rehypePlugins: [rehypeLessonTables, rehypeLessonSections] })],
    }),
  ],
  build: { target: 'es2022' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['tests/core/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/layers.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'widgets',
          include: ['tests/widgets/**/*.test.ts', 'tests/app/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/widgets/setup.ts'],
        },
      },
    ],
  },
});
