// jsdom has no layout, so no ResizeObserver: a stand-in that never reports, leaving charts at their default width.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
