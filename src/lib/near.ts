/**
 * Calls `show` once, when the element comes within `margin` of the viewport: for what costs work to draw and
 * is not needed until it is seen (the lab's live thumbnails). Where IntersectionObserver is missing, at once.
 * `within` names an ancestor (a CSS selector) to measure against instead of the viewport: with no margin, the
 * element is shown once that ancestor shows it, wherever it is scrolled (a slide's widgets when the slide is shown).
 */
import type { Attachment } from 'svelte/attachments';

export function whenNear(show: () => void, margin = '300px', within?: string): Attachment<HTMLElement> {
  return (element) => {
    if (typeof IntersectionObserver === 'undefined') {
      show();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        show();
      },
      { rootMargin: margin, root: within ? element.parentElement?.closest(within) : undefined },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
