import { AUDIENCES, isSpeakingRate, MAX_WPM, MIN_WPM } from '../../../shared/limits';
import type { Audience, Finding, Lang } from '../../../shared/talk';
import { findingAt } from './findings';
import type { FrontMatter, FrontMatterEntry } from './frontMatter';
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
}

const KNOWN_KEYS = ['title', 'speaker', 'lang', 'wpm', 'mantra', 'audience', 'ignore', 'deck'];

// A front matter value quoted in a message: short, and never converted by its own methods.
const SHOWN_CHARS = 40;

/** A YAML value as a short text for a message, whatever its type. */
function describe(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value).slice(0, SHOWN_CHARS);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' && value !== null ? 'a mapping' : typeof value;
}

/**
 * Validates front matter entries into talk settings, with a finding for each bad value. In a deck,
 * the slide tools' own keys are known too.
 */
export function readMeta(source: SourceText, frontMatter: FrontMatter, deck: DeckKind | null = null): TalkMeta {
  const meta: TalkMeta = { ignores: [] };
  const findings: Finding[] = frontMatter.findings;
  const complain = (entry: FrontMatterEntry, message: string): void => {
    findings.push(findingAt(source, 'front-matter-value', 'warning', message, entry.start, entry.end));
  };
  const text = (key: string): string | undefined => {
    const entry = frontMatter.entries.get(key);
    if (!entry || entry.value === null || entry.value === undefined) return undefined;
    if (typeof entry.value === 'string' || typeof entry.value === 'number') {
      const value = String(entry.value).trim();
      return value === '' ? undefined : value;
    }
    complain(entry, `\`${key}\` should be a line of text; it is ignored.`);
    return undefined;
  };

  meta.title = text('title');
  meta.speaker = text('speaker');
  meta.mantra = text('mantra');

  const lang = text('lang');
  if (lang !== undefined) {
    const code = lang.toLowerCase().slice(0, 2);
    if (code === 'en' || code === 'nl') meta.lang = code;
    else
      complain(
        frontMatter.entries.get('lang')!,
        `\`lang: ${lang}\` is not supported (use en or nl); the language is detected from the text.`,
      );
  }

  const wpmEntry = frontMatter.entries.get('wpm');
  if (wpmEntry && wpmEntry.value !== null) {
    // Only a number (or a number written as text) is a rate; any other YAML value is refused
    // without converting it (an object's own toString could throw or lie).
    const value = wpmEntry.value;
    const wpm = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (isSpeakingRate(wpm)) meta.wpm = wpm;
    else
      complain(
        wpmEntry,
        `\`wpm: ${describe(value)}\` is not a speaking rate between ${MIN_WPM} and ${MAX_WPM} words per minute; the default is used.`,
      );
  }

  const audience = text('audience');
  if (audience !== undefined) {
    const lower = audience.toLowerCase() as Audience;
    if (AUDIENCES.includes(lower)) meta.audience = lower;
    else
      complain(
        frontMatter.entries.get('audience')!,
        `\`audience: ${audience}\` is not one of keynote, board or workshop; keynote is used.`,
      );
  }

  const ignoreEntry = frontMatter.entries.get('ignore');
  if (ignoreEntry && ignoreEntry.value !== null) {
    const raw = ignoreEntry.value;
    const list: unknown[] | null = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : null;
    const ids = (list ?? []).filter((item): item is string => typeof item === 'string').map((item) => item.trim());
    if (list) meta.ignores = ids.filter((item) => item !== '');
    if (!list || ids.length < list.length) complain(ignoreEntry, '`ignore` should be a list of rule ids; what is not one is ignored.');
  }

  const deckEntry = frontMatter.entries.get('deck');
  if (
    deckEntry &&
    !(DECK_VALUES as readonly unknown[]).includes(
      typeof deckEntry.value === 'string' ? deckEntry.value.trim().toLowerCase() : deckEntry.value,
    )
  )
    complain(
      deckEntry,
      `\`deck: ${describe(deckEntry.value)}\` is not one of ${DECK_VALUES.join(', ')}; the format is recognised from the text.`,
    );

  for (const [key, entry] of frontMatter.entries) {
    if (!KNOWN_KEYS.includes(key) && !(deck && DECK_KEYS.has(key))) {
      findings.push(
        findingAt(
          source,
          'front-matter-unknown-key',
          'info',
          `Sticky does not use the front matter key \`${key}\` (known keys: ${KNOWN_KEYS.join(', ')}).`,
          entry.start,
          entry.end,
        ),
      );
    }
  }
  return meta;
}
