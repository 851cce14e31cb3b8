import { isMap, isScalar, parseDocument } from 'yaml';
import type { Finding } from '../../../shared/talk';
import { findingAt } from './findings';
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
  findings: Finding[];
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
    const finding = findingAt(
      source,
      'front-matter-unclosed',
      'error',
      'Front matter starts on line 1 but has no closing `---` line, so it is read as Markdown. Add a line with `---` after the last setting.',
      0,
      3,
    );
    return { entries, bodyStart: 0, findings: [finding] };
  }

  const yamlText = text.slice(yamlStart, yamlStart + closing.index);
  const afterClosing = yamlStart + closing.index + closing[0].length;
  const bodyStart = text[afterClosing] === '\n' ? afterClosing + 1 : afterClosing;
  const findings: Finding[] = [];
  // Duplicate keys are found below with a set: the YAML library's own check compares every pair
  // of keys, quadratic on a front matter of thousands of keys.
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });

  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 3)) {
      const [from, to] = error.pos;
      const reason = error.message.split('\n')[0] ?? 'invalid YAML';
      findings.push(
        findingAt(
          source,
          'front-matter-invalid',
          'error',
          `The front matter is not valid YAML (${reason}); its settings are ignored until it is fixed.`,
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
    findings.push(
      findingAt(
        source,
        'front-matter-invalid',
        'error',
        'The front matter must be a list of `key: value` lines; its settings are ignored.',
        yamlStart + from,
        yamlStart + to,
      ),
    );
    return { entries, bodyStart, findings };
  }

  const seen = new Set<string>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (seen.has(key)) {
      const at = (isScalar(pair.key) && pair.key.range) || [0, 0];
      findings.push(
        findingAt(
          source,
          'front-matter-value',
          'warning',
          `\`${key.slice(0, 40)}\` is set twice; the first one counts.`,
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
        findingAt(
          source,
          'front-matter-value',
          'warning',
          `\`${key.slice(0, 40)}\` could not be read; it is ignored.`,
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
