import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { provideCourseText } from '../../src/app/content/catalog.svelte';
import { buildCourse } from '../../src/app/content/course';
import { i18n } from '../../src/app/i18n';
import LessonPage from '../../src/app/pages/LessonPage.svelte';
import FakeLesson from './FakeLesson.svelte';

const metadata = { title: 'An English-only lesson', objectives: ['Read the English text'], sections: [{ id: 'only-section', title: 'Only section', slides: 1 }] };
const course = buildCourse([{ slug: 'clv', number: 6, lessons: [{ slug: 'only', order: 1, locales: ['en'] }] }], {
  'en:clv/only': async () => ({ default: FakeLesson, metadata }),
});
const lessonText = (translated: boolean) => ({ title: 'An English-only lesson', minutes: 7, translated });
provideCourseText('en', { modules: { clv: { title: 'CLV', summary: 's' } }, lessons: { 'clv/only': lessonText(true) } });
provideCourseText('zh', { modules: { clv: { title: '客户终生价值', summary: 's' } }, lessons: { 'clv/only': lessonText(false) } });

afterEach(() => {
  i18n.locale = 'en';
});

describe('lesson page', () => {
  it('shows an untranslated lesson in English, marked as English, with a notice in Chinese', async () => {
    i18n.locale = 'zh';
    render(LessonPage, { props: { locale: 'zh', lesson: course.lessons[0] } });
    expect(screen.getByText('本课尚未翻译成中文，下面显示的是英文原文。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('An English-only lesson');
    expect(await screen.findByText('English lesson body.')).toBeTruthy();
    expect(screen.getByText('学完本课，你将能够')).toBeTruthy();
    expect(screen.getByRole('article').getAttribute('lang')).toBe('en');
    expect(screen.getByRole('link', { name: '客户终生价值' })).toBeTruthy();
  });

  it('shows objectives, minutes and contents whose links carry the section', async () => {
    render(LessonPage, { props: { locale: 'en', lesson: course.lessons[0] } });
    expect(screen.queryByText(/not been translated/)).toBeNull();
    expect(screen.getByText(/Lesson 1 of 1 · 7 min/)).toBeTruthy();
    expect(await screen.findByText('English lesson body.')).toBeTruthy();
    const link = screen.getByRole('navigation', { name: 'Contents' }).querySelector('a')!;
    expect(link.textContent).toBe('Only section');
    expect(link.getAttribute('href')).toBe('#/en/clv/only/only-section');
  });
});
