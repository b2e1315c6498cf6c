/** The learner's language when the address names none, and the theme in use. */
import type { Locale } from './i18n';
import { progress } from './progress/store.svelte';

export function preferredLocale(): Locale {
  return progress.locale ?? (navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en');
}
