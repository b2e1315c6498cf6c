import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelTransport, gatedTransport, queryTransport, type QueryHost } from '../../src/widgets/kit/sync';

/** A page's address as the app keeps it: a query, replaced in place; `open` is a link opened in this tab. */
function fakePage(initial = '') {
  let query = new URLSearchParams(initial);
  const listeners = new Set<() => void>();
  const replaced: string[] = [];
  const host: QueryHost = {
    current: () => query,
    replace(next) {
      query = new URLSearchParams(next);
      replaced.push(query.toString());
    },
    listen(on) {
      listeners.add(on);
      return () => listeners.delete(on);
    },
  };
  return {
    host,
    replaced,
    get query() {
      return query.toString();
    },
    open(next: string) {
      query = new URLSearchParams(next);
      for (const on of listeners) on();
    },
  };
}

afterEach(() => vi.useRealTimers());

describe('the query transport', () => {
  it('keeps two widgets under their own namespaces, merged with the rest of the query, so both survive a reload', () => {
    vi.useFakeTimers();
    const page = fakePage('keep=me');
    const transport = queryTransport(page.host);
    transport.write('clv', { retention: '0.5', years: '4' });
    transport.write('pyramid', { vip: '0.02' });
    vi.runAllTimers();
    expect(page.query).toBe('keep=me&clv.retention=0.5&clv.years=4&pyramid.vip=0.02');
    // A reload: a new transport over the same address reads each back.
    const reloaded = queryTransport(page.host);
    expect(reloaded.read('clv')).toEqual({ retention: '0.5', years: '4' });
    expect(reloaded.read('pyramid')).toEqual({ vip: '0.02' });
    expect(reloaded.read('ladder')).toBeUndefined();
  });

  it('writes once the input settles, not on every input', () => {
    vi.useFakeTimers();
    const page = fakePage();
    const transport = queryTransport(page.host, 300);
    for (let i = 1; i <= 20; i++) {
      transport.write('clv', { retention: String(i / 100) });
      vi.advanceTimersByTime(50);
    }
    expect(page.replaced).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(page.replaced).toEqual(['clv.retention=0.2']);
  });

  it('writes what waits at once on flush (a link about to be copied)', () => {
    vi.useFakeTimers();
    const page = fakePage();
    const transport = queryTransport(page.host);
    transport.write('clv', { years: '5' });
    transport.flush();
    expect(page.query).toBe('clv.years=5');
  });

  it('removes a widget’s keys when it goes back to its start (an empty record)', () => {
    vi.useFakeTimers();
    const page = fakePage('clv.years=5&other=1');
    const transport = queryTransport(page.host);
    transport.write('clv', {});
    vi.runAllTimers();
    expect(page.query).toBe('other=1');
  });

  it('reads an old link’s bare keys, and moves them under the namespace at the next write', () => {
    vi.useFakeTimers();
    const page = fakePage('retention=0.8&years=10&utm=x');
    const transport = queryTransport(page.host);
    expect(transport.read('clv')).toBeUndefined();
    expect(transport.read('clv', ['retention', 'years', 'revenue'])).toEqual({ retention: '0.8', years: '10' });
    transport.write('clv', { retention: '0.8', years: '10' });
    vi.runAllTimers();
    expect(page.query).toBe('utm=x&clv.retention=0.8&clv.years=10');
  });

  it('tells a widget when a link opened in the same tab changes its record, and lets the link win over unsettled input', () => {
    vi.useFakeTimers();
    const page = fakePage('clv.years=3');
    const transport = queryTransport(page.host);
    const seen: Record<string, string>[] = [];
    transport.subscribe('clv', (record) => seen.push(record));
    transport.write('clv', { years: '7' }); // the learner is still typing …
    page.open('clv.years=12&clv.retention=0.9'); // … when a shared link is opened
    vi.runAllTimers();
    expect(seen).toEqual([{ years: '12', retention: '0.9' }]);
    expect(page.query).toBe('clv.years=12&clv.retention=0.9');
    // A link that changes only another widget's keys does not disturb this one.
    page.open('clv.years=12&clv.retention=0.9&pyramid.vip=0.03');
    expect(seen).toHaveLength(1);
    // A link back to the page's plain address is the start again.
    page.open('');
    expect(seen.at(-1)).toEqual({});
  });

  it('after its own write, still notices a link back to the earlier value', () => {
    vi.useFakeTimers();
    const page = fakePage('clv.years=3');
    const transport = queryTransport(page.host);
    const seen: Record<string, string>[] = [];
    transport.subscribe('clv', (record) => seen.push(record));
    transport.write('clv', { years: '9' });
    vi.runAllTimers();
    page.open('clv.years=3');
    expect(seen).toEqual([{ years: '3' }]);
  });
});

describe('the channel transport, between windows', () => {
  const later = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('carries a record to another window, and a window that opens late catches up', async () => {
    const presenter = channelTransport('cvm-test-1');
    const room = channelTransport('cvm-test-1');
    const seen: Record<string, string>[] = [];
    room.subscribe('clv', (record) => seen.push(record));
    presenter.write('clv', { retention: '0.6' });
    await later();
    expect(seen).toEqual([{ retention: '0.6' }]);
    expect(room.read('clv')).toEqual({ retention: '0.6' });

    const late = channelTransport('cvm-test-1');
    const caught: Record<string, string>[] = [];
    late.subscribe('clv', (record) => caught.push(record));
    await later();
    expect(caught.at(-1)).toEqual({ retention: '0.6' });
    for (const t of [presenter, room, late]) t.close();
  });

  it('keeps namespaces apart', async () => {
    const a = channelTransport('cvm-test-2');
    const b = channelTransport('cvm-test-2');
    const seen: string[] = [];
    b.subscribe('pyramid', () => seen.push('pyramid'));
    a.write('clv', { years: '4' });
    await later();
    expect(seen).toEqual([]);
    a.close();
    b.close();
  });
});

describe('a gated transport (the room following the presenter)', () => {
  const later = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('follows, breaks away to explore, and catches up when it follows again', async () => {
    const presenter = channelTransport('cvm-test-3');
    const room = gatedTransport(channelTransport('cvm-test-3'));
    const seen: Record<string, string>[] = [];
    room.subscribe('clv', (record) => seen.push(record));
    presenter.write('clv', { retention: '0.5' });
    await later();
    expect(seen.at(-1)).toEqual({ retention: '0.5' });

    room.follow(false);
    room.write('clv', { retention: '0.9' }); // the learner explores: this stays in the room's window
    presenter.write('clv', { retention: '0.6' });
    await later();
    expect(seen.at(-1)).toEqual({ retention: '0.5' });
    expect(presenter.read('clv')).toEqual({ retention: '0.6' });

    room.follow(true);
    expect(seen.at(-1)).toEqual({ retention: '0.6' });
    presenter.close();
  });
});
