import { describe, expect, it } from 'vitest';
import { buildCourse, findLesson, inLocale } from '../../src/app/content/course';
import type { LessonMeta } from '../../src/app/content/frontmatter';

const lesson = (title: string, order: number): LessonMeta => ({
  title,
  order,
  minutes: 5,
  objectives: ['x'],
  sections: [{ id: 'a', title: 'A' }],
  checks: 0,
});
const load = async () => ({ default: (() => {}) as never });

const course = buildCourse({
  modules: {
    '/content/en/06-clv/module.md': { title: 'CLV', summary: 's' },
    '/content/en/01-customer-value/module.md': { title: 'Value', summary: 's' },
    '/content/en/10-later/module.md': { title: 'Later', summary: 's' },
    '/content/zh/06-clv/module.md': { title: '客户终生价值', summary: 's' },
  },
  lessons: {
    '/content/en/06-clv/02-second.md': lesson('Second', 2),
    '/content/en/06-clv/01-first.md': lesson('First', 1),
    '/content/en/01-customer-value/01-intro.md': lesson('Intro', 1),
    '/content/zh/06-clv/01-first.md': lesson('第一课', 1),
  },
  loaders: {
    '/content/en/06-clv/02-second.md': load,
    '/content/en/06-clv/01-first.md': load,
    '/content/en/01-customer-value/01-intro.md': load,
    '/content/zh/06-clv/01-first.md': load,
  },
});

describe('the course index', () => {
  it('orders modules and lessons by their number, and strips it from slugs', () => {
    expect(course.modules.map((m) => `${m.number}:${m.slug}`)).toEqual(['1:customer-value', '6:clv', '10:later']);
    expect(course.lessons.map((l) => l.key)).toEqual(['customer-value/intro', 'clv/first', 'clv/second']);
  });

  it('links previous and next across modules', () => {
    const found = findLesson(course, 'clv', 'first')!;
    expect(found.previous?.key).toBe('customer-value/intro');
    expect(found.next?.key).toBe('clv/second');
    expect(findLesson(course, 'clv', 'second')!.next).toBeUndefined();
    expect(findLesson(course, 'clv', 'missing')).toBeUndefined();
  });

  it('uses a translation where there is one and English where there is not', () => {
    const [first, second] = course.modules[1].lessons;
    expect(inLocale(first.meta, 'zh').title).toBe('第一课');
    expect(inLocale(second.meta, 'zh').title).toBe('Second');
    expect(second.load.zh).toBeUndefined();
    expect(inLocale(course.modules[1].meta, 'zh').title).toBe('客户终生价值');
    expect(inLocale(course.modules[0].meta, 'zh').title).toBe('Value');
  });

  it('shows a module without lessons as having none', () => {
    expect(course.modules[2].lessons).toEqual([]);
  });
});
