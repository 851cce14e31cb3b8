import { Lexer, type Token } from 'marked';
import type { TalkDefaults } from '../../../shared/settings';
import type { Finding, Lang, Section, Talk } from '../../../shared/talk';
import { OPENING_ID, VARIANTS } from '../../../shared/talk';
import { detectLanguage } from '../text/language';
import { spokenMask } from '../text/mask';
import { countWords } from '../text/words';
import { readDirectives, type PlacedRaw } from './directives';
import { findingAt } from './findings';
import { readFrontMatter } from './frontMatter';
import { readMeta } from './meta';
import { SourceText } from './source';

/** Default speaking rates from TALK-FORMAT.md: Dutch words are longer, so fewer per minute. */
export const DEFAULT_WPM: Record<Lang, number> = { en: 130, nl: 115 };

interface PlacedToken extends PlacedRaw {
  token: Token;
}

interface SectionDraft {
  title: string;
  headingStart: number;
  tokens: PlacedToken[];
  isOpening: boolean;
}

/** Splits the body into top-level tokens with their normalised offsets. */
function placeTokens(text: string, bodyStart: number): PlacedToken[] {
  const tokens = new Lexer({ gfm: true }).lex(text.slice(bodyStart));
  const placed: PlacedToken[] = [];
  let offset = bodyStart;
  for (const token of tokens) {
    // Raw texts concatenate to the source; should the parser ever skip a character, find the raw.
    const start = text.startsWith(token.raw, offset) ? offset : Math.max(offset, text.indexOf(token.raw, offset));
    placed.push({ type: token.type, raw: token.raw, start, token });
    offset = start + token.raw.length;
  }
  return placed;
}

