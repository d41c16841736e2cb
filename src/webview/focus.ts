// Keeps keyboard focus where the user is when part of the panel is rebuilt (a filter, a sample, a live
// update of a running run, a re-run case). Every control the user can focus carries a focus key
// (`data-focus-key`, a path like `case/sample`); after a rebuild the element with the key of the one
// that had focus gets it back. Where that element is gone (an evidence span of another sample), the
// nearest enclosing key that still exists takes focus (`case/evidence/a/3` → `case/evidence/a` → `case`),
// so focus never falls to <body> and a keyboard user never starts again from the top.

/** Marks a focusable element (or a container to fall back on) with its focus key. */
export function keyed<T extends HTMLElement>(node: T, key: string): T {
  node.dataset['focusKey'] = key;
  return node;
}

/** The keys to try, the element's own first: `a/b/c` → `a/b/c`, `a/b`, `a`. Pure, for the unit tests. */
export function fallbackKeys(key: string): string[] {
  const parts = key.split('/');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'));
}

/**
 * Runs `rebuild` and, if it removed the focused element, focuses its successor within `root`.
 * Focus inside a toolkit component sits in its shadow root; `document.activeElement` is then the
 * component itself, which carries the key.
 */
export function keepFocus(root: HTMLElement, rebuild: () => void): void {
  const active = document.activeElement;
  const key = focusKeyOf(active);
  rebuild();
  if (key !== undefined && active && !active.isConnected) focusByKey(root, key);
}

/**
 * Gives focus back to the control the user was on when the panel gets the keyboard back. When focus
 * leaves the webview (the Command Palette, the save dialog of Export, another editor) the browser
 * leaves nothing focused inside it, so without this a keyboard user would come back to the top.
 */
export function restoreFocusOnReturn(root: HTMLElement): void {
  let last: string | undefined;
  root.addEventListener('focusin', (e) => (last = focusKeyOf(e.target as Element) ?? last));
  window.addEventListener('focus', () => {
    // A click that brought the panel back focuses its own target right after: this only fills the gap.
    if (last !== undefined && (document.activeElement === null || document.activeElement === document.body)) focusByKey(root, last);
  });
}

function focusKeyOf(node: Element | null): string | undefined {
  return node instanceof HTMLElement ? node.closest<HTMLElement>('[data-focus-key]')?.dataset['focusKey'] : undefined;
}

/** Focuses the element with `key`, or the nearest enclosing part that is still there. */
function focusByKey(root: HTMLElement, key: string): void {
  for (const candidate of fallbackKeys(key)) {
    const target = root.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(candidate)}"]`);
    if (target) {
      target.focus({ preventScroll: true });
      return;
    }
  }
}
