/** A route resolved against the course: what the app shows. (The lab page checks its widget against the registry itself.) */
import { findLesson, findModule, type Course, type Lesson, type Module } from '../content/course';
import type { Route } from '../route';

export type Page =
  | { kind: 'root' }
  | { kind: 'home' }
  | { kind: 'gallery' }
  | { kind: 'glossary'; term?: string }
  | { kind: 'report' }
  | { kind: 'lab'; widget?: string }
  | { kind: 'module'; module: Module }
  | { kind: 'lesson'; lesson: Lesson; previous?: Lesson; next?: Lesson; section?: string }
  | { kind: 'present'; lesson: Lesson; slide: number; view: 'audience' | 'presenter' }
  | { kind: 'handout'; lesson: Lesson; version: 'trainee' | 'instructor' }
  | { kind: 'not-found' };

export function resolvePage(route: Route, course: Course): Page {
  switch (route.kind) {
    case 'module': {
      const module = findModule(course, route.module);
      return module ? { kind: 'module', module } : { kind: 'not-found' };
    }
    case 'lesson': {
      const found = findLesson(course, route.module, route.lesson);
      return found ? { kind: 'lesson', ...found, section: route.section } : { kind: 'not-found' };
    }
    case 'present': {
      const found = findLesson(course, route.module, route.lesson);
      return found ? { kind: 'present', lesson: found.lesson, slide: route.slide, view: route.view } : { kind: 'not-found' };
    }
    case 'handout': {
      const found = findLesson(course, route.module, route.lesson);
      return found ? { kind: 'handout', lesson: found.lesson, version: route.version } : { kind: 'not-found' };
    }
    case 'glossary':
      return { kind: 'glossary', term: route.term };
    case 'lab':
      return route.widget === undefined ? { kind: 'lab' } : { kind: 'lab', widget: route.widget };
    default:
      return { kind: route.kind };
  }
}
