/** The course's languages, and the one in use. The app sets it from the route; everything below reads it. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文' };
/** BCP 47 tags for the lang attribute and Intl. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

export const i18n = $state({ locale: 'en' as Locale });

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
