import { afterEach, describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatList, formatNumber, i18n, messages } from '../../src/lib/i18n';

afterEach(() => (i18n.locale = 'en'));

const t = messages({
  en: { customers: { one: 'Of {n} customer', other: 'Of {n} customers' }, hello: 'Hello, {name}' },
  zh: { customers: '共 {n} 位客户', hello: '你好，{name}' },
});

describe('messages', () => {
  it('fills placeholders and picks the plural form by count', () => {
    expect(t('customers', { n: '1', count: 1 })).toBe('Of 1 customer');
    expect(t('customers', { n: '20,000', count: 20000 })).toBe('Of 20,000 customers');
    expect(t('hello', { name: 'Ana' })).toBe('Hello, Ana');
    i18n.locale = 'zh';
    expect(t('customers', { n: '1', count: 1 })).toBe('共 1 位客户');
  });

  it('leaves a placeholder it was not given, so a missing value shows rather than vanishes', () => {
    expect(t('hello')).toBe('Hello, {name}');
  });
});

describe('number formats', () => {
  it('never shows −0', () => {
    expect(formatNumber(-0, 2)).toBe('0.00');
    expect(formatNumber(-0.001, 2)).toBe('0.00');
    expect(formatNumber(-1.5, 1)).toBe('-1.5');
  });

  it('signs a change, and calls no change 0', () => {
    expect(formatChange(5.389, 2)).toBe('+5.39');
    expect(formatChange(-2.1, 2)).toBe('-2.10');
    expect(formatChange(0.001, 2)).toBe('0.00');
  });

  it('shows an expected count with the decimals it needs', () => {
    expect(formatCount(3600)).toBe('3,600');
    expect(formatCount(0.16)).toBe('0.16');
    expect(formatCount(12.5)).toBe('12.5');
    expect(formatCount(1)).toBe('1');
  });

  it('joins lists as each language does', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b, and c');
    i18n.locale = 'zh';
    expect(formatList(['甲', '乙', '丙'])).toBe('甲、乙和丙');
    expect(formatNumber(20000)).toBe('20,000');
  });
});
