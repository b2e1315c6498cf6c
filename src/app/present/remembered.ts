/** A switch kept for this window's session (sessionStorage), so a reload finds it as it was. Where storage is off, it is not kept. */
export function remembered(key: string): boolean {
  try {
    return sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

export function remember(key: string, on: boolean): void {
  try {
    if (on) sessionStorage.setItem(key, '1');
    else sessionStorage.removeItem(key);
  } catch {
    // Storage is off: the switch lasts as long as the page.
  }
}
