import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFile, mergeSaved, toFile } from '../../src/app/progress/file';
import { empty, readSaved, type Saved } from '../../src/app/progress/saved';

const answer = { first: 0, firstRight: false, last: 2, attempts: 2 };
const good: Saved = {
  version: 2,
  locale: 'zh',
  theme: 'dark',
  answers: { 'clv/four-steps#x': answer },
  predictions: { 'clv/four-steps#p': { guess: 55, answer: 56.95 } },
  lessons: { 'clv/four-steps': { reached: true } },
  last: { lesson: 'clv/four-steps', section: 'summary' },
  scenarios: { k1: { widget: 'clv', name: 'Telecom, 5 years', record: { retention: '0.6', horizon: '5' }, saved: '2026-12-01T10:00:00.000Z' } },
};

describe('saved progress is read without ever failing or hiding a loss', () => {
  it('reads a good value, losing nothing', () => {
    expect(readSaved(JSON.stringify(good))).toEqual({ saved: good, lost: [] });
  });

  it('starts afresh from nothing, with nothing lost', () => {
    expect(readSaved(null)).toEqual({ saved: empty(), lost: [] });
  });

  it('migrates version 1 (one chosen option per check, the last lesson)', () => {
    const v1 = JSON.stringify({ version: 1, theme: 'light', answers: { 'clv/four-steps#x': 2 }, lastLesson: 'clv/four-steps' });
    expect(readSaved(null, v1)).toEqual({
      saved: { ...empty(), theme: 'light', answers: { 'clv/four-steps#x': { first: 2, last: 2, attempts: 1 } }, last: { lesson: 'clv/four-steps' } },
      lost: [],
    });
  });

  it.each([
    ['not JSON', '{not json'],
    ['truncated', JSON.stringify(good).slice(0, 40)],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['no version', JSON.stringify({ answers: {} })],
    ['a version that is not a number', JSON.stringify({ version: 'two' })],
  ])('says it could not read a value that is %s', (_, raw) => {
    expect(readSaved(raw)).toEqual({ saved: empty(), lost: [{ kind: 'unreadable' }] });
  });

  it('reads what it understands of a newer version, and says so', () => {
    const newer = JSON.stringify({ ...good, version: 3, badges: ['x'], answers: { ...good.answers, 'clv/x#y': { first: 1, last: 1, attempts: 1, confidence: 0.8 } } });
    const { saved, lost } = readSaved(newer);
    expect(lost).toEqual([{ kind: 'newer', version: 3 }]);
    expect(saved.answers['clv/four-steps#x']).toEqual(answer);
    expect(saved.answers['clv/x#y']).toEqual({ first: 1, last: 1, attempts: 1 });
    expect(saved.theme).toBe('dark');
  });

  it('keeps what is valid in a wrong-shaped value and counts what it left out', () => {
    const { saved, lost } = readSaved(
      JSON.stringify({
        version: 2,
        locale: 'fr',
        theme: 'purple',
        answers: { a: { first: 1, last: 1, attempts: 1 }, b: -1, c: 'x', d: 1.5, e: { first: 0, last: 0, attempts: 0 }, f: { first: 0 } },
        predictions: { 'clv/four-steps#p': { guess: 'many', answer: 3 }, 'bad key': { guess: 1, answer: 1 } },
        lessons: 'all of them',
        last: { lesson: '../../x' },
        scenarios: { ok: good.scenarios.k1, 'bad id!': good.scenarios.k1, noName: { ...good.scenarios.k1, name: ' ' }, numbers: { ...good.scenarios.k1, record: { retention: 0.6 } } },
      }),
    );
    expect(saved).toEqual({ ...empty(), answers: { a: { first: 1, last: 1, attempts: 1 } }, scenarios: { ok: good.scenarios.k1 } });
    expect(lost).toEqual([{ kind: 'entries', count: 14 }]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: 2, answers: v, lessons: v, predictions: v, last: v }))), (raw) => {
        const { saved } = readSaved(raw);
        expect(saved.version).toBe(2);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a progress file', () => {
  it('round-trips', () => {
    expect(fromFile(toFile(good))).toEqual({ ok: true, saved: good, lost: [] });
  });

  it.each([
    ['not JSON', 'PK\u0003\u0004binary', 'not-json'],
    ['JSON of something else', JSON.stringify({ hello: 'world' }), 'not-progress'],
    ['another app’s file', JSON.stringify({ kind: 'other-app', saved: good }), 'not-progress'],
    ['a progress file with nothing readable', JSON.stringify({ kind: 'cvm-course-progress', saved: { version: 'x' } }), 'not-progress'],
  ])('is refused when it is %s', (_, text, reason) => {
    expect(fromFile(text)).toEqual({ ok: false, reason });
  });

  it('merges with what is here: more attempts win, reached stays reached, nothing is dropped', () => {
    const here: Saved = { ...empty(), theme: 'light', answers: { 'a/b#1': { first: 0, last: 0, attempts: 1 } }, lessons: { 'a/b': {} } };
    const there: Saved = { ...empty(), answers: { 'a/b#1': { first: 0, last: 1, attempts: 2 }, 'a/b#2': { first: 1, last: 1, attempts: 1 } }, lessons: { 'a/b': { reached: true } } };
    const merged = mergeSaved(here, there);
    expect(merged.answers).toEqual(there.answers);
    expect(merged.lessons).toEqual({ 'a/b': { reached: true } });
    expect(merged.theme).toBe('light');
  });
});
