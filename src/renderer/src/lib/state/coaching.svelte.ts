import { PRINCIPLES, type ElementId } from '../../../../shared/analysis';
import type { SignalPick } from '../signalEvidence';

/** What the highlights show: every finding ('all'), one principle or blind spot, or the stories. */
export type HighlightFilter = string;

/** Where a key was pressed, for the keys that only act in some places. */
export interface KeyPlace {
  /** In a text field or a menu, where letters and digits are typing. */
  inField: boolean;
  /** In the heatmap, where the up and down arrows move between sections. */
  inHeatmap: boolean;
  /** With Ctrl, Cmd or Alt held: a shortcut of the system's, not ours. */
  modified: boolean;
}

const isField = (target: EventTarget | null): boolean =>
  typeof HTMLElement !== 'undefined' &&
  (target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement);
const inHeatmap = (target: EventTarget | null): boolean =>
  typeof HTMLElement !== 'undefined' && target instanceof HTMLElement && target.closest('.heatmap') !== null;

/**
 * The coaching screens' place, kept across re-scores: the selected section, the highlight filter,
 * the picked signal and the shortcuts help. Sections are those of the version shown, in talk order.
 */
export class Coaching {
  #selected = $state<string | null>(null);
  #filter = $state<HighlightFilter>('all');
  #pick = $state.raw<SignalPick | null>(null);
  #help = $state(false);

  /** `sectionIds` gives the sections of the version shown, in order (read when moving). */
  constructor(private readonly sectionIds: () => string[]) {}

  /** The selected section's id, or null for the summary. */
  get selected(): string | null {
    return this.#selected;
  }
  /** What the section text highlights. */
  get filter(): HighlightFilter {
    return this.#filter;
  }
  /** The signal picked under "Why these scores", which overrides the filter until cleared. */
  get pick(): SignalPick | null {
    return this.#pick;
  }
  /** Whether the keyboard shortcuts help is open. */
  get helpOpen(): boolean {
    return this.#help;
  }

  /** Opens a section. */
  select(id: string): void {
    this.#selected = id;
  }

  /** Back to the summary. */
  closeSection(): void {
    this.#selected = null;
  }

  /** Selects the next section; from the summary, the first. Stays on the last. */
  next(): void {
    const ids = this.sectionIds();
    const index = ids.indexOf(this.#selected ?? '');
    this.#selected = ids[Math.min(ids.length - 1, index + 1)] ?? null;
  }

  /** Selects the previous section; from the summary, the first. Stays on the first. */
  previous(): void {
    const ids = this.sectionIds();
    const index = ids.indexOf(this.#selected ?? '');
    this.#selected = ids[Math.max(0, index - 1)] ?? null;
  }

  /** Highlights one principle or blind spot ('all' for every finding); clears a picked signal. */
  filterBy(filter: HighlightFilter): void {
    this.#filter = filter;
    this.#pick = null;
  }

  /** Picks a signal to show its words, or clears the pick (null). */
  pickSignal(pick: SignalPick | null): void {
    this.#pick = pick;
  }

  /** Opens a section with the words behind a CX Story element highlighted. */
  showEvidence(id: string, element?: ElementId): void {
    this.#selected = id;
    if (element) this.#filter = element === 'personalStory' ? 'stories' : element;
  }

  /** Opens or closes the shortcuts help. */
  toggleHelp(): void {
    this.#help = !this.#help;
  }

  /** Closes the shortcuts help. */
  closeHelp(): void {
    this.#help = false;
  }

  /** Handles a key pressed anywhere in the coaching view; stops the browser's own scrolling where it moved. */
  onkeydown(event: KeyboardEvent): void {
    const place = {
      inField: isField(event.target),
      inHeatmap: inHeatmap(event.target),
      modified: event.ctrlKey || event.metaKey || event.altKey,
    };
    if (this.press(event.key, place)) event.preventDefault();
  }

  /**
   * The coaching shortcuts: j/k (and the arrows in the heatmap) move between sections, 1-6 highlight
   * a principle, 0 all, Esc steps back (first the picked signal, then the section), ? the help.
   * Returns true when the key moved the selection, so the page should not scroll as well.
   */
  press(key: string, place: KeyPlace = { inField: false, inHeatmap: false, modified: false }): boolean {
    if (place.inField || place.modified) return false;
    if (key === 'j' || (key === 'ArrowDown' && place.inHeatmap)) {
      this.next();
      return true;
    }
    if (key === 'k' || (key === 'ArrowUp' && place.inHeatmap)) {
      this.previous();
      return true;
    }
    if (/^[1-6]$/.test(key)) this.filterBy(PRINCIPLES[Number(key) - 1]!);
    else if (key === '0') this.filterBy('all');
    else if (key === 'Escape' && this.#pick) this.#pick = null;
    else if (key === 'Escape' && this.#selected) this.#selected = null;
    else if (key === '?') this.toggleHelp();
    return false;
  }
}
