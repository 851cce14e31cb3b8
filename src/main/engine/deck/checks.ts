import type { Finding, Lang } from '../../../shared/talk';
import enDeck from '../lexicon/en/deck.json';
import nlDeck from '../lexicon/nl/deck.json';
import { findingAt } from '../talk/findings';
import type { SourceText } from '../talk/source';
import { languageEvidence, STOPWORDS } from '../text/language';
import { countWords, lowerWords } from '../text/words';
import type { SlideText } from './readDeck';
import { fillTemplate } from '../../../shared/template';

const MESSAGES: Record<Lang, Record<string, string>> = { en: enDeck.messages, nl: nlDeck.messages };

// The 6x6 rule of slide design (at most six bullets of six words) puts a readable slide near 36
// words; with a title of about four words, more than 40 shown words is a document.
export const DOCUMENT_WORDS = 40;
// Fewer content words than this in the notes are a cue ("pause here"), not a reading of the slide.
const READ_ALOUD_MIN_WORDS = 8;
// Reading aloud repeats the slide nearly word for word; 80% of the notes' content words on the
// slide leaves room for the joining words a reader adds, while notes that tell more fall below it.
const READ_ALOUD_SHARE = 0.8;

// A language is told apart by its function words; ten of them on each side (a few slides' worth)
// is enough to say which, and fewer leaves slides of figures and names alone.
const LANGUAGE_MIN_EVIDENCE = 10;
// One side is in a language when its function words outnumber the other's two to one; a mixed
// deck (English terms in Dutch notes) stays below that.
const LANGUAGE_MARGIN = 2;
const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = { en: { en: 'English', nl: 'Dutch' }, nl: { en: 'Engels', nl: 'Nederlands' } };

/** The language a text is clearly in, or null when it is too short or mixed to say. */
function clearLanguage(text: string): Lang | null {
  const { en, nl } = languageEvidence(text);
  if (Math.max(en, nl) < LANGUAGE_MIN_EVIDENCE) return null;
  if (en >= LANGUAGE_MARGIN * nl) return 'en';
  if (nl >= LANGUAGE_MARGIN * en) return 'nl';
  return null;
}

/**
 * A deck whose slides are in one language and whose notes in another: the audience reads one and
 * hears the other. One finding, at the first slide's shown text.
 */
export function languageFinding(source: SourceText, slides: SlideText[], lang: Lang): Finding | null {
  const shownText = slides.map((slide) => slide.shownMask).join('\n');
  const notesText = slides.flatMap((slide) => slide.notes.map((note) => note.masked)).join('\n');
  const shown = clearLanguage(shownText);
  const spoken = clearLanguage(notesText);
  if (shown === null || spoken === null || shown === spoken) return null;
  const first = slides.find((slide) => spokenRange(slide.shownMask, slide.shown.start) !== null);
  const range = first ? spokenRange(first.shownMask, first.shown.start)! : { start: 0, end: 0 };
  const lineEnd = source.normalized.indexOf('\n', range.start);
  const message = fill(MESSAGES[lang]['deck-language-mismatch']!, {
    shown: LANGUAGE_NAMES[lang][shown],
    spoken: LANGUAGE_NAMES[lang][spoken],
  });
  return findingAt(
    source,
    'deck-language-mismatch',
    'warning',
    message,
    range.start,
    lineEnd === -1 ? range.end : Math.min(lineEnd, range.end),
    {
      ...(first ? { sectionId: first.sectionId } : {}),
    },
  );
}

const fill = fillTemplate;

/** The range from the first to the last spoken character of a mask placed at `at`, or null. */
function spokenRange(masked: string, at: number): { start: number; end: number } | null {
  const first = masked.search(/\S/);
  if (first === -1) return null;
  return { start: at + first, end: at + masked.trimEnd().length };
}

/**
 * The deck checks: a slide without notes (spoken from its own text), a slide that is a document,
 * notes that only read the slide aloud, and slides shown in one language but spoken in another.
 * Messages in the talk's language.
 */
export function deckFindings(source: SourceText, slides: SlideText[], lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const stopwords = STOPWORDS[lang];
  for (const slide of slides) {
    const at = (
      ruleId: string,
      severity: Finding['severity'],
      range: { start: number; end: number },
      values: Record<string, string | number>,
    ): void => {
      const message = fill(MESSAGES[lang][ruleId]!, { slide: slide.label, ...values });
      findings.push(findingAt(source, ruleId, severity, message, range.start, range.end, { sectionId: slide.sectionId }));
    };
    const shown = spokenRange(slide.shownMask, slide.shown.start);
    const shownWords = countWords(slide.shownMask);
    const notesText = slide.notes.map((note) => note.masked).join('\n');
    if (shown && countWords(notesText) === 0) {
      const lineEnd = source.normalized.indexOf('\n', shown.start);
      at('slide-no-notes', 'info', { start: shown.start, end: lineEnd === -1 || lineEnd > shown.end ? shown.end : lineEnd }, {});
    }
    if (shown && shownWords > DOCUMENT_WORDS) at('slide-is-document', 'warning', shown, { words: shownWords });
    const onSlide = new Set(lowerWords(slide.shownMask));
    const said = lowerWords(notesText).filter((word) => !stopwords.has(word));
    const repeated = said.filter((word) => onSlide.has(word)).length;
    const range = slide.notes.length > 0 ? spokenRange(slide.notes[0]!.masked, slide.notes[0]!.span.start) : null;
    if (range && said.length >= READ_ALOUD_MIN_WORDS && repeated / said.length >= READ_ALOUD_SHARE)
      at('notes-read-slide', 'warning', range, { share: Math.round((100 * repeated) / said.length) });
  }
  const language = languageFinding(source, slides, lang);
  if (language) findings.push(language);
  return findings;
}
