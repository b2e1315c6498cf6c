/** The course, read from content/ at build time; lesson bodies load on demand. */
import { buildCourse, type LessonLoader } from './course';
import type { LessonMeta, ModuleMeta } from './frontmatter';

export const course = buildCourse({
  modules: import.meta.glob<ModuleMeta>('/content/*/*/module.md', { query: '?meta', import: 'default', eager: true }),
  lessons: import.meta.glob<LessonMeta>('/content/*/*/[0-9]*.md', { query: '?meta', import: 'default', eager: true }),
  loaders: import.meta.glob('/content/*/*/[0-9]*.md') as Record<string, LessonLoader>,
});
