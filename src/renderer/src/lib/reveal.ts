/**
 * After a signal is picked, brings its evidence into view: the section text (pinned at the top
 * while a signal is picked) scrolls to its first highlight, and the page scrolls so the evidence
 * panel sits below the pinned text instead of under it.
 */
export function revealPick(text: HTMLElement | null, panel: HTMLElement | null): void {
  if (!text) return;
  const box = text.getBoundingClientRect();
  const mark = text.querySelector('button.mark');
  if (mark) {
    const at = mark.getBoundingClientRect();
    // A line of context above the first highlight, as a reader would scroll to it.
    if (at.top < box.top || at.bottom > box.bottom) text.scrollTop += at.top - box.top - 24;
  }
  if (!panel) return;
  const gap = panel.getBoundingClientRect().top - text.getBoundingClientRect().bottom;
  if (gap < 8) window.scrollBy({ top: gap - 8 });
}
