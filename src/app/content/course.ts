/**
 * The course as the app sees it: modules and lessons in order, each lesson's
 * check ids and a loader per language, from the build-time index. Titles and
 * summaries come in one language at a time (`CourseText`), loaded with the
 * interface text; an untranslated lesson falls back to English.
 */
import type { Component } from 'svelte';
import type { Locale } from '../i18n';

export interface LessonModule {
  default: Component;
  /** The frontmatter, plus the sections the outline found (mdsvex exports it). */
  metadata: { title: string; objectives: string[]; sections: { id: string; title: string; slides: number }[] };
}
export type LessonLoader = () => Promise<LessonModule>;

export interface Lesson {
  /** "module/lesson", unique in the course. */
  key: string;
  slug: string;
  order: number;
  module: Module;
  /** The ids of its knowledge checks: progress counts only these. Empty until `loadChecks` (catalog) has run. */
  readonly checks: string[];
  locales: Locale[];
  /** The lesson in a language, or in English where it has no translation. */
  load(locale: Locale): LessonLoader;
}

export interface Module {
  slug: string;
  number: number;
  lessons: Lesson[];
}

export interface Course {
  modules: Module[];
  /** Every lesson in reading order, across modules: for previous and next. */
  lessons: Lesson[];
}

/** Titles and summaries in one language. */
export interface CourseText {
  modules: Record<string, { title: string; summary: string }>;
  lessons: Record<string, { title: string; minutes: number; translated: boolean }>;
}

/** A lesson's sections, notes and checks in one language: what search and the presenter read. */
export interface LessonIndex {
  key: string;
  title: string;
  sections: { id: string; title: string; notes: string; text: string; terms: string[] }[];
  checks: { id: string; question: string; section: string }[];
}

/** A glossary term in one language, with its name in the other and the lesson that teaches it. */
export interface GlossaryTerm {
  id: string;
  term: string;
  definition: string;
  example: string;
  other: string;
  lesson: string;
  lessonTitle: string;
}

export interface Structure {
  slug: string;
  number: number;
  lessons: { slug: string; order: number; locales: Locale[] }[];
}

export function buildCourse(structure: readonly Structure[], loaders: Record<string, LessonLoader>, checkIds: (lessonKey: string) => string[] = () => []): Course {
  const modules: Module[] = structure.map((m) => {
    const module: Module = { slug: m.slug, number: m.number, lessons: [] };
    module.lessons = m.lessons.map((l) => {
      const key = `${m.slug}/${l.slug}`;
      return {
        key,
        slug: l.slug,
        order: l.order,
        module,
        get checks() {
          return checkIds(key);
        },
        locales: l.locales,
        load: (locale: Locale) => loaders[`${locale}:${key}`] ?? loaders[`en:${key}`],
      };
    });
    return module;
  });
  return { modules, lessons: modules.flatMap((m) => m.lessons) };
}

export function findModule(course: Course, slug: string): Module | undefined {
  return course.modules.find((m) => m.slug === slug);
}

export function findLesson(course: Course, moduleSlug: string, lessonSlug: string) {
  const index = course.lessons.findIndex((l) => l.module.slug === moduleSlug && l.slug === lessonSlug);
  if (index < 0) return undefined;
  return { lesson: course.lessons[index], previous: course.lessons[index - 1], next: course.lessons[index + 1] };
}
