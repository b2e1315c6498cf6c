/**
 * Reads a number the way a person types it, in either of the course's
 * languages: "1,5" and "1.5" are both one and a half; "20,000" could be twenty
 * thousand or twenty, so it is refused with both readings rather than guessed;
 * full-width digits from a Chinese input method are read as digits; hex, binary,
 * exponents and "Infinity" are refused. "-0" is read as 0.
 */

export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' }
  | { ok: false; reason: 'ambiguous'; readings: [number, number] };

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '－': '-', '＋': '+', '−': '-', '　': ' ' };

function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．，－＋−　]/g, (c) => FULL_WIDTH[c])
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
}

const number = (sign: string, digits: string) => Number(`${sign === '-' ? '-' : ''}${digits}`) + 0; // + 0 turns −0 into 0

export function parseTypedNumber(text: string): ParsedNumber {
  const t = normalise(text);
  if (t === '') return { ok: false, reason: 'empty' };
  const m = /^([+-]?)(.*)$/.exec(t)!;
  const [, sign, body] = m;

  // Plain: 12, 12.5, 12,5, .5, 12.
  if (/^(\d+([.,]\d*)?|[.,]\d+)$/.test(body)) {
    if (/^\d{1,3},\d{3}$/.test(body)) {
      return { ok: false, reason: 'ambiguous', readings: [number(sign, body.replace(',', '.')), number(sign, body.replace(',', ''))] };
    }
    return { ok: true, value: number(sign, body.replace(',', '.')) };
  }
  // Grouped thousands with the other mark for decimals: 20,000 000 / 1,234.5 / 1.234,5 / 20 000,5.
  const grouped = /^\d{1,3}(?:([,. ])\d{3})(?:\1\d{3})*(?:([.,])(\d+))?$/.exec(body);
  if (grouped) {
    const [, group, decimal] = grouped;
    if (decimal === group) return { ok: false, reason: 'not-a-number' };
    // One point group with nothing after it ("1.234") was handled above as a decimal; here groups are unambiguous.
    const [whole, fraction] = decimal ? [body.slice(0, body.lastIndexOf(decimal)), body.slice(body.lastIndexOf(decimal) + 1)] : [body, ''];
    return { ok: true, value: number(sign, whole.split(group).join('') + (fraction ? `.${fraction}` : '')) };
  }
  return { ok: false, reason: 'not-a-number' };
}

/** Reads a number written by the app itself (a link, saved state): plain decimal notation only. */
export function parseStoredNumber(text: string): number | undefined {
  return /^-?(\d+(\.\d+)?|\.\d+)$/.test(text) ? Number(text) + 0 : undefined;
}
