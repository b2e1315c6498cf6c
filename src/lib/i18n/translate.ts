/**
 * Messages and the function that fills them in. A message is a string with
 * {placeholders}, or a pair of forms chosen by the `count` parameter
 * ("1 customer" / "20,000 customers"). Each layer keeps its own messages: the
 * kit's and each widget's beside their code (both languages, loaded with their
 * chunk), the app's one language at a time.
 */
import { i18n, LOCALE_TAGS, type Locale } from './locale.svelte';

export type Message = string | { one: string; other: string };
export type Catalog<K extends string = string> = Record<K, Message>;
/** A catalog in every language; the Chinese must have every English key (the type check enforces it). */
export type Messages<K extends string> = Record<Locale, Catalog<K>>;
export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

const plurals = new Map<Locale, Intl.PluralRules>();

function pick(message: Message, locale: Locale, params: Params): string {
  if (typeof message === 'string') return message;
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(LOCALE_TAGS[locale])));
  return rules.select(Number(params.count)) === 'one' ? message.one : message.other;
}

export function fill(message: Message, locale: Locale, params: Params = {}): string {
  return pick(message, locale, params).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A translator over catalogs found per locale. It reads the current locale on
 * every call, so text in a component follows a change of language.
 */
export function translator<K extends string>(catalogs: (locale: Locale) => Catalog<K> | undefined): Translate<K> {
  return (key, params) => {
    const locale = i18n.locale;
    const message = catalogs(locale)?.[key] ?? catalogs('en')?.[key];
    return message === undefined ? key : fill(message, locale, params);
  };
}

/** The translator of a widget's or the kit's messages, which carry both languages. */
export function messages<K extends string>(all: Messages<K>): Translate<K> {
  return translator((locale) => all[locale]);
}
