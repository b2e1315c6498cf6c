/**
 * The app's interface text, one language at a time: only the current
 * locale's messages are loaded, and a switch of language loads the other
 * before the page changes. Number formats and the locale itself live in lib.
 */
import { translator, type Catalog, type Locale } from '../../lib/i18n';
import type { MessageKey } from './en';

export * from '../../lib/i18n';
export type { MessageKey };

const catalogs: Partial<Record<Locale, Catalog<MessageKey>>> = {};
const loaders: Record<Locale, () => Promise<{ default: Catalog<MessageKey> }>> = {
  en: () => import('./en'),
  zh: () => import('./zh'),
};

export async function loadInterface(locale: Locale): Promise<void> {
  catalogs[locale] ??= (await loaders[locale]()).default;
}

/** Sets the interface text of a test without the lazy load. */
export function provideInterface(locale: Locale, catalog: Catalog<MessageKey>): void {
  catalogs[locale] = catalog;
}

export const t = translator<MessageKey>((locale) => catalogs[locale]);
