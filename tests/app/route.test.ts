import { describe, expect, it } from 'vitest';
import { href, pageKey, parseHash, withLocale } from '../../src/app/route';

describe('hash routes', () => {
  it.each([
    ['', { kind: 'root' }],
    ['#/', { kind: 'root' }],
    ['#/en', { kind: 'home', locale: 'en' }],
    ['#/zh/', { kind: 'home', locale: 'zh' }],
    ['#/en/clv', { kind: 'module', locale: 'en', module: 'clv' }],
    ['#/zh/clv/four-steps', { kind: 'lesson', locale: 'zh', module: 'clv', lesson: 'four-steps', section: undefined }],
    ['#/en/clv/four-steps/a-cohort', { kind: 'lesson', locale: 'en', module: 'clv', lesson: 'four-steps', section: 'a-cohort' }],
    ['#/en/lab', { kind: 'lab', locale: 'en', widget: undefined }],
    ['#/en/lab/clv', { kind: 'lab', locale: 'en', widget: 'clv' }],
    ['#/en/widgets', { kind: 'gallery', locale: 'en' }],
    ['#/en/a/b/c/d', { kind: 'not-found', locale: 'en', path: '/en/a/b/c/d' }],
    ['#/en/%E0%A4%A', { kind: 'module', locale: 'en', module: '%e0%a4%a' }],
  ])('%s', (hash, route) => {
    expect(parseHash(hash).route).toEqual(route);
  });

  it('ignores letter case and a trailing slash, and gives the form the app writes', () => {
    const location = parseHash('#/EN/CLV/Four-Steps/');
    expect(location.route).toMatchObject({ kind: 'lesson', locale: 'en', module: 'clv', lesson: 'four-steps' });
    expect(location.path).toBe('/en/clv/four-steps');
  });

  it('opens a language the course lacks in English, and says which it was', () => {
    const location = parseHash('#/fr/clv/four-steps');
    expect(location.route).toMatchObject({ kind: 'lesson', locale: 'en', module: 'clv' });
    expect(location.unknownLocale).toBe('fr');
    expect(location.path).toBe('/en/clv/four-steps');
    expect(parseHash('#/de').route).toEqual({ kind: 'home', locale: 'en' });
  });

  it('reads regional tags as the course’s languages, and an address without a language as English', () => {
    expect(parseHash('#/zh-TW/clv').route).toEqual({ kind: 'module', locale: 'zh', module: 'clv' });
    expect(parseHash('#/en-GB').route).toEqual({ kind: 'home', locale: 'en' });
    const bare = parseHash('#/clv/four-steps');
    expect(bare.route).toMatchObject({ kind: 'lesson', locale: 'en', module: 'clv', lesson: 'four-steps' });
    expect(bare.unknownLocale).toBeUndefined();
    expect(parseHash('#/lab/clv').route).toEqual({ kind: 'lab', locale: 'en', widget: 'clv' });
  });

  it('keeps the query for the widgets and the path for the page', () => {
    const location = parseHash('#/en/clv/four-steps?clv.retention=0.5&clv.years=4');
    expect(location.path).toBe('/en/clv/four-steps');
    expect(location.query.get('clv.retention')).toBe('0.5');
  });

  it('keeps a page’s scenarios under one key, whatever its language or section', () => {
    const key = (hash: string) => pageKey(parseHash(hash).route);
    expect(key('#/en/clv/four-steps')).toBe(key('#/zh/clv/four-steps/小结'));
    expect(key('#/en/clv/four-steps')).not.toBe(key('#/en/clv/what-is-clv'));
    expect(key('#/en/lab/clv')).not.toBe(key('#/en/lab'));
  });

  it('builds links and switches language on the same page', () => {
    expect(href('en', 'clv', 'four-steps')).toBe('#/en/clv/four-steps');
    expect(href('zh', 'clv', 'four-steps', '小结')).toBe('#/zh/clv/four-steps/%E5%B0%8F%E7%BB%93');
    expect(withLocale('/en/clv/four-steps', 'zh')).toBe('#/zh/clv/four-steps');
    expect(withLocale('/', 'zh')).toBe('#/zh');
  });
});

describe('resolving a route against the course', async () => {
  const { resolvePage } = await import('../../src/app/pages/resolve');
  const { course } = await import('../../src/app/content/catalog.svelte');
  it('finds module 6 and its lessons, with neighbours and the section', () => {
    expect(resolvePage(parseHash('#/en/clv').route, course)).toMatchObject({ kind: 'module', module: { slug: 'clv' } });
    const page = resolvePage(parseHash('#/zh/clv/four-steps/x').route, course);
    expect(page).toMatchObject({ kind: 'lesson', lesson: { key: 'clv/four-steps' }, previous: { slug: 'where-value-comes-from' }, section: 'x' });
  });
  it.each(['#/en/nope', '#/en/clv/nope', '#/xx/clv'])('sends %s to not-found', (hash) => {
    expect(resolvePage(parseHash(hash).route, course).kind).toBe('not-found');
  });
  it('knows the lab, its calculators and the gallery', () => {
    expect(resolvePage(parseHash('#/en/lab').route, course)).toEqual({ kind: 'lab' });
    expect(resolvePage(parseHash('#/en/lab/clv').route, course)).toEqual({ kind: 'lab', widget: 'clv' });
    // The lab page itself says "not found" for a widget the registry lacks (a browser test checks it).
    expect(resolvePage(parseHash('#/en/lab/nope').route, course)).toEqual({ kind: 'lab', widget: 'nope' });
    expect(resolvePage(parseHash('#/en/widgets').route, course)).toEqual({ kind: 'gallery' });
  });
});
