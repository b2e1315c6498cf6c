import { describe, expect, it } from 'vitest';
import { href, parseHash, withLocale } from '../../src/app/route';

describe('hash routes', () => {
  it.each([
    ['', { kind: 'root' }],
    ['#/', { kind: 'root' }],
    ['#/en', { kind: 'home', locale: 'en' }],
    ['#/zh/', { kind: 'home', locale: 'zh' }],
    ['#/en/clv', { kind: 'module', locale: 'en', module: 'clv' }],
    ['#/zh/clv/four-steps', { kind: 'lesson', locale: 'zh', module: 'clv', lesson: 'four-steps' }],
    ['#/en/lab', { kind: 'lab', locale: 'en', widget: undefined }],
    ['#/en/lab/clv', { kind: 'lab', locale: 'en', widget: 'clv' }],
    ['#/fr/clv', { kind: 'not-found', locale: 'en', path: '/fr/clv' }],
    ['#/en/a/b/c', { kind: 'not-found', locale: 'en', path: '/en/a/b/c' }],
    ['#/en/%E0%A4%A', { kind: 'module', locale: 'en', module: '%E0%A4%A' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash).route).toEqual(route);
  });

  it('keeps the query for the widget and the path for the page', () => {
    const location = parseHash('#/en/clv/four-steps?retention=0.5&years=4');
    expect(location.path).toBe('/en/clv/four-steps');
    expect(location.query.get('retention')).toBe('0.5');
    expect(location.query.get('years')).toBe('4');
  });

  it('builds links and switches language on the same page', () => {
    expect(href('en', 'clv', 'four-steps')).toBe('#/en/clv/four-steps');
    expect(withLocale('/en/clv/four-steps', 'zh')).toBe('#/zh/clv/four-steps');
    expect(withLocale('/', 'zh')).toBe('#/zh');
  });
});
