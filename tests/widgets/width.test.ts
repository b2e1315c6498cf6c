import { afterEach, describe, expect, it, vi } from 'vitest';
import { laidOutWidth } from '../../src/widgets/kit/chart/width';

// An observer the test reports through, standing in for the browser's layout.
class ReportingObserver {
  static last: ReportingObserver;
  observed: Element[] = [];
  constructor(readonly report: () => void) {
    ReportingObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed = [];
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('laidOutWidth', () => {
  it('reads the width only when layout reports it, never while the chart mounts', () => {
    vi.stubGlobal('ResizeObserver', ReportingObserver);
    const element = document.createElement('figure');
    let width = 300;
    const reads = vi.fn(() => width);
    Object.defineProperty(element, 'clientWidth', { get: reads });
    const set = vi.fn();
    const detach = laidOutWidth(set)(element) as () => void;
    expect(reads).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
    ReportingObserver.last.report();
    expect(set).toHaveBeenLastCalledWith(300);
    width = 412;
    ReportingObserver.last.report();
    expect(set).toHaveBeenLastCalledWith(412);
    detach();
    expect(ReportingObserver.last.observed).toEqual([]);
  });
});
