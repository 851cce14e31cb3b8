import type { Lang } from '../../../shared/talk';
import type { Word } from '../text/segment';
import { sentenceAt, type Match, type SectionContext } from './types';

// What a speaker's plan does: change verbs. "We will" is a path only before one of these ("we will
// call every customer back"), never "a man we will call John" or "we will see" (the audit of 100
// findings, class 6: every bare "we will" it met was no plan).
const CHANGE: Record<Lang, Set<string>> = {
  en: new Set(
    'change build launch cut stop start give train hire invest move focus reduce double halve open close fix replace introduce create make bring deliver test measure answer call contact visit publish simplify remove add end drop shift spend set meet'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'veranderen bouwen invoeren starten stoppen verbeteren terugbellen bellen geven aannemen investeren verminderen halveren verdubbelen openen sluiten oplossen vervangen meten testen trainen opleiden afschaffen schrappen maken brengen leveren bezoeken publiceren vereenvoudigen beginnen verhuizen kiezen'.split(
      ' ',
    ),
  ),
};
// Adverbs that may stand between "we will" and its verb ("we will also train").
const BETWEEN = new Set(['also', 'now', 'first', 'then', 'only', 'all', 'ook', 'nu', 'eerst', 'dan', 'alleen', 'allemaal']);
// Whose plan a word names: ours, mine, this one. "Parts of government that do strategy", "a
// strategy is a plan" and "I plan to" name the word, not a path.
const OWNERS = new Set(['our', 'my', 'this', 'ons', 'onze', 'mijn', 'dit', 'deze']);
// How far back an owner may stand: "our new CX strategy" puts two words between.
const OWNER_REACH = 3;
// A numbered step is a plan when a second one follows in the section, and not in a hypothetical
// ("Step one: what we'd have to do…" of a lab protocol).
const SECOND_STEP = /\b(?:step two|second step|stap twee|tweede stap)\b/i;
const HYPOTHETICAL = /\b(?:would|could)\b|['’]d\b|(?<!\p{L})(?:zou|zouden)(?!\p{L})/iu;
const SPEAKER = new Set(['i', 'ik', 'me', 'my', 'mijn']);
// Who carries out a step: we, I, you (and the Dutch forms).
const DOERS = new Set(['we', 'i', 'you', 'wij', 'ik', 'je', 'jij', 'jullie', 'u', 'gaan', 'moeten']);
// "We will call John", "we will call it X": naming someone, not calling them.
const naming = (next: Word | undefined): boolean =>
  next !== undefined &&
  (/^\p{Lu}/u.test(next.text) || ['him', 'her', 'it', 'them', 'this', 'that', 'hem', 'haar', 'het', 'ze'].includes(next.lower));

/**
 * Keeps a strategy finding only where it is a path: "we will"/"we gaan" before a change verb,
 * "strategy"/"plan" owned ("our strategy", "this plan"), "step one" with a step two after it
 * and no would/'d, "focus on" not a habit of the speaker's ("I focus on").
 */
export function withRealStrategy(context: SectionContext, matches: Match[]): Match[] {
  if (!matches.some((match) => match.signal === 'strategy')) return matches;
  const indexByStart = new Map(context.words.map((word, index) => [word.start, index]));
  const change = CHANGE[context.lang];
  return matches.filter((match) => {
    if (match.signal !== 'strategy') return true;
    const index = indexByStart.get(match.start);
    if (index === undefined) return true;
    const phrase = match.actual.toLowerCase().replace(/\s+/g, ' ');
    const sentence = context.sentences[sentenceAt(context.sentences, match.start)];
    const before = context.words.slice(Math.max(0, index - OWNER_REACH), index).map((word) => word.lower);
    const after = context.words.filter((word) => word.start >= match.end && (!sentence || word.start < sentence.end));
    switch (phrase) {
      case 'we will':
        return after
          .slice(0, 3)
          .some(
            (word, k) =>
              change.has(word.lower) &&
              after.slice(0, k).every((w) => BETWEEN.has(w.lower)) &&
              !(word.lower === 'call' && naming(after[k + 1])),
          );
      case 'we gaan':
        return after.some((word) => change.has(word.lower));
      case 'strategy':
      case 'strategie':
      case 'plan':
      case 'vision':
      case 'visie':
      case 'moves':
      case 'stappen':
        // "Our vision", "these moves": a topic in a list ("your organizational vision, or customer
        // experience") or "your attention moves on" is no path (fresh audit, eval/audit/fresh-audit.md).
        return before.some((word) => OWNERS.has(word)) || (phrase === 'moves' && /^(?:three|four|five|two)$/.test(before.at(-1) ?? ''));
      case 'first,':
      case 'second,':
      case 'third,':
      case 'ten eerste':
      case 'ten tweede':
      case 'ten derde':
        // A step of a plan has us, the speaker or the audience doing it ("First, we call…"); "First,
        // drawing helps us understand…" opens a list of reasons.
        return after.slice(0, 2).some((word) => DOERS.has(word.lower.replace(/['’].*$/, '')));
      case 'step one':
      case 'stap één':
      case 'stap een':
        return SECOND_STEP.test(context.masked.slice(match.end)) && !HYPOTHETICAL.test(sentence?.text ?? '');
      case 'focus on':
      case 'focus op':
        return !before.some((word) => SPEAKER.has(word));
      default:
        return true;
    }
  });
}

/** Which of its word list's matches this rule keeps, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { withRealStrategy as keep };
