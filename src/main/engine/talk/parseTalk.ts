import type { TalkDefaults } from '../../../shared/settings';
import type { Finding, Lang, Section, Talk } from '../../../shared/talk';
import { OPENING_ID, VARIANTS } from '../../../shared/talk';
import { detectLanguage } from '../text/language';
import { countWords } from '../text/words';
import { readDirectives } from './directives';
import { MAX_SECTIONS } from './limits';
import { boundNesting, MAX_MARKERS } from './nesting';
import { firstSentence, headingText, maskRange, placeTokens, slugify, type PlacedToken } from './tokens';
import { structureFindings } from './structure';
import { noticeAt, spoken, type Notice } from './say';
import { frontMatterBlock, readFrontMatter } from './frontMatter';
import { readMeta } from './meta';
import { detectDeck, isOfficeDeck } from '../deck/detect';
import { deckFindings } from '../deck/checks';
import { readDeck, type DeckRead } from '../deck/readDeck';
import { lineTable, locateFindings, locateSections, type LineTable } from '../location/locate';
import { SourceText } from './source';

export { MAX_SECTIONS } from './limits';

/** Default speaking rates from TALK-FORMAT.md: Dutch words are longer, so fewer per minute. */
export const DEFAULT_WPM: Record<Lang, number> = { en: 130, nl: 115 };

interface SectionDraft {
  title: string;
  headingStart: number;
  tokens: PlacedToken[];
  isOpening: boolean;
}

/** A section's spoken text, aligned with the source: same length, unspoken characters blanked. */
export interface SectionText {
  id: string;
  /** Offset of the section's first character in the normalised text. */
  start: number;
  /** The spoken mask of the section: `masked[i]` is the normalised character at `start + i`, or a space. */
  masked: string;
  /** In a deck: the slide's shown text, masked the same way (section-relative, the rest spaces). */
  shown?: string;
}

/** A parsed talk with what analysis needs beyond the Talk itself. */
export interface ReadTalk {
  talk: Talk;
  source: SourceText;
  texts: SectionText[];
  /** Where each line is in the user's file (decks, converted documents), or null for plain Markdown. */
  lines: LineTable | null;
}

/** How to read a talk: its file name (for a title of last resort) and defaults for what its front matter leaves out. */
export interface ParseOptions {
  fileName?: string;
  defaults?: Partial<TalkDefaults>;
  /** Remembers values derived from a text between parses (the analysis cache's), so an edit re-reads little. */
  memo?: <T>(kind: string, text: string, compute: () => T) => T;
}

const noMemo = <T>(_kind: string, _text: string, compute: () => T): T => compute();

/** Parses a talk in Sticky's Markdown format. Never throws; problems become findings. */
export function parseTalk(text: string, options: ParseOptions = {}): Talk {
  return readTalk(text, options).talk;
}

