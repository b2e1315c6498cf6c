/**
 * A value that follows its source after the input pauses: long tables and
 * formulas update off the input path, so a slider drag redraws only the
 * headline and the chart each frame. Create it during a component's setup.
 */
import { untrack } from 'svelte';

export class Lagging<T> {
  value: T = $state.raw() as T;

  constructor(source: () => T, delayMs = 150) {
    this.value = untrack(source);
    $effect(() => {
      const next = source();
      const timer = setTimeout(() => (this.value = next), delayMs);
      return () => clearTimeout(timer);
    });
  }
}
