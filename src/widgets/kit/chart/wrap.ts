/**
 * Labels that fit a box in an SVG, which does not wrap text by itself. Widths
 * are estimated from the characters (a Chinese character is about one em, a
 * Latin letter a little over half), so layout stays pure and testable and
 * needs no measuring in the page. The estimates err on the wide side.
 */

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** About how wide a text is at a font size, in pixels. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (CJK.test(ch)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else if (/[il.,:;'’|!]/.test(ch)) em += 0.3;
    else if (/[mw]/.test(ch)) em += 0.85;
    else em += 0.56;
  }
  return em * fontSize;
}

const NO_LINE_START = /^[，。、：；）」』！？,.;:)]/;

/** Where a line may break: after a space or a hyphen or slash, and between Chinese characters. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (ch === ' ' || ch === '-' || ch === '/') {
      out.push(word + ch);
      word = '';
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/**
 * Breaks a text into lines no wider than `width` (a single word wider than
 * the box gets a line of its own). At most `maxLines` lines: the last one
 * ends with an ellipsis if text was left over.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines = Infinity): string[] {
  return greedy(text, width, fontSize, maxLines);
}

/**
 * Like wrapText, but with lines of about equal length: the narrowest width
 * that needs no more lines than `width` does (so "改善成本结构" in a box for
 * five characters breaks 3 + 3, not 5 + 1).
 */
export function wrapBalanced(text: string, width: number, fontSize: number, maxLines = Infinity): string[] {
  const lines = greedy(text, width, fontSize, maxLines);
  if (lines.length < 2) return lines;
  let best = lines;
  for (let w = width - 2; w >= width / 2; w -= 2) {
    const tried = greedy(text, w, fontSize, maxLines);
    if (tried.length > lines.length || tried.some((l) => l.endsWith('…') && !lines.some((k) => k.endsWith('…')))) break;
    best = tried;
  }
  return best;
}

function greedy(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text.trim())) {
    const candidate = line + piece;
    // A line never starts with closing punctuation: it stays with the character before it.
    if (line && !NO_LINE_START.test(piece) && textWidth(candidate.trimEnd(), fontSize) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1].replace(/[\s,;:–-]+$/, '')}…`;
  return kept;
}
