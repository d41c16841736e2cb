// The panel's one polite live region: what changes without focus moving (run progress and its end, the
// number of cases a filter leaves, the outcome of an action) is said here, once, in words. It is never
// display:none (a hidden live region is not announced), only visually hidden.
import { el } from './dom';

export class Announcer {
  readonly element = el('div', { className: 'sr-only announcer', attrs: { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' } });
  private timer = 0;

  /** Says `text` after `delayMs` (e.g. once typing pauses), replacing whatever was waiting to be said. */
  say(text: string, delayMs = 0): void {
    clearTimeout(this.timer);
    // Emptied first and filled a moment later, so the same words twice are announced twice.
    this.timer = window.setTimeout(() => {
      this.element.textContent = '';
      this.timer = window.setTimeout(() => (this.element.textContent = text), 50);
    }, delayMs);
  }
}
