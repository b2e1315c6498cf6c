/** The course index's virtual modules (./plugin.ts). */
declare module 'virtual:cvm/course' {
  export const modules: {
    slug: string;
    number: number;
    lessons: { slug: string; order: number; locales: ('en' | 'zh')[] }[];
  }[];
}

declare module 'virtual:cvm/lessons' {
  /** "en:clv/four-steps" → the lesson's module. */
  export const loaders: Record<string, () => Promise<import('./course').LessonModule>>;
}

declare module 'virtual:cvm/text/*' {
  const text: import('./course').CourseText;
  export default text;
}

declare module 'virtual:cvm/index/*' {
  const lessons: import('./course').LessonIndex[];
  export default lessons;
}

declare module 'virtual:cvm/glossary/*' {
  const terms: import('./course').GlossaryTerm[];
  export default terms;
}

declare module 'virtual:cvm/checks' {
  /** "clv/four-steps" → its check ids. */
  const checks: Record<string, string[]>;
  export default checks;
}
