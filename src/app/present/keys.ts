/**
 * The presenter's keys, as Slidev and reveal.js use them, and clicker remotes
 * (which send PageUp / PageDown). A key typed into a widget's field or moved
 * on its slider belongs to the widget, not to the deck.
 */
export type DeckAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'down'
  | 'up'
  | 'fullscreen'
  | 'overview'
  | 'black'
  | 'tables'
  | 'go-to'
  | 'help'
  | 'presenter'
  | 'close'
  | { preset: number };

/** Every key, for the help overlay: [keys, what they do (a key of ./messages)]. */
export const KEYS = [
  ['→ Space PageDown', 'key.next'],
  ['← PageUp', 'key.previous'],
  ['Home End', 'key.ends'],
  ['↓ ↑', 'key.scroll'],
  ['f', 'key.fullscreen'],
  ['o', 'key.overview'],
  ['b', 'key.black'],
  ['t', 'key.tables'],
  ['g', 'key.goTo'],
  ['p', 'key.presenter'],
  ['1–9', 'key.preset'],
  ['?', 'key.help'],
  ['Esc', 'key.close'],
] as const;

function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable], [role=slider], [role=dialog] button') !== null;
}

export function deckAction(event: Pick<KeyboardEvent, 'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey'>): DeckAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  if (event.key === 'Escape') return 'close';
  if (ownsKeys(event.target)) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    case 'f':
      return 'fullscreen';
    case 'o':
      return 'overview';
    case 'b':
    case '.':
      return 'black';
    case 'g':
      return 'go-to';
    case 't':
      return 'tables';
    case 'p':
      return 'presenter';
    case '?':
      return 'help';
  }
  if (/^[1-9]$/.test(event.key)) return { preset: Number(event.key) };
  return undefined;
}
