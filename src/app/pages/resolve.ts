/** A route resolved against the course: what the app shows. */
import { findLesson, findModule, type Course, type Lesson, type Module } from '../content/course';
import type { Route } from '../route';

/** The calculators the lab offers, by their address. */
export const LAB_WIDGETS = ['clv'] as const;
export type LabWidget = (typeof LAB_WIDGETS)[number];

export type Page =
  | { kind: 'root' }
  | { kind: 'home' }
  | { kind: 'lab'; widget?: LabWidget }
  | { kind: 'module'; module: Module }
  | { kind: 'lesson'; lesson: Lesson; previous?: Lesson; next?: Lesson }
  | { kind: 'not-found' };

const isLabWidget = (name: string): name is LabWidget => (LAB_WIDGETS as readonly string[]).includes(name);

export function resolvePage(route: Route, course: Course): Page {
  switch (route.kind) {
    case 'module': {
      const module = findModule(course, route.module);
      return module ? { kind: 'module', module } : { kind: 'not-found' };
    }
    case 'lesson': {
      const found = findLesson(course, route.module, route.lesson);
      return found ? { kind: 'lesson', ...found } : { kind: 'not-found' };
    }
    case 'lab':
      if (route.widget === undefined) return { kind: 'lab' };
      return isLabWidget(route.widget) ? { kind: 'lab', widget: route.widget } : { kind: 'not-found' };
    default:
      return { kind: route.kind };
  }
}
