import { describe, expect, it } from 'vitest';
import { readSaved } from '../../src/app/progress/saved';

describe('saved progress is read forgivingly', () => {
  it('reads a good value', () => {
    const good = { version: 2, locale: 'zh', theme: 'dark', answers: { 'clv/four-steps#x': { first: 0, firstRight: false, last: 2, attempts: 2 } }, lastLesson: 'clv/four-steps' };
    expect(readSaved(JSON.stringify(good))).toEqual(good);
  });

  it('migrates version 1, which kept one chosen option per check', () => {
    const v1 = JSON.stringify({ version: 1, theme: 'light', answers: { 'clv/four-steps#x': 2 }, lastLesson: 'clv/four-steps' });
    expect(readSaved(null, v1)).toEqual({
      version: 2,
      theme: 'light',
      answers: { 'clv/four-steps#x': { first: 2, last: 2, attempts: 1 } },
      lastLesson: 'clv/four-steps',
    });
  });

  it.each([
    ['nothing saved', null],
    ['corrupted JSON', '{"version":2,'],
    ['an unknown version', JSON.stringify({ version: 9, theme: 'dark' })],
    ['not an object', '"hello"'],
    ['null', 'null'],
  ])('starts afresh from %s', (_, raw) => {
    expect(readSaved(raw)).toEqual({ version: 2, answers: {} });
  });

  it('keeps what is valid and drops what is not', () => {
    const saved = readSaved(
      JSON.stringify({
        version: 2,
        locale: 'fr',
        theme: 'purple',
        answers: { a: { first: 1, last: 1, attempts: 1 }, b: -1, c: 'x', d: 1.5, e: { first: 0, last: 0, attempts: 0 }, f: { first: 0 } },
        lastLesson: '../../x',
      }),
    );
    expect(saved).toEqual({ version: 2, answers: { a: { first: 1, last: 1, attempts: 1 } } });
  });
});
