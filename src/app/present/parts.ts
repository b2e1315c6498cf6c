/**
 * A section cut by `---` into several slides: which of its blocks each part holds. The heading heads every part;
 * the breaks themselves show nothing.
 */
const isBreak = (el: Element) => el.tagName === 'HR';
const isHeading = (el: Element) => el.tagName === 'H2';

/** The section's blocks in `part` (counting from 0), its heading left out. */
export function partOf(section: Element, part: number): Element[] {
  let k = 0;
  return [...section.children].filter((child) => {
    if (isBreak(child)) k++;
    return k === part && !isBreak(child) && !isHeading(child);
  });
}

/** Shows only `part` of the section under its heading, with the part's first paragraph as the slide's lead. */
export function showPart(section: Element, part: number): void {
  const shown = partOf(section, part);
  const lead = shown.find((child) => child.tagName === 'P');
  for (const child of section.children) {
    if (isBreak(child) || isHeading(child)) continue;
    child.toggleAttribute('data-off-slide', !shown.includes(child));
    child.toggleAttribute('data-lead', child === lead);
  }
}
