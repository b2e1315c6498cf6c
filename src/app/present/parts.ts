/**
 * A section cut by `---` into several slides: which of its blocks each part holds. The heading heads every part;
 * the breaks themselves show nothing.
 */
const isBreak = (el: Element) => el.tagName === 'HR';
const isHeading = (el: Element) => el.tagName === 'H2';
/** A widget (or the room held for it) or a check: what the room works with, and what the words after it debrief. */
const isActivity = (el: Element) => el.matches('.widget, .waiting, form');

/** The section's blocks in `part` (counting from 0), its heading left out. */
export function partOf(section: Element, part: number): Element[] {
  let k = 0;
  return [...section.children].filter((child) => {
    if (isBreak(child)) k++;
    return k === part && !isBreak(child) && !isHeading(child);
  });
}

/** The paragraph a slide says in words: the part's first, unless a widget or check comes before it (then it debriefs). */
export function leadOf(blocks: Element[]): Element | undefined {
  const first = blocks.findIndex((b) => b.tagName === 'P');
  return first >= 0 && !blocks.slice(0, first).some(isActivity) ? blocks[first] : undefined;
}

/** Shows only `part` of the section under its heading, with its lead paragraph. */
export function showPart(section: Element, part: number): void {
  const shown = partOf(section, part);
  const lead = leadOf(shown);
  for (const child of section.children) {
    if (isBreak(child) || isHeading(child)) continue;
    child.toggleAttribute('data-off-slide', !shown.includes(child));
    child.toggleAttribute('data-lead', child === lead);
  }
}
