/** The glossary in one language, loaded the first time a page needs it (a term's pop-up, the glossary page, search). */
import type { GlossaryTerm } from '../content/course';
import type { Locale } from '../i18n';

const loaders: Record<Locale, () => Promise<{ default: GlossaryTerm[] }>> = {
  en: () => import('virtual:cvm/glossary/en'),
  zh: () => import('virtual:cvm/glossary/zh'),
};
const loaded = new Map<Locale, Promise<GlossaryTerm[]>>();

export function glossary(locale: Locale): Promise<GlossaryTerm[]> {
  let terms = loaded.get(locale);
  if (!terms) loaded.set(locale, (terms = loaders[locale]().then((m) => m.default)));
  return terms;
}
