import { describe, expect, it } from 'vitest';
import { readSaved } from '../../src/app/progress/saved';

describe('saved progress is read forgivingly', () => {
  it('reads a good value', () => {
    const saved = readSaved(
      JSON.stringify({ version: 1, locale: 'zh', theme: 'dark', answers: { 'clv/four-steps#x': 2 }, lastLesson: 'clv/four-steps' }),
    );
    expect(saved).toEqual({ version: 1, locale: 'zh', theme: 'dark', answers: { 'clv/four-steps#x': 2 }, lastLesson: 'clv/four-steps' });
  });

  it.each([
    ['nothing saved', null],
    ['corrupted JSON', '{"version":1,'],
    ['a different version', JSON.stringify({ version: 0, theme: 'dark' })],
    ['not an object', '"hello"'],
    ['null', 'null'],
  ])('starts afresh from %s', (_, raw) => {
    expect(readSaved(raw)).toEqual({ version: 1, answers: {} });
  });

  it('keeps what is valid and drops what is not', () => {
    const saved = readSaved(
      JSON.stringify({ version: 1, locale: 'fr', theme: 'purple', answers: { a: 1, b: -1, c: 'x', d: 1.5 }, lastLesson: '../../x' }),
    );
    expect(saved).toEqual({ version: 1, answers: { a: 1 } });
  });
});
