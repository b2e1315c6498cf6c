import { describe, expect, it } from 'vitest';
import { buildCourse, findLesson } from '../../src/app/content/course';

const loader = () => async () => ({ default: (() => {}) as never, metadata: { title: '', objectives: [], sections: [] } });
const course = buildCourse(
  [
    { slug: 'customer-value', number: 1, lessons: [{ slug: 'intro', order: 1, locales: ['en'] }] },
    {
      slug: 'clv',
      number: 6,
      lessons: [
        { slug: 'first', order: 1, locales: ['en', 'zh'] },
        { slug: 'second', order: 2, locales: ['en'] },
      ],
    },
    { slug: 'later', number: 10, lessons: [] },
  ],
  { 'en:customer-value/intro': loader(), 'en:clv/first': loader(), 'zh:clv/first': loader(), 'en:clv/second': loader() },
);

describe('the course', () => {
  it('lists lessons in reading order across modules', () => {
    expect(course.lessons.map((l) => l.key)).toEqual(['customer-value/intro', 'clv/first', 'clv/second']);
  });

  it('links previous and next across modules', () => {
    const found = findLesson(course, 'clv', 'first')!;
    expect(found.previous?.key).toBe('customer-value/intro');
    expect(found.next?.key).toBe('clv/second');
    expect(findLesson(course, 'clv', 'second')!.next).toBeUndefined();
    expect(findLesson(course, 'clv', 'missing')).toBeUndefined();
  });

  it('loads a translation where there is one and English where there is not', () => {
    const [first, second] = course.modules[1].lessons;
    expect(first.load('zh')).not.toBe(first.load('en'));
    expect(second.load('zh')).toBe(second.load('en'));
  });

  it('reads a lesson’s check ids as they are loaded', () => {
    let ids: Record<string, string[]> = {};
    const withChecks = buildCourse([{ slug: 'clv', number: 6, lessons: [{ slug: 'first', order: 1, locales: ['en'] }] }], { 'en:clv/first': loader() }, (key) => ids[key] ?? []);
    expect(withChecks.lessons[0].checks).toEqual([]);
    ids = { 'clv/first': ['a', 'b'] };
    expect(withChecks.lessons[0].checks).toEqual(['a', 'b']);
  });

  it('shows a module without lessons as having none', () => {
    expect(course.modules[2].lessons).toEqual([]);
  });
});
