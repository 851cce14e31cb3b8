/**
 * Syllables per word of a section's text, in English or Dutch: the speech rate the microphone
 * hears is in syllables, and a section's own syllables per word turns it into words per minute.
 * A vowel-group count with each language's main exceptions; close enough for a ratio over a
 * whole section (a word off by one syllable moves a 100-word section's ratio by 1%). It counts
 * vowel pairs spoken apart as one ("idea", "experience" lose a syllable).
 */

const WORD = /[\p{L}\p{M}']+/gu;

// English: vowel letters (y counts as a vowel after a consonant); a final silent e, and -es/-ed
// endings that add no syllable, are the usual corrections of a vowel-group count.
const EN_VOWEL_GROUPS = /[aeiouy]+/g;
const EN_SILENT_E = /[^aeiouyl]e$/; // "make", "time"; not "table" (-le keeps its syllable)
const EN_SILENT_ED_ES = /[^aeiouytd]e[ds]$/; // "moved", "makes"; not "wanted", "boxes" handled below
const EN_SIBILANT_ES = /(?:[sxz]|ch|sh|c|g)es$/; // "boxes", "wishes", "pages": the -es is heard

function englishSyllables(word: string): number {
  let count = word.match(EN_VOWEL_GROUPS)?.length ?? 0;
  if (count > 1 && EN_SILENT_E.test(word)) count--;
  else if (count > 1 && EN_SILENT_ED_ES.test(word) && !EN_SIBILANT_ES.test(word)) count--;
  return Math.max(1, count);
}

// Dutch spells each syllable's vowel as one group of vowel letters (aa, ie, eeuw, ij…), so a
// vowel-group count is nearly exact; "ij" is a vowel there, and a diaeresis (ë, ï) starts a new
// syllable ("ideeën", "België"), which the letter split below keeps apart.
const NL_VOWEL_GROUPS = /(?:ij|[aeiouy])+|[ëïöüéè]/g;

function dutchSyllables(word: string): number {
  return Math.max(1, word.match(NL_VOWEL_GROUPS)?.length ?? 0);
}

/** The syllables of one word in the given language. */
export function wordSyllables(word: string, lang: 'en' | 'nl'): number {
  const lower = word.toLowerCase().replace(/'/g, '');
  return lang === 'nl' ? dutchSyllables(lower) : englishSyllables(lower);
}

// When a section has no words (a video, an exercise), the languages' usual ratios, measured with
// this counter on the bundled sample talks: 1.37 for the English one, 1.57 for the Dutch one.
/** Syllables per word to use when a section has no text. */
export const DEFAULT_SYLLABLES_PER_WORD = { en: 1.4, nl: 1.6 } as const;

/** The average syllables per word of a text, or the language's default when it has no words. */
export function syllablesPerWord(text: string, lang: 'en' | 'nl'): number {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return DEFAULT_SYLLABLES_PER_WORD[lang];
  const syllables = words.reduce((sum, word) => sum + wordSyllables(word, lang), 0);
  return syllables / words.length;
}
