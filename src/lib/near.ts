/**
 * Calls `show` once, when the element comes within `margin` of the viewport: for what costs work to draw and
 * is not needed until it is seen (the lab's live thumbnails). Where IntersectionObserver is missing, at once.
 */
import type { Attachment } from 'svelte/attachments';

export function whenNear(show: () => void, margin = '300px'): Attachment<HTMLElement> {
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
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
