/** The open modals, innermost last: only the innermost answers keys. */
const open: HTMLElement[] = [];

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The elements Tab can reach inside a modal, in order. */
function focusables(modal: HTMLElement): HTMLElement[] {
  return [...modal.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.hasAttribute('disabled'));
}

/**
 * Makes an element a modal (a Svelte action): focus moves into it (to `[data-autofocus]`, else
 * its first field or button) and back to where it was when it closes; Tab cycles inside; Esc
 * calls `close`; every other key reaches only the modal, never the page's shortcuts behind it.
 */
export function trapModal(modal: HTMLElement, close: () => void): { destroy: () => void } {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  open.push(modal);
  (modal.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(modal)[0] ?? modal).focus();

  function onkeydown(event: KeyboardEvent): void {
    if (open.at(-1) !== modal) return;
    // Caught on the way down, before any shortcut listener: the page behind sees no key at all.
    event.stopImmediatePropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      const items = focusables(modal);
      const index = items.indexOf(document.activeElement as HTMLElement);
      const next = event.shiftKey ? (index <= 0 ? items.length - 1 : index - 1) : (index + 1) % items.length;
      event.preventDefault();
      items[next]?.focus();
    } else if (!modal.contains(event.target as Node)) {
      event.preventDefault();
    }
  }
  window.addEventListener('keydown', onkeydown, true);
  return {
    destroy() {
      window.removeEventListener('keydown', onkeydown, true);
      open.splice(open.indexOf(modal), 1);
      if (before?.isConnected) before.focus();
    },
  };
}
