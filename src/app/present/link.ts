/**
 * Keeps the slide, and whether the widgets' tables are shown, in step between
 * the presenter's window and the room's, in one browser, over a
 * BroadcastChannel (no server). Either window may move; the other follows. A
 * window that opens late says hello and is told where the talk is. (Widget
 * states travel on their own channel transport.)
 */
export interface DeckState {
  index: number;
  tables: boolean;
}
type Message = ({ kind: 'slide' } & DeckState) | { kind: 'hello' };

export interface SlideLink {
  send(state: DeckState): void;
  close(): void;
}

export function slideLink(lessonKey: string, current: () => DeckState, onState: (state: DeckState) => void): SlideLink {
  const channel = new BroadcastChannel(`cvm-present:${lessonKey}`);
  const send = (state: DeckState) => channel.postMessage({ kind: 'slide', ...state } satisfies Message);
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data.kind === 'hello') send(current());
    else onState({ index: event.data.index, tables: event.data.tables });
  };
  channel.postMessage({ kind: 'hello' } satisfies Message);
  return { send, close: () => channel.close() };
}

/** The widgets' scenarios between the two windows of one lesson's presentation. */
export const widgetChannel = (lessonKey: string) => `cvm-present-widgets:${lessonKey}`;
