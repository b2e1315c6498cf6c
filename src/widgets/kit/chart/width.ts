import type { Attachment } from 'svelte/attachments';

/**
 * Tells `set` the element's width each time the browser lays it out anew. Unlike `bind:clientWidth`, it never
 * reads the width at once: that read, as a chart mounts, forces a layout of the whole page inside the mounting
 * task (on a phone, a widget's mount grew past 100 ms by it). The first report comes after the first layout,
 * before the first paint, so the chart is never seen at its width before measuring.
 */
export const laidOutWidth =
  (set: (width: number) => void): Attachment<HTMLElement> =>
  (element) => {
    const observer = new ResizeObserver(() => set(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  };
