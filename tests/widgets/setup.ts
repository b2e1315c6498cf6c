import { provideInterface } from '../../src/app/i18n';
import en from '../../src/app/i18n/en';
import zh from '../../src/app/i18n/zh';

// jsdom has no layout, so no ResizeObserver: a stand-in that never reports, leaving charts at their default width.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// The app loads its interface text lazily, a language at a time; components under test get both at once.
provideInterface('en', en);
provideInterface('zh', zh);

// Nor IntersectionObserver: a stand-in that never reports (lessons follow reading with it).
globalThis.IntersectionObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
} as unknown as typeof IntersectionObserver;
