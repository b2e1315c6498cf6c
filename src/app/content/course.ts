/**
 * The course as the app sees it: modules and lessons in order, with their
 * text in each locale and a loader for each lesson. Built from the content
 * tree (English is the reference; another locale may lack a lesson).
 */
import type { Component } from 'svelte';
import type { Locale } from '../i18n/index.svelte';
import { orderOf, slugOf, type LessonMeta, type ModuleMeta } from './frontmatter';

export type LessonLoader = () => Promise<{ default: Component }>;

export interface Lesson {
  /** "module/lesson", unique in the course. */
  key: string;
  slug: string;
  order: number;
  module: Module;
  meta: Partial<Record<Locale, LessonMeta>> & { en: LessonMeta };
  load: Partial<Record<Locale, LessonLoader>> & { en: LessonLoader };
}

export interface Module {
  slug: string;
  number: number;
  meta: Partial<Record<Locale, ModuleMeta>> & { en: ModuleMeta };
  lessons: Lesson[];
}

export interface Course {
  modules: Module[];
  /** Every lesson in reading order, across modules: for previous and next. */
  lessons: Lesson[];
}

interface Sources {
  modules: Record<string, ModuleMeta>;
  lessons: Record<string, LessonMeta>;
  loaders: Record<string, LessonLoader>;
}

/** "/content/en/06-clv/03-four-steps.md" → its locale and folder and file names. */
function parsePath(path: string) {
  const [locale, folder, file] = path.replace(/^\/?content\//, '').split('/');
  return { locale: locale as Locale, folder, file };
}

export function buildCourse({ modules, lessons, loaders }: Sources): Course {
  const byFolder = new Map<string, Module>();
  for (const [path, meta] of Object.entries(modules)) {
    const { locale, folder } = parsePath(path);
    if (locale !== 'en') continue;
    byFolder.set(folder, { slug: slugOf(folder), number: orderOf(folder) ?? 0, meta: { en: meta }, lessons: [] });
  }
  for (const [path, meta] of Object.entries(modules)) {
    const { locale, folder } = parsePath(path);
    const module = byFolder.get(folder);
    if (locale !== 'en' && module) module.meta[locale] = meta;
  }

  const byKey = new Map<string, Lesson>();
  for (const [path, meta] of Object.entries(lessons)) {
    const { locale, folder, file } = parsePath(path);
    const module = byFolder.get(folder);
    if (locale !== 'en' || !module) continue;
    const lesson: Lesson = {
      key: `${module.slug}/${slugOf(file)}`,
      slug: slugOf(file),
      order: meta.order,
      module,
      meta: { en: meta },
      load: { en: loaders[path] },
    };
    byKey.set(`${folder}/${file}`, lesson);
    module.lessons.push(lesson);
  }
  for (const [path, meta] of Object.entries(lessons)) {
    const { locale, folder, file } = parsePath(path);
    const lesson = byKey.get(`${folder}/${file}`);
    if (locale !== 'en' && lesson) {
      lesson.meta[locale] = meta;
      lesson.load[locale] = loaders[path];
    }
  }

  const ordered = [...byFolder.values()].sort((a, b) => a.number - b.number);
  for (const module of ordered) module.lessons.sort((a, b) => a.order - b.order);
  return { modules: ordered, lessons: ordered.flatMap((m) => m.lessons) };
}

export function findModule(course: Course, slug: string): Module | undefined {
  return course.modules.find((m) => m.slug === slug);
}

export function findLesson(course: Course, moduleSlug: string, lessonSlug: string) {
  const index = course.lessons.findIndex((l) => l.module.slug === moduleSlug && l.slug === lessonSlug);
  if (index < 0) return undefined;
  return { lesson: course.lessons[index], previous: course.lessons[index - 1], next: course.lessons[index + 1] };
}

/** A module's or lesson's text in a locale, falling back to English. */
export function inLocale<T>(meta: Partial<Record<Locale, T>> & { en: T }, locale: Locale): T {
  return meta[locale] ?? meta.en;
}
