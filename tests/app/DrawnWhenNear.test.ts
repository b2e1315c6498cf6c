import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DrawnWhenNear from '../../src/app/DrawnWhenNear.svelte';

const children = createRawSnippet(() => ({ render: () => '<p>the widget</p>' }));
const aTask = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('what is drawn when it comes near', () => {
  const unset = globalThis.IntersectionObserver;
  beforeEach(() => {
    // Everything is near at once: the observer reports as soon as it watches.
    globalThis.IntersectionObserver = class {
      constructor(private report: IntersectionObserverCallback) {}
      observe() {
        queueMicrotask(() => this.report([{ isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver));
      }
      disconnect() {}
    } as unknown as typeof IntersectionObserver;
  });
  afterEach(() => {
    globalThis.IntersectionObserver = unset;
  });

  it('is drawn in a task of its own once near, and says so', async () => {
    const ondraw = vi.fn();
    render(DrawnWhenNear, { props: { room: '10rem', children, ondraw } });
    expect(screen.queryByText('the widget')).toBeNull();
    await aTask();
    expect(screen.getByText('the widget')).toBeTruthy();
    expect(ondraw).toHaveBeenCalledOnce();
  });

  it('is not drawn, nor said to be, once its page has gone before its turn came', async () => {
    const ondraw = vi.fn();
    const { unmount } = render(DrawnWhenNear, { props: { room: '10rem', children, ondraw } });
    await Promise.resolve();
    unmount();
    await aTask();
    expect(ondraw).not.toHaveBeenCalled();
  });
});
