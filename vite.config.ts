import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { mdsvex } from 'mdsvex';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { courseIndex } from './src/app/content/plugin.ts';
import { hosting } from './src/app/hosting/plugin.ts';
import { cdnowData } from './src/lib/data/cdnow-plugin.ts';
import { cdnowLogs } from './src/lib/data/cdnow-log-plugin.ts';
import { remarkLessonOutline } from './src/app/content/outline.ts';
import { rehypeLessonSections } from './src/app/content/rehype-lesson-sections.ts';
import { rehypeLessonTables } from './src/app/content/rehype-lesson-tables.ts';
import { rehypeLessonWidgets } from './src/app/content/rehype-lesson-widgets.ts';

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
    hosting(),
    cdnowData(),
    cdnowLogs(),
    svelte({
      extensions: ['.svelte', '.md'],
      onwarn(warning, handler) {
        // Lesson tables sit in a focusable scroll region on purpose (see rehype-lesson-tables).
        if (warning.code === 'a11y_no_noninteractive_tabindex' && warning.filename?.endsWith('.md')) return;
        handler?.(warning);
      },
      preprocess: [mdsvex({ extensions: ['.md'], smartypants: false, remarkPlugins: [remarkLessonOutline], rehypePlugins: [rehypeLessonTables, rehypeLessonWidgets, rehypeLessonSections] })],
    }),
    // The whole course (every lesson, widget and dataset, both languages) precached by Workbox after the first
    // visit, so a classroom whose network drops keeps working. A new version waits until the learner chooses to
    // reload (src/app/offline), never swapped under their feet; registration is ours (a few lines, no extra bytes).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Customer Value Management — an interactive course',
        short_name: 'CVM course',
        description: 'Lessons, calculators and knowledge checks on Customer Value Management, in English and Chinese.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The first install takes the open page at once (nothing controls it yet), so it works offline without a reload.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Every browser the course supports preloads modules itself; the polyfill would cost the home half a kilobyte.
  // The preload links stay: without them a lesson's chunks load one level per round trip (README, Performance).
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  test: {
    // Test files share a worker's modules and jsdom instead of a fresh one each: 30 s instead of 90 for the whole
    // suite, most of it jsdom starting again per file. No test leans on another's leftovers: it passes shuffled.
    isolate: false,
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
