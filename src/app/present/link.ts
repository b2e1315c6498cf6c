/**
 * Keeps the slide in step between the presenter's window and the room's, in
 * one browser, over a BroadcastChannel (no server). Either window may move;
 * the other follows. A window that opens late says hello and is told the
 * current slide. (Widget states travel on their own channel transport.)
 */
type Message = { kind: 'slide'; index: number } | { kind: 'hello' };

export interface SlideLink {
  send(index: number): void;
  close(): void;
}

export function slideLink(lessonKey: string, current: () => number, onSlide: (index: number) => void): SlideLink {
  const channel = new BroadcastChannel(`cvm-present:${lessonKey}`);
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data.kind === 'hello') channel.postMessage({ kind: 'slide', index: current() } satisfies Message);
    else onSlide(event.data.index);
  };
  channel.postMessage({ kind: 'hello' } satisfies Message);
  return {
    send: (index) => channel.postMessage({ kind: 'slide', index } satisfies Message),
    close: () => channel.close(),
  };
}

/** The widgets' scenarios between the two windows of one lesson's presentation. */
export const widgetChannel = (lessonKey: string) => `cvm-present-widgets:${lessonKey}`;
