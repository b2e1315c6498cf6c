import { mount } from 'svelte';
import App from './app/App.svelte';
import { loadCourseText } from './app/content/catalog.svelte';
import { i18n, loadInterface } from './app/i18n';
import { registerServiceWorker } from './app/offline/service-worker.svelte';
import { preferredLocale } from './app/preferences';
import { router } from './app/router.svelte';
import './app/styles.css';

// Only the language in use is loaded: its interface text and course titles, before the first paint.
// (A promise, not a top-level await: with one, the bundler splits the app's shared code into many small chunks.)
const route = router.location.route;
const locale = route.kind === 'root' ? preferredLocale() : route.locale;
Promise.all([loadInterface(locale), loadCourseText(locale)]).then(() => {
  i18n.locale = locale;
  mount(App, { target: document.getElementById('app')! });
});

// After the page has loaded, so precaching the course does not compete with the first paint.
if (import.meta.env.PROD) addEventListener('load', () => registerServiceWorker());
