/**
 * A lesson as a deck: which slide is showing, and how to move. Slide 0 is the title; then one per `##` section,
 * or several where the section is cut by `---` (a section too long for one screen): the parts of one section share
 * its id and title.
 */
export interface Slide {
  /** The section id; '' for the title slide. */
  id: string;
  title: string;
  /** Which part of its section, from 0, and of how many. */
  part: number;
  parts: number;
}

/** The title slide, then each section's parts in order. */
export function slidesOf(title: string, sections: readonly { id: string; title: string; slides: number }[]): Slide[] {
  return [
    { id: '', title, part: 0, parts: 1 },
    ...sections.flatMap(({ id, title, slides }) => Array.from({ length: slides }, (_, part) => ({ id, title, part, parts: slides }))),
  ];
}

export class Deck {
  /** Replaced when the lesson is shown in another language: the same slides, their ids in that language. */
  slides: Slide[] = $state([]);
  index = $state(0);

  constructor(slides: Slide[], start = 0) {
    this.slides = slides;
    this.index = this.clamp(start);
  }

  clamp(index: number): number {
    return Math.min(this.slides.length - 1, Math.max(0, Math.round(index)));
  }

  go(index: number): void {
    this.index = this.clamp(index);
  }

  get current(): Slide {
    return this.slides[this.index];
  }

  get next(): Slide | undefined {
    return this.slides[this.index + 1];
  }
}
