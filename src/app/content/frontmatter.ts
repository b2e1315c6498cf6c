/**
 * The shape of a lesson's and a module's frontmatter, checked with the file
 * and the field named, so a bad lesson fails the build rather than the learner.
 * Used at build time (the course index) and by the content tests.
 */

/** What a lesson's frontmatter must say. */
export interface LessonFront {
  title: string;
  order: number;
  minutes: number;
  objectives: string[];
}

export interface ModuleMeta {
  title: string;
  summary: string;
}

export class ContentError extends Error {
  constructor(file: string, field: string, rule: string) {
    super(`${file}: frontmatter field "${field}" ${rule}`);
    this.name = 'ContentError';
  }
}

type Fields = Record<string, unknown>;

function text(file: string, data: Fields, field: string): string {
  const v = data[field];
  if (typeof v !== 'string' || v.trim() === '') throw new ContentError(file, field, 'must be a non-empty string');
  return v.trim();
}

function positiveWhole(file: string, data: Fields, field: string): number {
  const v = data[field];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new ContentError(file, field, 'must be a whole number of at least 1');
  }
  return v;
}

function fieldsOf(file: string, data: unknown): Fields {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, '(all)', 'is missing: start the file with a --- block');
  }
  return data as Fields;
}

/** The number prefix of a file or folder name: "03-four-steps.md" → 3. */
export function orderOf(name: string): number | null {
  const m = /^(\d+)-/.exec(name);
  return m ? Number(m[1]) : null;
}

/** The slug of a numbered file or folder: "03-four-steps.md" → "four-steps". */
export function slugOf(name: string): string {
  return name.replace(/\.md$/, '').replace(/^\d+-/, '');
}

/** A heading's anchor id; keeps letters of any script, so Chinese headings work. */
export function headingId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

export function lessonFront(file: string, data: unknown): LessonFront {
  const fields = fieldsOf(file, data);
  const name = file.split('/').pop() ?? file;
  const order = positiveWhole(file, fields, 'order');
  if (orderOf(name) !== order) {
    throw new ContentError(file, 'order', `must equal the file name's number (${orderOf(name) ?? 'none'})`);
  }
  const objectives = fields.objectives;
  if (
    !Array.isArray(objectives) ||
    objectives.length === 0 ||
    objectives.some((o) => typeof o !== 'string' || o.trim() === '')
  ) {
    throw new ContentError(file, 'objectives', 'must be a non-empty list of sentences');
  }
  return {
    title: text(file, fields, 'title'),
    order,
    minutes: positiveWhole(file, fields, 'minutes'),
    objectives: objectives.map((o: string) => o.trim()),
  };
}

export function moduleMeta(file: string, data: unknown): ModuleMeta {
  const fields = fieldsOf(file, data);
  return { title: text(file, fields, 'title'), summary: text(file, fields, 'summary') };
}
