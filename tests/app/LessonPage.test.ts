import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/app/content/course';
import type { LessonMeta } from '../../src/app/content/frontmatter';
import { i18n } from '../../src/app/i18n/index.svelte';
import LessonPage from '../../src/app/pages/LessonPage.svelte';
import FakeLesson from './FakeLesson.svelte';

const meta: LessonMeta = {
  title: 'An English-only lesson',
  order: 1,
  minutes: 7,
  objectives: ['Read the English text'],
  sections: [{ id: 'only-section', title: 'Only section' }],
  checks: 0,
};
const course = buildCourse({
  modules: { '/content/en/06-clv/module.md': { title: 'CLV', summary: 's' }, '/content/zh/06-clv/module.md': { title: '客户终生价值', summary: 's' } },
  lessons: { '/content/en/06-clv/01-only.md': meta },
  loaders: { '/content/en/06-clv/01-only.md': async () => ({ default: FakeLesson }) },
});

afterEach(() => {
  i18n.locale = 'en';
});

describe('lesson page', () => {
  it('shows an untranslated lesson in English, marked as English, with a notice in Chinese', async () => {
    i18n.locale = 'zh';
    render(LessonPage, { props: { locale: 'zh', lesson: course.lessons[0] } });
    expect(screen.getByText('本课尚未翻译成中文，下面显示的是英文原文。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('An English-only lesson');
    expect(screen.getByText('学完本课，你将能够')).toBeTruthy();
    expect(await screen.findByText('English lesson body.')).toBeTruthy();
    expect(screen.getByRole('article').getAttribute('lang')).toBe('en');
    expect(screen.getByRole('link', { name: '客户终生价值' })).toBeTruthy();
  });

  it('shows objectives, minutes and a table of contents in English', async () => {
    render(LessonPage, { props: { locale: 'en', lesson: course.lessons[0] } });
    expect(screen.queryByText(/not been translated/)).toBeNull();
    expect(screen.getByText(/Lesson 1 of 1 · 7 min/)).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Contents' }).textContent).toContain('Only section');
    expect(await screen.findByText('English lesson body.')).toBeTruthy();
  });
});
