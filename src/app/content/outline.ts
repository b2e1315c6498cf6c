/**
 * The one reading of a lesson's Markdown tree, shared by the page and the
 * course index, so a section's id is the same in both (a heading with a link
 * or emphasis included): sections with their speaker notes and plain text,
 * knowledge checks, and the glossary terms a section marks.
 */
import { headingId } from './frontmatter.ts';

export interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown> };
}

export interface SectionOutline {
  id: string;
  title: string;
  /** The speaker notes under the section, as plain text. */
  notes: string;
  /** What the reader sees in the section, as plain text (for search). */
  text: string;
  /** Glossary term ids marked in the section (`<Term id="…">`). */
  terms: string[];
  /** How many slides it makes in presenter mode: one, and one more after each `---` in it. */
  slides: number;
  /** A `---` with nothing after it but notes, another `---` or the section's end: a slide with nothing on it. */
  blankSlide: boolean;
}

export interface CheckOutline {
  id: string;
  question: string;
  /** The id of the section it sits in. */
  section: string;
}

export interface LessonOutline {
  sections: SectionOutline[];
  checks: CheckOutline[];
  /** A `---` before the first `##`: the introduction is no section, so it cuts nothing and shows a rule on the page. */
  cutsIntro: boolean;
}

export function textOf(node: MdNode): string {
  if (node.type === 'html') return '';
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** Block text with a space between blocks: "a. b." rather than "a.b.". */
const blockText = (node: MdNode): string =>
  node.type === 'paragraph' || node.type === 'heading' || node.type === 'text' || node.type === 'inlineCode'
    ? textOf(node)
    : (node.children ?? []).map(blockText).filter(Boolean).join(' ');

export const sectionId = (heading: MdNode) => headingId(textOf(heading));

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function outline(tree: MdNode): LessonOutline {
  const sections: SectionOutline[] = [];
  const checks: CheckOutline[] = [];
  let notes: string[] | undefined;
  let cutsIntro = false;
  // Whether the current slide has shown anything yet: only a `---` starts one with nothing on it.
  let filled = true;
  const endSlide = (section: SectionOutline | undefined) => {
    if (section && !filled) section.blankSlide = true;
  };
  for (const node of tree.children ?? []) {
    const section = sections[sections.length - 1];
    if (node.type === 'heading' && node.depth === 2) {
      endSlide(section);
      filled = true;
      const title = textOf(node).trim();
      sections.push({ id: sectionId(node), title, notes: '', text: '', terms: [], slides: 1, blankSlide: false });
      continue;
    }
    if (node.type === 'thematicBreak') {
      if (!section) cutsIntro = true;
      else {
        endSlide(section);
        filled = false;
        section.slides++;
      }
      continue;
    }
    if (!notes && !/^<\/?Notes>/.test(node.value ?? '')) filled = true;
    if (node.type === 'html') {
      const tag = node.value ?? '';
      const inline = /^<Notes>([\s\S]*)<\/Notes>\s*$/.exec(tag);
      if (inline && section) section.notes = join(section.notes, inline[1].trim());
      else if (/^<Notes>/.test(tag)) notes = [];
      else if (/^<\/Notes>/.test(tag)) {
        if (section && notes) section.notes = join(section.notes, notes.join(' '));
        notes = undefined;
      } else if (/^<Check\b/.test(tag) && section) {
        checks.push({ id: attribute(tag, 'id') ?? '', question: attribute(tag, 'question') ?? '', section: section.id });
      }
      section?.terms.push(...termsIn(node));
      continue;
    }
    const text = blockText(node).trim();
    if (notes) notes.push(text);
    else if (section) {
      section.text = join(section.text, text);
      section.terms.push(...termsIn(node));
    }
  }
  endSlide(sections[sections.length - 1]);
  return { sections, checks, cutsIntro };
}

/** Term ids in inline markup: `<Term id="cohort">cohort</Term>` inside a paragraph. */
function termsIn(node: MdNode): string[] {
  if (node.type === 'html') return [...(node.value ?? '').matchAll(/<Term\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]);
  return (node.children ?? []).flatMap(termsIn);
}

const join = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);

/**
 * The rendering side (an mdsvex remark plugin): every `##` heading gets the
 * id the index gave its section, and the lesson module's `metadata` carries
 * the sections, so the page can list its contents and the presenter its slides.
 */
export function remarkLessonOutline() {
  return (tree: MdNode, file: { data: { fm?: Record<string, unknown> } }) => {
    for (const node of tree.children ?? []) {
      if (node.type === 'heading' && node.depth === 2) {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: sectionId(node) } };
      }
    }
    if (file.data.fm) file.data.fm.sections = outline(tree).sections.map(({ id, title, slides }) => ({ id, title, slides }));
  };
}
