/** The course from the build-time index, and its text in the language in use. */
import { modules } from 'virtual:cvm/course';
import { i18n, type Locale } from '../i18n';
import { buildCourse, type CourseText, type LessonLoader, type Module } from './course';

// The lessons' loaders, and the chunks each lesson needs, are a chunk of their own, fetched with the
// first lesson opened: the first load stays the same size however many lessons the course has.
let table: Promise<Record<string, LessonLoader>> | undefined;
function lessonTable(): Promise<Record<string, LessonLoader>> {
  table ??= import('virtual:cvm/lessons').then((m) => m.loaders);
  table.catch(() => (table = undefined)); // offline before it was cached: try again next time
  return table;
}

const loaders: Record<string, LessonLoader> = Object.fromEntries(
  modules.flatMap((m) =>
    m.lessons.flatMap((l) =>
      l.locales.map((locale) => {
        const id = `${locale}:${m.slug}/${l.slug}`;
        return [id, () => lessonTable().then((all) => all[id]())] as const;
      }),
    ),
  ),
);

const checkIds = $state<{ byLesson?: Record<string, string[]> }>({});

export const course = buildCourse(modules, loaders, (key) => checkIds.byLesson?.[key] ?? []);

/** Loads every lesson's check ids (for progress), once. */
let checksLoading: Promise<void> | undefined;
export function loadChecks(): Promise<void> {
  return (checksLoading ??= import('virtual:cvm/checks').then((m) => void (checkIds.byLesson = m.default)));
}

const texts: Partial<Record<Locale, CourseText>> = {};
const textLoaders: Record<Locale, () => Promise<{ default: CourseText }>> = {
  en: () => import('virtual:cvm/text/en'),
  zh: () => import('virtual:cvm/text/zh'),
};

export async function loadCourseText(locale: Locale): Promise<void> {
  texts[locale] ??= (await textLoaders[locale]()).default;
}

/** Provides a language's text without loading it: for tests. */
export function provideCourseText(locale: Locale, text: CourseText): void {
  texts[locale] = text;
}

const empty: CourseText = { modules: {}, lessons: {} };

/** Titles and summaries in the current language (loaded before the language is switched to). */
export function text(): CourseText {
  return texts[i18n.locale] ?? texts.en ?? empty;
}

/** How long a module takes: its lessons' minutes added up. */
export const moduleMinutes = (module: Module) => module.lessons.reduce((sum, l) => sum + (text().lessons[l.key]?.minutes ?? 0), 0);
