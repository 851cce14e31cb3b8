import type { Lang } from '../../../shared/talk';
import { lower, WORDS, type AskWords, type Phrases } from './askWords';
import { ruleLexicon } from './catalogue';
import { sentencesOutsideQuotes } from './dialogue';
import type { Sentence } from '../text/segment';
import { ruleMatch } from './lexiconRules';
import { pastForms } from './time-markers';
import type { Match, SectionContext } from './types';

const RULE = { en: ruleLexicon('call-to-action', 'en').rule, nl: ruleLexicon('call-to-action', 'nl').rule };
// A hypothetical is no ask: "If you went to … you'd get a blank stare", "Als je zou bellen…". "You'd
// better" still urges. A sentence that opens with a relative pronoun continues a story ("Which were
// thin, you just put a little in"). The audit of 100 findings rejected each (class 6).
const HYPOTHETICAL: Record<Lang, RegExp> = {
  en: /\b(?:would|could have)\b|['’]d\b(?!\s+better)/i,
  nl: /(?<!\p{L})(?:zou|zouden)(?!\p{L})/iu,
};
const CONDITION_OPENERS: Record<Lang, RegExp> = { en: /^\W*(?:if|when|whenever)\b/i, nl: /^\W*(?:als|wanneer|stel dat)(?!\p{L})/iu };
const STORY_OPENERS: Record<Lang, RegExp> = {
  en: /^\W*(?:which|who|whose)\b/i,
  nl: /^\W*(?:die|dat|wat) (?:was|waren|had|hadden)(?!\p{L})/iu,
};
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/;
// "Here is what I ask of you." has no word after the ask: it announces it, the next sentence is
// the ask. "I ask you to listen." has two; fewer than two is an announcement.
const ANNOUNCEMENT_WORDS = 2;
// "you should really call": three helper words between a subject and its verb cover "need to",
// "will all", "should really"; more is a different clause.
const MAX_HELPERS = 3;

/** How many words of a phrase from the index start at word i (0 when none). */
function phraseAt(index: Phrases, words: string[], i: number, w: AskWords): number {
  const fits = (token: string, word: string | undefined): boolean =>
    word !== undefined &&
    (token === word ||
      (token === '{n}' && (/^\d+$/.test(word) || w.numbers.has(word))) ||
      (token === '{weekday}' && w.sets.weekdays.has(word)));
  for (const key of [words[i]!, '{weekday}', '{n}']) {
    for (const phrase of index.get(key) ?? []) if (phrase.every((token, k) => fits(token, words[i + k]))) return phrase.length;
  }
  return 0;
}

/** The explicit ask ("I ask you", "ik vraag jullie"): how many words follow its end, or -1 when none. */
function wordsAfterAsk(words: string[], w: AskWords): number {
  let end = -1;
  for (let i = 0; i < words.length; i++) {
    const length = phraseAt(w.asks, words, i, w);
    if (length > 0 && !(i > 0 && w.sets.notBefore.has(words[i - 1]!))) end = Math.max(end, i + length);
  }
  return end < 0 ? -1 : words.length - end;
}

/**
 * A verb after a subject at word i: "you call", "you need to call", "jij belt". "You can try" offers
 * an option, not an ask (fresh audit #7): a modal of possibility counts only beside a time frame.
 */
function subjectActs(words: string[], i: number, to: number, w: AskWords, needsHelper: boolean, timed: boolean): boolean {
  let j = i + 1;
  while (j < to && j - i <= MAX_HELPERS && w.sets.modals.has(words[j]!)) j++;
  const helped = j > i + 1 || words[i]!.endsWith("'ll");
  const option = words.slice(i + 1, j).some((word) => w.sets.possibility.has(word));
  return j < to && (helped || !needsHelper) && (timed || !option) && w.forms.has(words[j]!);
}

/**
 * What a clause (words from..to) does: 'subject' when "you" acts ("you call", "bel jij"); 'action'
 * or 'command' when it opens (after connectors, a time frame or a comma) with a concrete action
 * verb or another instruction ("Focus", "Distill": English verbs by their tags too).
 */
function clauseAct(
  sentence: Sentence,
  words: string[],
  frames: { inFrame: boolean[]; timed: boolean },
  from: number,
  to: number,
  context: SectionContext,
) {
  const w = WORDS[context.lang];
  let seeking = true;
  let imperative: 'action' | 'command' | null = null;
  for (let i = from; i < to; i++) {
    if (i > from && context.masked.slice(sentence.words[i - 1]!.end, sentence.words[i]!.start).includes(',')) seeking = true;
    const word = words[i]!;
    const next = i + 1 < to ? words[i + 1]! : '';
    const free = i === 0 || !w.sets.notBefore.has(words[i - 1]!);
    if (w.sets.subjects.has(word) && free && subjectActs(words, i, to, w, !seeking, frames.timed)) return 'subject';
    if (!seeking || frames.inFrame[i] || w.sets.connectors.has(word)) continue;
    seeking = false;
    if (context.lang === 'nl' && w.forms.has(word) && w.sets.subjects.has(next)) return 'subject';
    if (w.sets.firstPerson.has(next)) continue;
    const tags = context.tags.get(sentence.words[i]!.start);
    if (w.actions.has(word)) imperative = 'action';
    else if (!imperative && (w.commands.has(word) || tags?.has('Infinitive') || tags?.has('Imperative'))) imperative = 'command';
  }
  return imperative;
}

/** Whether a sentence outside a list asks the audience to act: 'you' (addressed) or 'now' (soon). */
function sentenceKind(sentence: Sentence, words: string[], context: SectionContext): 'you' | 'now' | null {
  const w = WORDS[context.lang];
  const inFrame = new Array<boolean>(words.length).fill(false);
  let strong = false;
  let soon = false;
  for (let i = 0; i < words.length; i++) {
    const frame = phraseAt(w.timeFrames, words, i, w);
    const soonFrame = frame > 0 ? 0 : phraseAt(w.soonFrames, words, i, w);
    strong ||= frame > 0;
    soon ||= soonFrame > 0;
    for (let k = i; k < i + frame + soonFrame; k++) inFrame[k] = true;
    i += Math.max(frame + soonFrame - 1, 0);
  }
  const addressed = words.some((word) => w.sets.secondPerson.has(word));
  let statement = false;
  // Clauses end at ":" and ";"; one ending in "?" is a question, not a task.
  for (let from = 0, i = 1; i <= words.length; i++) {
    const end = i < words.length ? sentence.words[i]!.start : sentence.end;
    const between = context.masked.slice(sentence.words[i - 1]!.end, end);
    if (i < words.length && !/[:;]/.test(between)) continue;
    if (!between.includes('?')) {
      statement = true;
      const act = clauseAct(sentence, words, { inFrame, timed: strong }, from, i, context);
      if (act === 'subject') return 'you';
      if (act && (strong || soon)) return 'now';
      if (act === 'action' && addressed) return 'you';
    }
    from = i;
  }
  const subject = words.some((word) => w.sets.subjects.has(word));
  const speaker = words.some((word) => w.sets.firstPerson.has(word));
  return statement && subject && strong && !speaker ? 'you' : null;
}

/** Whether a sentence opens (after "Now," or "So") with an invitation to imagine: "put yourself in her shoes", "stel je voor". */
function imagined(words: string[], w: AskWords): boolean {
  let i = 0;
  while (i < words.length && w.sets.connectors.has(words[i]!)) i++;
  return phraseAt(w.imagine, words, i, w) > 0;
}

/** Whether a sentence is a hypothetical, an invitation to imagine, a past condition or a story's continuation, not an ask. */
function hypothetical(sentence: Sentence, words: string[], context: SectionContext, past: Set<string>): boolean {
  const { lang } = context;
  if (HYPOTHETICAL[lang].test(sentence.text) || STORY_OPENERS[lang].test(sentence.text)) return true;
  // "Now, put yourself in the shoes of that mom.": a moment of empathy in the story, no ask (fresh audit #5).
  if (imagined(words, WORDS[lang])) return true;
  return (
    CONDITION_OPENERS[lang].test(sentence.text) &&
    sentence.words.some((word) => past.has(word.lower) || context.tags.get(word.start)?.has('PastTense'))
  );
}

/**
 * The speaker's ask of the audience, one match per sentence: an explicit ask ("I ask you to…",
 * "Ik vraag jullie: …", or the sentence after "here is what I ask of you"), "you" with an action or
 * a near time frame, or an imperative with a near time frame. Imperatives in list items, general
 * advice, sentences about others, questions and an ask inside someone else's quote are not the ask.
 * Linear in the text.
 */
export function callToActionMatches(context: SectionContext): Match[] {
  const w = WORDS[context.lang];
  const rule = RULE[context.lang];
  const lineStarts = [0];
  for (let i = context.masked.indexOf('\n'); i !== -1; i = context.masked.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let line = 0;
  const listed = (start: number): boolean => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= start) line++;
    return LIST_MARKER.test(context.source.slice(lineStarts[line]!, lineStarts[line]! + 24));
  };
  const matches: Match[] = [];
  const past = pastForms(context);
  const outside = sentencesOutsideQuotes(context, rule.signal);
  let announced = false;
  context.sentences.forEach((sentence, index) => {
    const words = sentence.words.map((word) => lower(word.text));
    // An ask whose words are all inside someone else's quote is theirs, said to someone in the story
    // (the fresh audit's class 3): only the speaker's own words around the quote can ask this room.
    const own = outside(index);
    const ownWords = own ? own.sentence.words.map((word) => lower(word.text)) : words;
    const after = wordsAfterAsk(ownWords, w);
    const question = sentence.text.endsWith('?');
    const next = context.sentences[index + 1];
    let kind: string | null = null;
    if (after >= 0 && after < ANNOUNCEMENT_WORDS && next && !next.text.endsWith('?')) {
      announced = true;
      return;
    }
    if (after >= 0 || (announced && !question)) kind = 'ask';
    else if (!listed(sentence.start) && !hypothetical(sentence, words, context, past)) {
      kind = sentenceKind(sentence, words, context);
      if (kind && own) kind = own.sentence.words.length > 0 ? sentenceKind(own.sentence, ownWords, own.context) && kind : null;
    }
    // "When you start to look for it, you find it everywhere": a condition with "you" doing something
    // is a general truth, not an ask; an instruction or a near time frame after it still is (fresh audit).
    if (kind === 'you' && CONDITION_OPENERS[context.lang].test(sentence.text)) kind = null;
    announced = false;
    if (!kind) return;
    matches.push(ruleMatch(rule, `${rule.id}.${kind}`, { start: sentence.start, end: sentence.end, actual: sentence.text }));
  });
  return matches;
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { callToActionMatches as find };
