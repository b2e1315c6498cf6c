/**
 * Text in a chart, measured without a browser: an estimate of a label's
 * width (Chinese characters are one em wide, Latin letters about half), and
 * lines wrapped to a width, breaking between words in English and between
 * characters in Chinese (never before closing punctuation). Estimates err on
 * the wide side, so a label laid out to fit does fit.
 */

const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NARROW = /[ il.,:;'’|!()[\]·]/;
const CAPITAL = /[A-Z%MW—–]/;
/** Closing punctuation stays with the character before it. */
const CLOSING = /^[，。、；：？！）》」』】”’,.;:?!)\]%]/;

/** About how wide `text` is at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (WIDE.test(ch)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (NARROW.test(ch)) em += 0.32;
    else if (CAPITAL.test(ch)) em += 0.72;
    else em += 0.58;
  }
  return em * fontSize;
}

/** Break points: words with their following space in Latin text, single characters in Chinese. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (WIDE.test(ch)) {
      if (word) out.push(word);
      word = '';
      if (CLOSING.test(ch) && out.length > 0) out[out.length - 1] += ch;
      else out.push(ch);
    } else if (ch === ' ') {
      out.push(word + ' ');
      word = '';
    } else if (word === '' && CLOSING.test(ch) && out.length > 0 && !out[out.length - 1].endsWith(' ')) {
      out[out.length - 1] += ch;
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/** `text` in lines no wider than `maxWidth` (a single word wider than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    const next = line + token;
    if (line !== '' && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
