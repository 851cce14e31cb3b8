import { isMap, isScalar, parseDocument } from 'yaml';
import { noticeAt, type Notice } from './say';
import type { SourceText } from './source';

/** One front matter key with its value and where the value sits in the normalised text. */
export interface FrontMatterEntry {
  value: unknown;
  start: number;
  end: number;
}

/** The front matter block of a talk, read leniently. */
export interface FrontMatter {
  /** Keys that were read, with positions for messages about them. */
  entries: Map<string, FrontMatterEntry>;
  /** Normalised offset where the Markdown body begins. */
  bodyStart: number;
  /** Problems of the block itself, told in the talk's language once it is known. */
  findings: Notice[];
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * The front matter block with its closing line (the text reading it depends on), '' when the talk
 * has none, or null when it is not closed.
 */
export function frontMatterBlock(text: string): string | null {
  const opening = OPENING.exec(text);
  if (!opening) return '';
  const closing = CLOSING.exec(text.slice(opening[0].length));
  return closing ? text.slice(0, opening[0].length + closing.index + closing[0].length + 1) : null;
}

/**
 * Reads YAML front matter at the top of the talk. Malformed YAML never throws: it yields a finding
 * with the position of the error, and no entries.
 */
export function readFrontMatter(source: SourceText): FrontMatter {
  const text = source.normalized;
  const entries = new Map<string, FrontMatterEntry>();
  const opening = OPENING.exec(text);
  if (!opening) return { entries, bodyStart: 0, findings: [] };

  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(text.slice(yamlStart));
  if (!closing) {
    const finding = noticeAt(source, 'front-matter-unclosed', 'error', 'front-matter-unclosed', {}, 0, 3);
    return { entries, bodyStart: 0, findings: [finding] };
  }

  const yamlText = text.slice(yamlStart, yamlStart + closing.index);
  const afterClosing = yamlStart + closing.index + closing[0].length;
  const bodyStart = text[afterClosing] === '\n' ? afterClosing + 1 : afterClosing;
  const findings: Notice[] = [];
  // Duplicate keys are found below with a set: the YAML library's own check compares every pair
  // of keys, quadratic on a front matter of thousands of keys.
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });

  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 3)) {
      const [from, to] = error.pos;
      // The YAML library's own reason is in English, whatever the talk's language.
      const reason = error.message.split('\n')[0] ?? { say: 'front-matter-invalid-reason' as const };
      findings.push(
        noticeAt(
          source,
          'front-matter-invalid',
          'error',
          'front-matter-invalid',
          { reason },
          yamlStart + from,
          yamlStart + Math.max(from, to),
        ),
      );
    }
    return { entries, bodyStart, findings };
  }

  if (doc.contents === null) return { entries, bodyStart, findings };
  if (!isMap(doc.contents)) {
    const [from, to] = doc.contents.range ?? [0, 0];
    findings.push(noticeAt(source, 'front-matter-invalid', 'error', 'front-matter-not-map', {}, yamlStart + from, yamlStart + to));
    return { entries, bodyStart, findings };
  }

  const seen = new Set<string>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (seen.has(key)) {
      const at = (isScalar(pair.key) && pair.key.range) || [0, 0];
      findings.push(
        noticeAt(
          source,
          'front-matter-value',
          'warning',
          'front-matter-key-twice',
          { key: key.slice(0, 40) },
          yamlStart + at[0],
          yamlStart + at[1],
        ),
      );
      continue;
    }
    seen.add(key);
    const node = pair.value;
    const range = (node && 'range' in node && node.range) || (isScalar(pair.key) && pair.key.range) || [0, 0];
    let value: unknown;
    try {
      value = node && typeof node === 'object' && 'toJSON' in node ? node.toJSON() : node;
    } catch {
      // YAML's own limits (an alias expanded thousands of times) refuse the value, not the talk.
      findings.push(
        noticeAt(
          source,
          'front-matter-value',
          'warning',
          'front-matter-value-unreadable',
          { key: key.slice(0, 40) },
          yamlStart + range[0],
          yamlStart + range[1],
        ),
      );
      continue;
    }
    entries.set(key, { value, start: yamlStart + range[0], end: yamlStart + range[1] });
  }
  return { entries, bodyStart, findings };
}
