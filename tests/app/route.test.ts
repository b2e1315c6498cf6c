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

describe('resolving a route against the course', async () => {
  const { resolvePage } = await import('../../src/app/pages/resolve');
  const { course } = await import('../../src/app/content/catalog');
  it('finds module 6 and its lessons, with neighbours', () => {
    expect(resolvePage(parseHash('#/en/clv').route, course)).toMatchObject({ kind: 'module', module: { slug: 'clv' } });
    const page = resolvePage(parseHash('#/zh/clv/four-steps').route, course);
    expect(page).toMatchObject({ kind: 'lesson', lesson: { key: 'clv/four-steps' }, previous: { slug: 'where-value-comes-from' } });
  });
  it.each(['#/en/nope', '#/en/clv/nope', '#/en/lab/nope', '#/de'])('sends %s to not-found', (hash) => {
    expect(resolvePage(parseHash(hash).route, course).kind).toBe('not-found');
  });
  it('knows the lab and its calculators', () => {
    expect(resolvePage(parseHash('#/en/lab').route, course)).toEqual({ kind: 'lab' });
    expect(resolvePage(parseHash('#/en/lab/clv').route, course)).toEqual({ kind: 'lab', widget: 'clv' });
  });
});
