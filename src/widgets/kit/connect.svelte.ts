/**
 * Ties a widget's state to the transport its page provides: the kept record is
 * applied when the widget opens and whenever it changes from elsewhere, and
 * the scenario is written back as it changes (nothing when it equals the start,
 * so an untouched page keeps a clean address).
 */
import { getContext, setContext } from 'svelte';
import { fromBareKeys, sameRecord } from './scenario';
import type { ScenarioState } from './state.svelte';
import type { Transport } from './sync';
import './widget.css';

const KEY = Symbol('transport');

export const scenarioTransport = {
  /** The app (or a presenter window) provides the transport for the widgets below. */
  set: (transport: Transport) => setContext(KEY, transport),
  get: () => getContext<Transport | undefined>(KEY),
};

/** Call during a widget's setup. `ns` defaults to the codec's id; two of one widget on a page need their own. */
export function connect<S>(state: ScenarioState<S>, ns = state.codec.id, transport = scenarioTransport.get()): void {
  if (!transport) return;
  const fields = Object.values<{ key: string; legacyKey?: string }>(state.codec.fields);
  const bare = state.codec.bareLinks ? fields.map((f) => f.legacyKey ?? f.key) : undefined;
  const kept = transport.read(ns, bare);
  if (kept) state.apply(bare ? { ...fromBareKeys(state.codec, kept), ...kept } : kept);
  // At first, write only a correction of what was kept (a bad value put right, an old link's keys renamed): a
  // widget that found nothing has nothing to say yet, and a late presenter window must not reset the others.
  let first = true;
  $effect(() => {
    const record = state.changed ? state.record : {};
    if (first) {
      first = false;
      if (!kept || sameRecord(record, kept)) return;
    }
    transport.write(ns, record);
  });
  $effect(() => transport.subscribe(ns, (record) => state.apply(record)));
}
