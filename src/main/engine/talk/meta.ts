import { AUDIENCES, isSpeakingRate, MAX_WPM, MIN_WPM } from '../../../shared/limits';
import type { Audience, Lang } from '../../../shared/talk';
import type { FrontMatter, FrontMatterEntry } from './frontMatter';
import { noticeAt, type MessageKey, type MessageValue, type MessageValues, type Notice } from './say';
import type { SourceText } from './source';
import { DECK_KEYS } from '../deck/keys';
import { DECK_VALUES, type DeckKind } from '../deck/detect';

/** Talk settings read from front matter; absent or invalid ones are undefined. */
export interface TalkMeta {
  title?: string;
  speaker?: string;
  lang?: Lang;
  wpm?: number;
  mantra?: string;
  audience?: Audience;
  ignores: string[];
  /** The bad values and unknown keys, told in the talk's language once it is known. */
  findings: Notice[];
}

const KNOWN_KEYS = ['title', 'speaker', 'lang', 'wpm', 'mantra', 'audience', 'ignore', 'deck'];

// A front matter value quoted in a message: short, and never converted by its own methods.
const SHOWN_CHARS = 40;

/** A YAML value as a short text for a message, whatever its type. */
function describe(value: unknown): MessageValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).slice(0, SHOWN_CHARS);
  if (Array.isArray(value)) return { say: 'value-list' };
  return typeof value === 'object' && value !== null ? { say: 'value-mapping' } : typeof value;
}

/**
 * Validates front matter entries into talk settings, with a finding for each bad value. In a deck,
 * the slide tools' own keys are known too.
 */
export function readMeta(source: SourceText, frontMatter: FrontMatter, deck: DeckKind | null = null): TalkMeta {
  // Its own list: the front matter read is remembered between parses and must stay as it was read.
  const meta: TalkMeta = { ignores: [], findings: [] };
  const findings = meta.findings;
  const complain = (entry: FrontMatterEntry, key: MessageKey, values: MessageValues = {}): void => {
    findings.push(noticeAt(source, 'front-matter-value', 'warning', key, values, entry.start, entry.end));
  };
  const text = (key: string): string | undefined => {
    const entry = frontMatter.entries.get(key);
    if (!entry || entry.value === null || entry.value === undefined) return undefined;
    if (typeof entry.value === 'string' || typeof entry.value === 'number') {
      const value = String(entry.value).trim();
      return value === '' ? undefined : value;
    }
    complain(entry, 'front-matter-not-text', { key });
    return undefined;
  };

  meta.title = text('title');
  meta.speaker = text('speaker');
  meta.mantra = text('mantra');

  const lang = text('lang');
  if (lang !== undefined) {
    const code = lang.toLowerCase().slice(0, 2);
    if (code === 'en' || code === 'nl') meta.lang = code;
    else complain(frontMatter.entries.get('lang')!, 'front-matter-lang', { value: lang });
  }

  const wpmEntry = frontMatter.entries.get('wpm');
  if (wpmEntry && wpmEntry.value !== null) {
    // Only a number (or a number written as text) is a rate; any other YAML value is refused
    // without converting it (an object's own toString could throw or lie).
    const value = wpmEntry.value;
    const wpm = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (isSpeakingRate(wpm)) meta.wpm = wpm;
    else complain(wpmEntry, 'front-matter-wpm', { value: describe(value), min: MIN_WPM, max: MAX_WPM });
  }

  const audience = text('audience');
  if (audience !== undefined) {
    const lower = audience.toLowerCase() as Audience;
    if (AUDIENCES.includes(lower)) meta.audience = lower;
    else complain(frontMatter.entries.get('audience')!, 'front-matter-audience', { value: audience });
  }

  const ignoreEntry = frontMatter.entries.get('ignore');
  if (ignoreEntry && ignoreEntry.value !== null) {
    const raw = ignoreEntry.value;
    const list: unknown[] | null = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : null;
    const ids = (list ?? []).filter((item): item is string => typeof item === 'string').map((item) => item.trim());
    if (list) meta.ignores = ids.filter((item) => item !== '');
    if (!list || ids.length < list.length) complain(ignoreEntry, 'front-matter-ignore');
  }

  const deckEntry = frontMatter.entries.get('deck');
  if (
    deckEntry &&
    !(DECK_VALUES as readonly unknown[]).includes(
      typeof deckEntry.value === 'string' ? deckEntry.value.trim().toLowerCase() : deckEntry.value,
    )
  )
    complain(deckEntry, 'front-matter-deck', { value: describe(deckEntry.value), values: DECK_VALUES.join(', ') });

  for (const [key, entry] of frontMatter.entries) {
    if (!KNOWN_KEYS.includes(key) && !(deck && DECK_KEYS.has(key))) {
      const values = { key, known: KNOWN_KEYS.join(', ') };
      findings.push(noticeAt(source, 'front-matter-unknown-key', 'info', 'front-matter-unknown-key', values, entry.start, entry.end));
    }
  }
  return meta;
}
