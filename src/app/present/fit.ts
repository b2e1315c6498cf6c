/**
 * A slide a little taller than the screen is shrunk to fit it, as reveal.js does, with CSS zoom: the slide lays
 * out again at that size, so its widgets draw and take the pointer as usual. Not below MIN_ZOOM, where text gets
 * too small for the back of the room: a slide taller than that is shrunk that far and scrolls by ↓ ↑.
 */
import type { Attachment } from 'svelte/attachments';

export const MIN_ZOOM = 0.7;

/**
 * The zoom that fits `natural` (the slide's height at zoom 1) into `room` (the screen's height), in hundredths.
 * A screen taller than it is wide is a phone held upright, not a projector: its slides scroll at full size.
 */
export function fitZoom(natural: number, room: number, width: number): number {
  if (!(natural > room) || width < room) return 1;
  return Math.max(MIN_ZOOM, Math.floor((room / natural) * 100) / 100);
}

/** Keeps the slide it is attached to fitted to its scrolling parent, as either changes size. */
export const fitted: Attachment<HTMLElement> = (slide) => {
  const stage = slide.parentElement!;
  let zoom = 1;
  const fit = () => {
    const { paddingTop, paddingBottom } = getComputedStyle(stage);
    const room = stage.clientHeight - parseFloat(paddingTop) - parseFloat(paddingBottom);
    const next = fitZoom(slide.getBoundingClientRect().height / zoom, room, stage.clientWidth);
    if (next === zoom) return;
    zoom = next;
    slide.style.zoom = String(zoom);
  };
  const observer = new ResizeObserver(fit);
  observer.observe(slide);
  observer.observe(stage);
  return () => observer.disconnect();
};
