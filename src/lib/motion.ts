/** How to scroll: smoothly, unless the reader's system asks for less motion (a smooth jump can make some people ill). */
export const scrollMotion = (): ScrollBehavior =>
  matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
