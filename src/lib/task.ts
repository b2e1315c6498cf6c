/** Settles in a task of its own, after what is already queued (a message, an input, a frame's paint). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const waiting: (() => void)[] = [];

function next() {
  waiting.shift()?.();
  if (waiting.length) setTimeout(next);
}

/**
 * Settles with `value`, if any (once it has settled), when it is the caller's turn: each caller in a task of its own, in
 * the order they got there. Widgets that come into view together then mount one per task, a few short tasks instead
 * of one long one, so a tap or a key in between is answered (a phone mounting the lab's first thumbnails at once
 * was busy for 300 ms).
 */
export async function inTurn<T = void>(value?: T | Promise<T>): Promise<T> {
  const settled = await value;
  await new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (waiting.length === 1) setTimeout(next);
  });
  return settled as T;
}
