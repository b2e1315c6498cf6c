/**
 * The interface language and number formats. The locale lives in the route;
 * the app sets it here so every component reads the same one.
 */
import { en, type MessageKey } from './en';
import { zh } from './zh';

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文' };
/** BCP 47 tags for the lang attribute and Intl. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, zh };

export const i18n = $state({ locale: 'en' as Locale });

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

type Params = Record<string, string | number>;

export function t(key: MessageKey, params: Params = {}): string {
  return dictionaries[i18n.locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const formats = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build and charts format on every slider move: build each once. */
function formatter(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${i18n.locale}:${name}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[i18n.locale], options);
    formats.set(key, format);
  }
  return format;
}

/** A number in the current locale, with a fixed number of decimals. */
export function formatNumber(value: number, decimals = 0): string {
  return formatter(`fixed${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A share in [0, 1] as a percentage in the current locale. */
export function formatPercent(share: number, decimals = 0): string {
  return `${formatNumber(share * 100, decimals)}%`;
}

/** A large number in short form: 20K in English, 2万 in Chinese. */
export function formatCompact(value: number): string {
  return formatter('compact', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
