import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStoredNumber, parseTypedNumber } from '../../src/lib/number';

const value = (text: string) => {
  const parsed = parseTypedNumber(text);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe('a typed number is read as the person meant it, or refused', () => {
  it.each([
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['12,34', 12.34],
    ['1,2345', 1.2345],
    ['.5', 0.5],
    [',5', 0.5],
    ['5.', 5],
    ['+4', 4],
    ['−3', -3],
    ['-12,5', -12.5],
    ['1,000,000', 1_000_000],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234', 1.234],
    ['1.234.567', 1_234_567],
    ['20 000', 20_000],
    ['20 000,5', 20_000.5],
    ['１２', 12],
    ['１，５', 1.5],
    ['  40  ', 40],
  ])('%s is %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads −0 as 0, not as negative zero', () => {
    expect(Object.is(value('-0'), 0)).toBe(true);
    expect(Object.is(value('-0,0'), 0)).toBe(true);
  });

  it.each(['0x1F', '0b101', '0o17', '1e3', 'Infinity', 'NaN', 'abc', '1,,5', '1.2.3', '1,23,456', '--1', '1 5', '1,234,5', '½'])(
    'refuses %s',
    (text) => {
      expect(value(text)).toBe('not-a-number');
    },
  );

  it('says an empty field is empty', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
  });

  it('refuses "20,000" and names both readings, rather than guess between twenty thousand and twenty', () => {
    expect(parseTypedNumber('20,000')).toEqual({ ok: false, reason: 'ambiguous', readings: [20, 20_000] });
    expect(parseTypedNumber('-1,500')).toEqual({ ok: false, reason: 'ambiguous', readings: [-1.5, -1500] });
  });

  it('reads back every number written in plain decimal notation, with a point or a comma', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (v, decimals) => {
        const written = v.toFixed(decimals);
        const expected = Number(written) + 0;
        expect(value(written)).toBe(expected);
        // Written with a decimal comma, unless that is the ambiguous "d,ddd".
        if (!/^-?\d{1,3}\.\d{3}$/.test(written)) expect(value(written.replace('.', ','))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('never returns a number that is not finite', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseTypedNumber(text);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a stored number (a link, saved state) is read strictly', () => {
  it.each([
    ['0.45', 0.45],
    ['20000', 20000],
    ['-0', 0],
    ['.5', 0.5],
  ])('%s is %d', (text, expected) => {
    expect(parseStoredNumber(text)).toBe(expected);
  });
  it.each(['', '0x10', '1e3', '1,5', ' 1', 'Infinity', '+1', '1.'])('refuses %j', (text) => {
    expect(parseStoredNumber(text)).toBeUndefined();
  });
});
