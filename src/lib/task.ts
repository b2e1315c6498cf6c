/** Settles in a task of its own, after what is already queued (a message, an input, a frame's paint). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
