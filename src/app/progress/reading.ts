/**
 * Follows a learner through a lesson: which section they are reading (for
 * "continue where you left off") and whether they reached the end.
 * Observers only, so scrolling costs nothing on the main thread.
 */
export function followReading(article: HTMLElement, end: HTMLElement, on: { section(id: string): void; reachedEnd(): void }): () => void {
  // A heading counts as the one being read once it has crossed into the upper part of the window.
  const sections = new IntersectionObserver(
    (entries) => {
      const seen = entries.filter((e) => e.isIntersecting).map((e) => e.target.id);
      if (seen.length > 0) on.section(seen[seen.length - 1]);
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const heading of article.querySelectorAll('h2[id]')) sections.observe(heading);
  const ending = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) on.reachedEnd();
  });
  ending.observe(end);
  return () => {
    sections.disconnect();
    ending.disconnect();
  };
}
