import type { Audience, Finding, Lang } from '../../../shared/talk';
import { findingAt } from './findings';
import type { FrontMatter, FrontMatterEntry } from './frontMatter';
import type { SourceText } from './source';

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

const KNOWN_KEYS = ['title', 'speaker', 'lang', 'wpm', 'mantra', 'audience', 'ignore'];
const AUDIENCES: readonly Audience[] = ['keynote', 'board', 'workshop'];
// Speaking rates outside 60-250 words per minute are not speech: 60 is a slow, paused delivery,
// 250 an auctioneer. Typical keynote rates are 110-160 wpm.
const MIN_WPM = 60;
const MAX_WPM = 250;

/** Validates front matter entries into talk settings, with a finding for each bad value. */
export function readMeta(source: SourceText, frontMatter: FrontMatter): TalkMeta {
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
    const wpm = Number(wpmEntry.value);
    if (Number.isFinite(wpm) && wpm >= MIN_WPM && wpm <= MAX_WPM) meta.wpm = wpm;
    else
      complain(
        wpmEntry,
        `\`wpm: ${String(wpmEntry.value)}\` is not a speaking rate between ${MIN_WPM} and ${MAX_WPM} words per minute; the default is used.`,
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
    const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : null;
    if (list) meta.ignores = list.map((item) => String(item).trim()).filter((item) => item !== '');
    else complain(ignoreEntry, '`ignore` should be a list of rule ids; it is ignored.');
  }

  for (const [key, entry] of frontMatter.entries) {
    if (!KNOWN_KEYS.includes(key)) {
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
