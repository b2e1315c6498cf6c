/** Which of a chart's handles is in use (focused or dragged), so handleSizes lets it keep its own. */
export class HandleInUse {
  index = $state(-1);
  /** DragHandle's `onactive` for the handle at `k`. */
  track = (k: number) => (on: boolean) => {
    if (on) this.index = k;
    else if (this.index === k) this.index = -1;
  };
}
