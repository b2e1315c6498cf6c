/**
 * A chart's handles, sized by crowding.ts for where their points stand now;
 * the handle in use (focused or dragged, told by DragHandle's `onactive`)
 * keeps its own. Create it during a component's setup.
 */
import { handleSizes, type Target } from './crowding';

export class Handles {
  #inUse = $state(-1);
  /** Each handle's size, 0 for one too crowded to grab. */
  sizes: number[];

  constructor(targets: () => readonly Target[]) {
    this.sizes = $derived(handleSizes(targets(), this.#inUse));
  }

  /** DragHandle's `onactive` for the handle at `k`. */
  track = (k: number) => (on: boolean) => {
    if (on) this.#inUse = k;
    else if (this.#inUse === k) this.#inUse = -1;
  };
}