/** Parses a talk and keeps the source map and spoken text of each section, for analysis. */
export function readTalk(text: string, options: ParseOptions = {}): ReadTalk {
  const source = new SourceText(text);
  const memo = options.memo ?? noMemo;
  // Front matter sits at the top, so the same block (and the same length in the file: CRLF line
  // ends make it longer) reads the same, positions included.
  const block = frontMatterBlock(source.normalized);
  const frontMatter =
    block === null
      ? readFrontMatter(source)
      : memo(`front-matter:${source.positionOfNormalized(block.length).offset}`, block, () => readFrontMatter(source));
  const deckKind = detectDeck(source.normalized, frontMatter, options.fileName);
  const meta = readMeta(source, frontMatter, deckKind);
  // What is found while reading waits for the talk's language, which the whole talk decides
  // (see Notice): even the front matter's own problems are told in the language the talk turns
  // out to be in, its `lang` if valid, else the settings' or the one detected from its text.
  const notices: Notice[] = [...frontMatter.findings, ...meta.findings];
  const deck: DeckRead | null = deckKind ? readDeck(source, frontMatter, deckKind) : null;
  const nesting = boundNesting(deck ? '' : source.normalized);
  const tokens = deck ? [] : placeTokens(source.normalized, frontMatter.bodyStart, nesting.text);
  const firstDeep = nesting.deep.find((line) => line.offset >= frontMatter.bodyStart);
  if (firstDeep)
    notices.push(
      noticeAt(
        source,
        'nesting-too-deep',
        'info',
        nesting.deep.length === 1 ? 'nesting-too-deep-one' : 'nesting-too-deep',
        // The count as it was always written (no thousands separator), in either language.
        { max: MAX_MARKERS, lines: String(nesting.deep.length) },
        firstDeep.offset,
        firstDeep.end,
      ),
    );

  let heading1: string | undefined;
  let tooMany: PlacedToken | undefined;
  const drafts: SectionDraft[] = [{ title: 'Opening', headingStart: frontMatter.bodyStart, tokens: [], isOpening: true }];
  for (const placed of tokens) {
    const depth = placed.type === 'heading' ? (placed.token as { depth: number }).depth : 0;
    const noSectionYet = drafts.length === 1;
    if (depth === 1 && heading1 === undefined && noSectionYet) {
      heading1 = headingText(placed.token);
    } else if (depth === 2 && drafts.length > MAX_SECTIONS) {
      // Past the limit, headings stay inside the last section (as headings: unspoken).
      tooMany ??= placed;
    } else if (depth === 2) {
      drafts.push({ title: headingText(placed.token) || 'Untitled section', headingStart: placed.start, tokens: [], isOpening: false });
      continue;
    } else if (depth === 1) {
      notices.push(noticeAt(source, 'extra-title', 'info', 'extra-title', {}, placed.start, placed.start + placed.raw.trimEnd().length));
    }
    drafts[drafts.length - 1]!.tokens.push(placed);
  }
  if (tooMany)
    notices.push(
      noticeAt(
        source,
        'too-many-sections',
        'warning',
        'too-many-sections',
        { max: MAX_SECTIONS },
        tooMany.start,
        tooMany.start + tooMany.raw.trimEnd().length,
      ),
    );

  const title = meta.title ?? heading1 ?? deck?.firstHeading ?? options.fileName?.replace(/\.[^.]+$/, '') ?? 'Untitled talk';
  const taken = new Set<string>();
  const sections: Section[] = [];
  const texts: SectionText[] = [];
  const hasHeadings = drafts.length > 1 || deck !== null;
  if (deck) {
    sections.push(...deck.sections);
    texts.push(...deck.texts);
    notices.push(...deck.findings);
  } else
    drafts.forEach((draft, index) => {
      const next = drafts[index + 1];
      const endNormalized = next ? next.headingStart : source.normalized.length;
      const firstToken = draft.tokens.find((placed) => placed.type !== 'space' && placed.type !== 'heading');
      const startNormalized = draft.isOpening ? (firstToken?.start ?? draft.headingStart) : draft.headingStart;
      // A section's mask depends only on its own text (block tokens never reach across a heading).
      const sectionText = source.normalized.slice(startNormalized, endNormalized);
      const masked = memo('mask', sectionText, () => maskRange(draft.tokens, startNormalized, endNormalized));
      const words = memo('section-words', masked, () => countWords(masked));
      if (draft.isOpening && words === 0) return;
      const id = slugify(draft.isOpening ? OPENING_ID : draft.title, taken, index);
      const directives = readDirectives(source, draft.tokens, id);
      notices.push(...directives.findings);
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
        prompt: memo('prompt', masked, () => firstSentence(masked)),
      });
    });

  const allSpoken = texts.map((sectionText) => sectionText.masked).join('\n');
  const fixedLang = options.defaults?.lang && options.defaults.lang !== 'auto' ? options.defaults.lang : undefined;
  const lang: Lang = meta.lang ?? fixedLang ?? memo('lang', allSpoken, () => detectLanguage(allSpoken));
  const findings: Finding[] = notices.map((notice) => spoken(notice, lang));
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
    ...(isOfficeDeck(deckKind) ? { presentation: deckKind } : deckKind ? { deck: deckKind } : {}),
  };
  if (deck) findings.push(...deckFindings(source, deck.slides, lang));
  findings.push(...structureFindings(source, talk, hasHeadings));
  const lines = lineTable(source, deck, deckKind, options.fileName);
  locateFindings(findings, lines);
  locateSections(sections, lines);
  return { talk, source, texts, lines };
}
