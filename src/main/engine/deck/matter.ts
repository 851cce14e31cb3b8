import { isMap, isScalar, parseDocument } from 'yaml';
import type { Variant } from '../../../shared/talk';
import { VARIANTS } from '../../../shared/talk';
import { MAX_SECTION_MINUTES } from '../talk/directives';
import type { FrontMatterEntry } from '../talk/frontMatter';
import { noticeAt, type MessageKey, type MessageValues, type Notice } from '../talk/say';
import type { SourceText } from '../talk/source';
import type { Span } from './notes';

/** What a slide's front matter says to Sticky: its versions and budget. */
export interface SlideSettings {
  variants?: Variant[];
  minutes?: number;
  ignores: string[];
  /** Bad values, told in the talk's language once it is known. */
  findings: Notice[];
}

/** The keys of a Slidev slide's front matter, read leniently: bad YAML is a finding, never a throw. */
export function matterEntries(source: SourceText, span: Span): { entries: Map<string, FrontMatterEntry>; findings: Notice[] } {
  const entries = new Map<string, FrontMatterEntry>();
  const doc = parseDocument(source.normalized.slice(span.start, span.end), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
    return { entries, findings: [noticeAt(source, 'front-matter-invalid', 'warning', 'slide-matter-invalid', {}, span.start, span.end)] };
  }
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const node = pair.value;
    const range = (node && typeof node === 'object' && 'range' in node && node.range) || [0, 0];
    let value: unknown;
    try {
      value = node && typeof node === 'object' && 'toJSON' in node ? node.toJSON() : node;
    } catch {
      continue; // YAML's own limits (an alias expanded thousands of times): the key is left out.
    }
    entries.set(key, { value, start: span.start + range[0], end: span.start + range[1] });
  }
  return { entries, findings: [] };
}

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/).filter((part) => part !== '') : [value];

/** Reads `variants`, `minutes` and `ignore` from a slide's front matter, with a finding for each bad value. */
export function slideSettings(source: SourceText, entries: Map<string, FrontMatterEntry>, sectionId: string): SlideSettings {
  const settings: SlideSettings = { ignores: [], findings: [] };
  const warn = (entry: FrontMatterEntry, key: MessageKey, values: MessageValues = {}): void => {
    settings.findings.push(noticeAt(source, 'directive-invalid', 'warning', key, values, entry.start, entry.end, { sectionId }));
  };
  const variants = entries.get('variants');
  if (variants && variants.value !== null) {
    const parts = listOf(variants.value);
    const valid = parts.map(Number).filter((n): n is Variant => (VARIANTS as readonly number[]).includes(n));
    if (valid.length < parts.length) warn(variants, 'slide-variants');
    if (valid.length > 0) settings.variants = [...new Set(valid)].sort((a, b) => a - b);
  }
  const minutes = entries.get('minutes');
  if (minutes && minutes.value !== null) {
    const value =
      typeof minutes.value === 'number' ? minutes.value : typeof minutes.value === 'string' ? Number(minutes.value.replace(',', '.')) : NaN;
    if (Number.isFinite(value) && value > 0 && value <= MAX_SECTION_MINUTES) settings.minutes = value;
    else warn(minutes, 'slide-minutes', { max: MAX_SECTION_MINUTES });
  }
  for (const key of ['ignore', 'sticky-ignore']) {
    const entry = entries.get(key);
    if (entry && entry.value !== null) settings.ignores.push(...listOf(entry.value).filter((id): id is string => typeof id === 'string'));
  }
  return settings;
}
