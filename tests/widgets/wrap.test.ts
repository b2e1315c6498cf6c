import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth, wrapBalanced, wrapText } from '../../src/widgets/kit/chart/wrap';

describe('wrapping a label to a box', () => {
  it('estimates Chinese characters at about one em and Latin letters at a little over half', () => {
    expect(textWidth('客户', 12)).toBe(24);
    expect(textWidth('price', 10)).toBeGreaterThan(20);
    expect(textWidth('price', 10)).toBeLessThan(40);
  });

  it('breaks English between words and keeps each line within the width', () => {
    const lines = wrapText('Increase asset utilisation', 100, 12);
    expect(lines).toEqual(['Increase asset', 'utilisation']);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
  });

  it('breaks Chinese between characters, never before closing punctuation', () => {
    expect(wrapText('提高资产利用率', 50, 12)).toEqual(['提高资产', '利用率']);
    expect(wrapText('文化、领导力', 36, 12)[0]).toBe('文化、');
  });

  it('gives an over-long word a line of its own, and ends a cut label with an ellipsis', () => {
    expect(wrapText('Supercalifragilistic word', 40, 12)).toEqual(['Supercalifragilistic', 'word']);
    expect(wrapText('one two three four five six', 60, 12, 2)).toEqual(['one two', 'three…']);
  });

  it('balances lines when asked: 3 + 3 characters, not 5 + 1', () => {
    expect(wrapText('改善成本结构', 62, 12)).toEqual(['改善成本结', '构']);
    expect(wrapBalanced('改善成本结构', 62, 12)).toEqual(['改善成', '本结构']);
    expect(wrapBalanced('Long-term shareholder value', 400, 12)).toEqual(['Long-term shareholder value']);
    const lines = wrapBalanced('Expand revenue opportunities', 110, 12);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe('Expand revenue opportunities');
  });

  it('loses no text when nothing is cut', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('value', 'customer', '客户', '价值', 'a', 'map'), { minLength: 1, maxLength: 12 }), fc.integer({ min: 20, max: 300 }), (words, width) => {
        const text = words.join(' ');
        expect(wrapText(text, width, 12).join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });
});
