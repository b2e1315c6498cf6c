import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNear } from '../../src/lib/near';

// A stand-in for the browser's observer: the test says when the element comes into view.
class FakeObserver {
  static last: FakeObserver;
  disconnected = false;
  constructor(readonly report: (entries: { isIntersecting: boolean }[]) => void, readonly options: IntersectionObserverInit) {
    FakeObserver.last = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('whenNear', () => {
  it('shows once, when the element first comes near the viewport, and then stops watching', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const show = vi.fn();
    whenNear(show, '100px')({} as HTMLElement);
    const observer = FakeObserver.last;
    expect(observer.options.rootMargin).toBe('100px');
    observer.report([{ isIntersecting: false }]);
    expect(show).not.toHaveBeenCalled();
    observer.report([{ isIntersecting: true }]);
    expect(show).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);
  });

  it('measures against the nearest ancestor `within` names, else the viewport', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const article = {};
    const element = { parentElement: { closest: (selector: string) => (selector === 'article' ? article : null) } } as unknown as HTMLElement;
    whenNear(() => {}, '0px', 'article')(element);
    expect(FakeObserver.last.options.root).toBe(article);
    whenNear(() => {}, '0px', '.elsewhere')(element);
    expect(FakeObserver.last.options.root).toBeNull();
    whenNear(() => {}, '0px')(element);
    expect(FakeObserver.last.options.root).toBeUndefined();
  });

  it('stops watching when the element goes before it was seen', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const show = vi.fn();
    const cleanup = whenNear(show)({} as HTMLElement) as () => void;
    cleanup();
    expect(FakeObserver.last.disconnected).toBe(true);
    expect(show).not.toHaveBeenCalled();
  });

  it('shows at once where the browser has no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const show = vi.fn();
    whenNear(show)({} as HTMLElement);
    expect(show).toHaveBeenCalledTimes(1);
  });
});
