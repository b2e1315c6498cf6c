/** Gives a page's widgets the address as the place to keep their scenarios. */
import { onDestroy } from 'svelte';
import { scenarioTransport } from '$widgets/kit/connect.svelte';
import { queryTransport, type QueryTransport } from '$widgets/kit/sync';
import { pageQuery } from './router.svelte';

/** Call during a page's setup, with the page's key (see `pageKey`). Returns the transport, for a page that reads the address itself. */
export function keepScenariosInAddress(key: string): QueryTransport {
  const transport = queryTransport(pageQuery(key));
  scenarioTransport.set(transport);
  // Input that has not settled is written before the tab goes away or the page is left.
  const flush = () => transport.flush();
  addEventListener('pagehide', flush);
  onDestroy(() => {
    removeEventListener('pagehide', flush);
    flush();
  });
  return transport;
}