/** A URL-style id for a section title, unique within the talk. */
function slugify(title: string, taken: Set<string>, index: number): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || `section-${index + 1}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function headingText(token: Token): string {
  return ((token as { text?: string }).text ?? '').replace(/\s+/g, ' ').trim();
}

/** A section's spoken text, aligned with the source: same length, unspoken characters blanked. */
export interface SectionText {
  id: string;
  /** Offset of the section's first character in the normalised text. */
  start: number;
  /** The spoken mask of the section: `masked[i]` is the normalised character at `start + i`, or a space. */
  masked: string;
}

/** A parsed talk with what analysis needs beyond the Talk itself. */
export interface ReadTalk {
  talk: Talk;
  source: SourceText;
  texts: SectionText[];
}

/** The spoken mask of the tokens that fall inside [start, end) of the normalised text. */
function maskRange(tokens: PlacedToken[], start: number, end: number): string {
  let masked = '';
  for (const placed of tokens) {
    if (placed.start < start || placed.start >= end) continue;
    masked = masked.padEnd(placed.start - start, ' ') + spokenMask([placed]);
  }
  return masked.padEnd(end - start, ' ').slice(0, end - start);
}

// A prompt is glanced at from two metres: about one line of a slide.
const PROMPT_LENGTH = 140;

/** The first spoken sentence of a section's mask, shortened to a glanceable line. */
function firstSentence(masked: string): string {
  const text = masked.replace(/\s+/g, ' ').trim();
  const end = /[.!?…](?=\s|$)/.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return sentence.length > PROMPT_LENGTH ? `${sentence.slice(0, PROMPT_LENGTH - 1).trimEnd()}…` : sentence;
}

/** How to read a talk: its file name (for a title of last resort) and defaults for what its front matter leaves out. */
export interface ParseOptions {
  fileName?: string;
  defaults?: Partial<TalkDefaults>;
}

/** Parses a talk in Sticky's Markdown format. Never throws; problems become findings. */
export function parseTalk(text: string, options: ParseOptions = {}): Talk {
  return readTalk(text, options).talk;
}

/** Parses a talk and keeps the source map and spoken text of each section, for analysis. */
export function readTalk(text: string, options: ParseOptions = {}): ReadTalk {
  const source = new SourceText(text);
  const frontMatter = readFrontMatter(source);
  const meta = readMeta(source, frontMatter);
  const findings: Finding[] = [...frontMatter.findings];
  const tokens = placeTokens(source.normalized, frontMatter.bodyStart);

  let heading1: string | undefined;
  const drafts: SectionDraft[] = [{ title: 'Opening', headingStart: frontMatter.bodyStart, tokens: [], isOpening: true }];
  for (const placed of tokens) {
    const depth = placed.type === 'heading' ? (placed.token as { depth: number }).depth : 0;
    const noSectionYet = drafts.length === 1;
    if (depth === 1 && heading1 === undefined && noSectionYet) {
      heading1 = headingText(placed.token);
    } else if (depth === 2) {
      drafts.push({ title: headingText(placed.token) || 'Untitled section', headingStart: placed.start, tokens: [], isOpening: false });
      continue;
    } else if (depth === 1) {
      findings.push(
        findingAt(
          source,
          'extra-title',
          'info',
          'Only the first `#` heading is the talk title; start sections with `##`.',
          placed.start,
          placed.start + placed.raw.trimEnd().length,
        ),
      );
    }
    drafts[drafts.length - 1]!.tokens.push(placed);
  }

  const title = meta.title ?? heading1 ?? options.fileName?.replace(/\.[^.]+$/, '') ?? 'Untitled talk';
  const taken = new Set<string>();
  const sections: Section[] = [];
  const texts: SectionText[] = [];
  const hasHeadings = drafts.length > 1;
  drafts.forEach((draft, index) => {
    const next = drafts[index + 1];
    const endNormalized = next ? next.headingStart : source.normalized.length;
    const firstToken = draft.tokens.find((placed) => placed.type !== 'space' && placed.type !== 'heading');
    const startNormalized = draft.isOpening ? (firstToken?.start ?? draft.headingStart) : draft.headingStart;
    const masked = maskRange(draft.tokens, startNormalized, endNormalized);
    const words = countWords(masked);
    if (draft.isOpening && words === 0) return;
    const id = slugify(draft.isOpening ? OPENING_ID : draft.title, taken, index);
    const directives = readDirectives(source, draft.tokens, id);
    findings.push(...directives.findings);
    texts.push({ id, start: startNormalized, masked });
    const start = source.positionOfNormalized(startNormalized);
    sections.push({
      id,
      title: draft.isOpening && !hasHeadings ? title : draft.title,
      line: start.line,
      start,
      end: source.positionOfNormalized(endNormalized),
      variants: draft.isOpening ? [...VARIANTS] : directives.variants,
      fixedMinutes: directives.fixedMinutes,
      ignores: directives.ignores,
      words,
      prompt: firstSentence(masked),
    });
  });

  const allSpoken = texts.map((sectionText) => sectionText.masked).join('\n');
  const fixedLang = options.defaults?.lang && options.defaults.lang !== 'auto' ? options.defaults.lang : undefined;
  const lang: Lang = meta.lang ?? fixedLang ?? detectLanguage(allSpoken);
  const talk: Talk = {
    title,
    speaker: meta.speaker ?? null,
    lang,
    langSource: meta.lang ? 'front-matter' : fixedLang ? 'settings' : 'detected',
    wpm: meta.wpm ?? options.defaults?.wpm ?? DEFAULT_WPM[lang],
    mantra: meta.mantra ?? null,
    audience: meta.audience ?? options.defaults?.audience ?? 'keynote',
    ignores: meta.ignores,
    sections,
    findings,
    words: sections.reduce((sum, section) => sum + section.words, 0),
  };
  findings.push(...structureFindings(source, talk, hasHeadings));
  return { talk, source, texts };
}

function structureFindings(source: SourceText, talk: Talk, hasHeadings: boolean): Finding[] {
  const end = source.normalized.length;
  const findings: Finding[] = [];
  if (talk.words === 0 && talk.sections.every((section) => section.fixedMinutes === null)) {
    findings.push(
      findingAt(
        source,
        'no-content',
        'warning',
        'This talk has no spoken text yet: write sections under `##` headings.',
        0,
        Math.min(end, 1),
      ),
    );
    return findings;
  }
  if (!hasHeadings) {
    findings.push(
      findingAt(
        source,
        'no-sections',
        'warning',
        'No `##` section headings found, so the whole talk is one section. Start each part of the talk with a line `## Title` to plan and time it.',
        0,
        Math.min(end, 1),
      ),
    );
  }
  for (const section of talk.sections) {
    if (section.words === 0 && section.fixedMinutes === null) {
      const offset = section.start.offset;
      findings.push({
        ruleId: 'section-empty',
        severity: 'info',
        message: `"${section.title}" has no spoken text yet, so it takes no time in the plan.`,
        start: section.start,
        end: source.position(offset),
        sectionId: section.id,
      });
    }
  }
  for (const variant of VARIANTS) {
    if (!talk.sections.some((section) => section.variants.includes(variant))) {
      findings.push(
        findingAt(
          source,
          'variant-empty',
          variant === 10 ? 'warning' : 'info',
          `No section belongs to the ${variant}-minute variant; add ${variant} to the \`<!-- variants: ... -->\` comment of the sections it should hold.`,
          0,
          Math.min(end, 1),
        ),
      );
    }
  }
  return findings;
}
