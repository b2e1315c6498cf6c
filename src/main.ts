import { mount } from 'svelte';
import App from './app/App.svelte';
import { loadCourseText } from './app/content/catalog';
import { i18n, loadInterface } from './app/i18n';
import { preferredLocale } from './app/preferences';
import { router } from './app/router.svelte';
import './app/styles.css';

// Only the language in use is loaded: its interface text and course titles, before the first paint.
const route = router.location.route;
const locale = route.kind === 'root' ? preferredLocale() : route.locale;
await Promise.all([loadInterface(locale), loadCourseText(locale)]);
i18n.locale = locale;
mount(App, { target: document.getElementById('app')! });
