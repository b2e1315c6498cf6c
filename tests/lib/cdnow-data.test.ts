// The CDNOW dataset the app ships: computed at build time from the transaction file, and equal to it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cdnowModule, CDNOW_FILE, summariseCdnow } from '../../src/lib/data/cdnow-plugin';
import { loadCdnow } from '../../src/lib/data/cdnow';
import { decodeSpend, encodeSpend } from '../../src/lib/data/spend';
import { cdnowCents } from '../core/cdnow';

const master = readFileSync(new URL(`../../${CDNOW_FILE}`, import.meta.url), 'utf8');
const descending = (v: readonly number[]) => [...v].sort((a, b) => b - a);

describe('the compact spend format', () => {
  it('writes sorted steps in base 36 and reads them back', () => {
    expect(encodeSpend([5, 100, 36, 0])).toBe('2s,1s,v,5');
    expect(decodeSpend('2s,1s,v,5')).toEqual([100, 36, 5, 0]);
    expect(decodeSpend('')).toEqual([]);
  });

  it('refuses amounts that are not whole cents, and text that is not the format', () => {
    expect(() => encodeSpend([1.5])).toThrow(RangeError);
    expect(() => encodeSpend([-1])).toThrow(RangeError);
    expect(() => decodeSpend('10,zz')).toThrow(/below zero/);
    expect(() => decodeSpend('10,?')).toThrow(/not valid/);
  });

  it('survives a round trip for any list of cents', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.nat(), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })), { maxLength: 200 }), (cents) => {
        expect(decodeSpend(encodeSpend(cents))).toEqual(descending(cents));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the CDNOW summary made at build time', () => {
  const summary = summariseCdnow(master);

  it('counts 23,570 customers and 69,659 purchases from 1 January 1997 to 30 June 1998', () => {
    expect(summary.customers).toBe(23_570);
    expect(summary.transactions).toBe(69_659);
    expect([summary.firstDate, summary.lastDate]).toEqual(['1997-01-01', '1998-06-30']);
  });

  it('gives every customer the same spend as the tests’ own reading of the file', () => {
    expect(descending(summary.cents)).toEqual(descending(cdnowCents()));
  });

  it('shows how many customers went quiet: 15,238 of the 23,570 bought nothing in the last 12 months (from July 1997)', () => {
    // Module 3 quotes this when it explains Curry's inactive customers.
    const last = new Map<string, string>();
    for (const line of master.split('\n').slice(1)) {
      const [id, date] = line.trim().split(/\s+/);
      if (id && date && date > (last.get(id) ?? '')) last.set(id, date);
    }
    expect(last.size).toBe(23_570);
    expect([...last.values()].filter((d) => d < '19970701').length).toBe(15_238);
  });

  it('is small once compressed: under 12 KB', () => {
    const size = gzipSync(cdnowModule(summary)).length;
    expect(size).toBeLessThan(12 * 1024);
  });
});

describe('the dataset as a widget loads it', () => {
  it('comes through the virtual module with every customer’s spend in dollars, largest first', async () => {
    const data = await loadCdnow();
    expect(data.customers).toBe(23_570);
    expect(data.revenues).toHaveLength(23_570);
    expect(data.revenues.map((d) => Math.round(d * 100))).toEqual(descending(cdnowCents()));
    expect(data.revenues.reduce((a, b) => a + b, 0)).toBeCloseTo(2_500_315.63, 2);
    expect(await loadCdnow()).toBe(data);
  }, 20_000);
});
