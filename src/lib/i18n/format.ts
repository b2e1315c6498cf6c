/** Numbers and lists in the current locale. Formatters are built once each: charts format on every slider move. */
import { i18n, LOCALE_TAGS } from './locale.svelte';

const formats = new Map<string, Intl.NumberFormat>();

function formatter(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${i18n.locale}:${name}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(LOCALE_TAGS[i18n.locale], options)));
  return format;
}

// 'negative' shows no sign for zero, so −0 and a value that rounds to zero read "0", never "-0".
const noMinusZero = { signDisplay: 'negative' } as const;

/** A number with a fixed number of decimals. */
export function formatNumber(value: number, decimals = 0): string {
  return formatter(`fixed${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, ...noMinusZero }).format(value);
}

/**
 * An expected count, such as customers still buying: whole above 100, with
 * decimals below, so a cohort of 1 shows "0.16", not "0".
 */
export function formatCount(value: number): string {
  const magnitude = Math.abs(value);
  return formatNumber(value, magnitude >= 100 || Number.isInteger(value) ? 0 : magnitude >= 10 ? 1 : 2);
}

/** A share in [0, 1] as a percentage. */
export function formatPercent(share: number, decimals = 0): string {
  return `${formatNumber(share * 100, decimals)}%`;
}

/** A large number in short form: 20K in English, 2万 in Chinese. */
export function formatCompact(value: number): string {
  return formatter('compact', { notation: 'compact', maximumFractionDigits: 1, ...noMinusZero }).format(value);
}

/** A signed change: "+5.39", "−2.10", "0.00". */
export function formatChange(value: number, decimals = 0): string {
  return formatter(`change${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero' }).format(value);
}

const lists = new Map<string, Intl.ListFormat>();

/** "A, B and C" / "A、B和C". */
export function formatList(items: string[]): string {
  let list = lists.get(i18n.locale);
  if (!list) lists.set(i18n.locale, (list = new Intl.ListFormat(LOCALE_TAGS[i18n.locale], { type: 'conjunction' })));
  return list.format(items);
}
