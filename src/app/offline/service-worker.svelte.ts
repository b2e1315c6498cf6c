/**
 * The service worker's registration (the worker itself is Workbox's, built by
 * vite-plugin-pwa). The first visit installs it and it takes the page at once,
 * so the course keeps working offline. A newer version installs in the
 * background and waits: `update.ready` tells the page to offer a reload, and
 * only the learner's click lets it take over.
 */
export const update = $state({ ready: false });

let waiting: ServiceWorker | undefined;
let accepted = false;

/** The learner chose to reload: the waiting version takes over, and the page reloads once it has. */
export function applyUpdate(): void {
  accepted = true;
  waiting?.postMessage({ type: 'SKIP_WAITING' });
}

function offer(worker: ServiceWorker) {
  waiting = worker;
  update.ready = true;
}

export function registerServiceWorker(container: ServiceWorkerContainer | undefined = navigator.serviceWorker): void {
  if (!container) return;
  container.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  container.register('./sw.js').then((registration: ServiceWorkerRegistration | undefined) => {
    // (Undefined where the browser is told to block service workers, as the other browser tests do.)
    if (!registration) return;
    // A version that installed on an earlier visit and is still waiting.
    if (registration.waiting && container.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        // Installed while another version controls the page: an update. With no controller, it is the first install.
        if (worker.state === 'installed' && container.controller) offer(worker);
      });
    });
  }, () => {
    // No service worker (a private window, a file:// page): the course works online as before.
  });
}
