/**
 * A lesson's body, loaded once per language. A page that reads it again (its address changed: a slide,
 * a section) gets the same promise, so the body, and the widgets in it, stay mounted; a load that failed
 * (the network dropped) is tried afresh the next time. Here rather than in course.ts: only the lesson
 * pages need it, and the home has no bytes to spare.
 */
import type { Lesson, LessonLoader, LessonModule } from './course';
import type { Locale } from '../i18n';

const loading = new WeakMap<LessonLoader, Promise<LessonModule>>();

export function lessonBody(lesson: Lesson, locale: Locale): Promise<LessonModule> {
  const loader = lesson.load(locale);
  let body = loading.get(loader);
  if (!body) {
    body = loader();
    loading.set(loader, body);
    body.catch(() => loading.delete(loader));
  }
  return body;
}
