/**
 * Where a scenario goes so that it outlives the widget: two transports of the
 * same flat record. The query transport keeps every widget's keys under its
 * namespace (`clv.retention`) in the page's query, merged with the others and
 * written once the input settles; the channel transport carries records
 * between windows of one browser (the presenter and the room).
 */
import type { ScenarioRecord } from './scenario';
import { sameRecord } from './scenario';

export interface Transport {
  /** The record kept for a namespace, or undefined when there is none. `bare` keys are read from old links without a namespace. */
  read(ns: string, bare?: readonly string[]): ScenarioRecord | undefined;
  /** Keeps a record for a namespace; an empty record removes it. */
  write(ns: string, record: ScenarioRecord): void;
  /** Calls `on` when the record for a namespace changes from elsewhere. Returns the unsubscribe function. */
  subscribe(ns: string, on: (record: ScenarioRecord) => void): () => void;
  /** Writes what is waiting now (a link about to be copied, a page about to be left). */
  flush?(): void;
  /** The page's address carries the scenario, so a copied link reproduces it. */
  readonly inAddress?: boolean;
}

/** What the query transport needs from the page it lives on (the app provides it; a test can fake it). */
export interface QueryHost {
  current(): URLSearchParams;
  /** Replaces the query without a new history entry. */
  replace(query: URLSearchParams): void;
  /** Calls `on` after the query changed from outside (a link opened in this tab). */
  listen(on: () => void): () => void;
}

/** The keys of one namespace, without it. */
export function recordOf(query: URLSearchParams, ns: string): ScenarioRecord | undefined {
  const prefix = `${ns}.`;
  let record: ScenarioRecord | undefined;
  for (const [key, value] of query) {
    if (key.startsWith(prefix)) (record ??= {})[key.slice(prefix.length)] = value;
  }
  return record;
}

export interface QueryTransport extends Transport {
  flush(): void;
}

export function queryTransport(host: QueryHost, settleMs = 300): QueryTransport {
  const pending = new Map<string, ScenarioRecord>();
  /** What each namespace last had in the query, as far as this transport knows: to tell a change from outside. */
  const settled = new Map<string, ScenarioRecord>();
  /** Bare keys that a namespace took over from an old link: removed at its next write. */
  const adopted = new Map<string, readonly string[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return;
    const query = new URLSearchParams(host.current());
    for (const [ns, record] of pending) {
      for (const key of [...query.keys()]) if (key.startsWith(`${ns}.`)) query.delete(key);
      for (const key of adopted.get(ns) ?? []) query.delete(key);
      for (const [key, value] of Object.entries(record)) query.append(`${ns}.${key}`, value);
      settled.set(ns, record);
    }
    pending.clear();
    adopted.clear();
    if (query.toString() !== host.current().toString()) host.replace(query);
  }

  const known = (ns: string) => pending.get(ns) ?? recordOf(host.current(), ns) ?? {};

  return {
    inAddress: true,
    read(ns, bare) {
      const query = host.current();
      const record = recordOf(query, ns);
      if (record || !bare) return record;
      const old = bare.filter((key) => query.has(key));
      if (old.length === 0) return undefined;
      adopted.set(ns, old);
      return Object.fromEntries(old.map((key) => [key, query.get(key)!]));
    },
    write(ns, record) {
      if (sameRecord(known(ns), record) && !adopted.has(ns)) return;
      pending.set(ns, record);
      clearTimeout(timer);
      timer = setTimeout(flush, settleMs);
    },
    subscribe(ns, on) {
      if (!settled.has(ns)) settled.set(ns, recordOf(host.current(), ns) ?? {});
      return host.listen(() => {
        const next = recordOf(host.current(), ns) ?? {};
        const before = pending.get(ns) ?? settled.get(ns) ?? {};
        pending.delete(ns); // a link opened over input that had not settled yet: the link wins
        settled.set(ns, next);
        if (!sameRecord(next, before)) on(next);
      });
    },
    flush,
  };
}

type ChannelMessage = { kind: 'state'; ns: string; record: ScenarioRecord } | { kind: 'ask'; ns: string };

export interface ChannelTransport extends Transport {
  /** Every namespace's record this window holds, as one query (`clv.retention=…`): a handout of the state in the room. */
  query(): URLSearchParams;
  close(): void;
}

/**
 * Records between windows of the same browser over a BroadcastChannel (no
 * server). A window that subscribes late asks, and the others answer with
 * what they hold, so it catches up.
 */
export function channelTransport(name: string): ChannelTransport {
  const channel = new BroadcastChannel(name);
  const held = new Map<string, ScenarioRecord>();
  const listeners = new Map<string, Set<(record: ScenarioRecord) => void>>();

  channel.onmessage = (event: MessageEvent<ChannelMessage>) => {
    const message = event.data;
    if (message.kind === 'ask') {
      const record = held.get(message.ns);
      if (record) channel.postMessage({ kind: 'state', ns: message.ns, record } satisfies ChannelMessage);
      return;
    }
    if (sameRecord(held.get(message.ns) ?? {}, message.record) && held.has(message.ns)) return;
    held.set(message.ns, message.record);
    for (const on of listeners.get(message.ns) ?? []) on(message.record);
  };

  return {
    read: (ns) => held.get(ns),
    write(ns, record) {
      if (held.has(ns) && sameRecord(held.get(ns)!, record)) return;
      held.set(ns, record);
      channel.postMessage({ kind: 'state', ns, record } satisfies ChannelMessage);
    },
    subscribe(ns, on) {
      let set = listeners.get(ns);
      if (!set) listeners.set(ns, (set = new Set()));
      set.add(on);
      channel.postMessage({ kind: 'ask', ns } satisfies ChannelMessage);
      return () => set.delete(on);
    },
    query() {
      const query = new URLSearchParams();
      for (const [ns, record] of held) for (const [key, value] of Object.entries(record)) query.append(`${ns}.${key}`, value);
      return query;
    },
    close: () => channel.close(),
  };
}

export interface GatedTransport extends Transport {
  readonly following: boolean;
  /** Stop or resume following; resuming applies what the inner transport holds now. */
  follow(on: boolean): void;
}

/**
 * A transport that can break away: the room's window in presenter mode
 * follows the presenter's widgets, until a learner chooses to explore on
 * their own; their changes then stay local, and following again brings the
 * presenter's state back.
 */
export function gatedTransport(inner: Transport): GatedTransport {
  let following = true;
  const listeners = new Map<string, Set<(record: ScenarioRecord) => void>>();
  return {
    get following() {
      return following;
    },
    follow(on) {
      following = on;
      if (!on) return;
      for (const [ns, set] of listeners) for (const listener of set) listener(inner.read(ns) ?? {});
    },
    read: (ns, bare) => (following ? inner.read(ns, bare) : undefined),
    write(ns, record) {
      if (following) inner.write(ns, record);
    },
    subscribe(ns, on) {
      let set = listeners.get(ns);
      if (!set) listeners.set(ns, (set = new Set()));
      set.add(on);
      const stop = inner.subscribe(ns, (record) => {
        if (following) on(record);
      });
      return () => {
        set.delete(on);
        stop();
      };
    },
  };
}
