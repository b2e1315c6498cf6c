import { describe, expect, it } from 'vitest';
import { buildCourse, type LessonLoader } from '../../src/app/content/course';
import { lessonBody } from '../../src/app/content/lesson-body';

const body = { default: (() => {}) as never, metadata: { title: '', objectives: [], sections: [] } };
const lessonLoadedBy = (loader: LessonLoader) =>
  buildCourse([{ slug: 'clv', number: 6, lessons: [{ slug: 'first', order: 1, locales: ['en'] }] }], { 'en:clv/first': loader }).lessons[0];

describe('a lesson’s body', () => {
  it('loads once: asked again, it gives the same promise, so a page reading it again keeps what it drew', async () => {
    let calls = 0;
    const lesson = lessonLoadedBy(async () => (calls++, body));
    const first = lessonBody(lesson, 'en');
    expect(lessonBody(lesson, 'en')).toBe(first);
    expect(lessonBody(lesson, 'zh')).toBe(first); // no translation: the English body
    await first;
    expect(calls).toBe(1);
  });

  it('is loaded afresh after a load that failed', async () => {
    let calls = 0;
    const lesson = lessonLoadedBy(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(body)));
    await expect(lessonBody(lesson, 'en')).rejects.toThrow('offline');
    await expect(lessonBody(lesson, 'en')).resolves.toBe(body);
    expect(calls).toBe(2);
  });
});
