import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../src/lib/i18n';
import { clvCodec } from '../../src/widgets/clv/codec';
import { checkTyped, logStops, nearestStop, toShown } from '../../src/widgets/kit/inputs/number';

const { customers, retention, revenue, horizon } = clvCodec.fields;
afterEach(() => (i18n.locale = 'en'));

describe('what a number box accepts', () => {
  it('reads a decimal comma as a decimal point, in both languages, never as a bigger number', () => {
    expect(checkTyped(retention.spec, '40,5')).toEqual({ ok: true, value: 0.405 });
    i18n.locale = 'zh';
    expect(checkTyped(retention.spec, '40,5')).toEqual({ ok: true, value: 0.405 });
    expect(checkTyped(revenue.spec, '１５０')).toEqual({ ok: true, value: 150 });
  });

  it('refuses "20,000" with both readings, rather than read it as 20', () => {
    expect(checkTyped(customers.spec, '20,000')).toEqual({ ok: false, message: '“20,000” could mean 20 or 20000. Type 20 or 20000.' });
  });

  it('reads −0 as 0 and refuses hex and binary', () => {
    expect(checkTyped(revenue.spec, '-0')).toEqual({ ok: true, value: 0 });
    expect(Object.is((checkTyped(revenue.spec, '-0') as { value: number }).value, 0)).toBe(true);
    expect(checkTyped(revenue.spec, '0x10')).toEqual({ ok: false, message: 'Enter a number, such as 12 or 12.5.' });
    expect(checkTyped(revenue.spec, '0b11').ok).toBe(false);
  });

  it('says the range in the learner’s units and the locale’s number format', () => {
    expect(checkTyped(revenue.spec, '-5')).toEqual({ ok: false, message: 'Enter a value from 0 to 1,000,000.' });
    expect(checkTyped(retention.spec, '140')).toEqual({ ok: false, message: 'Enter a value from 0% to 100%.' });
    i18n.locale = 'zh';
    expect(checkTyped(customers.spec, '0')).toEqual({ ok: false, message: '请输入 1 到 10,000,000 之间的数值。' });
  });

  it('asks for a whole number where the model counts', () => {
    expect(checkTyped(horizon.spec, '2.5')).toEqual({ ok: false, message: 'Enter a whole number.' });
    expect(checkTyped(customers.spec, '20000,5')).toEqual({ ok: false, message: 'Enter a whole number.' });
  });

  it('shows percentages as typed: 0.45 as 45, not 45.00000000000001', () => {
    expect(toShown(retention.spec, 0.45)).toBe(45);
    expect(toShown(retention.spec, 0.07)).toBe(7);
  });
});

describe('a slider over a wide range', () => {
  const stops = logStops(1, 100_000);

  it('moves in steps of about a fifth, not one customer per key press', () => {
    expect(stops[0]).toBe(1);
    expect(stops.at(-1)).toBe(100_000);
    expect(stops.length).toBeLessThan(70);
    for (let i = 1; i < stops.length; i++) {
      expect(stops[i] / stops[i - 1]).toBeLessThanOrEqual(2);
      expect(stops[i]).toBeGreaterThan(stops[i - 1]);
    }
    expect(stops).toContain(20_000);
  });

  it('finds the stop nearest a typed value', () => {
    expect(stops[nearestStop(stops, 20_000)]).toBe(20_000);
    expect(stops[nearestStop(stops, 12_345)]).toBe(12_000);
    expect(stops[nearestStop(stops, 1_000_000)]).toBe(100_000);
  });
});
