import type { Lang } from '../../../shared/talk';
import { sentenceAt, type Match, type SectionContext } from './types';

// "We" is the company speaking only where the organisation's side is named: its customers, its
// products, its team, "at Acme", or what a company does (deliver, offer, are committed to). A
// family's, a lab's or society's "we" is not the corporate veil; the audit of 100 findings
// rejected every such one (eval/audit/findings-audit.md, class 1).
const EN_SIDE = new RegExp(
  [
    String.raw`\b(?:our|my)\s+(?:own\s+)?(?:company|companies|organi[sz]ations?|firm|business(?:es)?|teams?|department|division|customers?|clients?|products?|brands?|services?|employees|staff|colleagues|shareholders|stakeholders|partners|suppliers|users|shops?|stores?|branch(?:es)?|bank|app|platform|website|call cent(?:re|er)|contact cent(?:re|er)|helpdesk|sales|marketing|board|management|ceo|mission|strategy|roadmap|revenue|profits?|market share|nps|annual report|dashboards?|kpis?|offices?|headquarters|industry|competitors?)\b`,
    String.raw`\b(?:customers?|clients?)\b`,
    String.raw`\bwe(?:'re|'ve|'ll|\s+are|\s+will|\s+can|\s+must|\s+now|\s+also|\s+always|\s+have)?\s+(?:deliver(?:s|ed)?|provided?|offer(?:ed)?|served?|sell|sold|supplied|supply|ship(?:ped)?|manufacture[d]?|committed to|dedicated to|proud to (?:offer|serve|announce|deliver))\b`,
  ].join('|'),
  'iu',
);
const NL_SIDE = new RegExp(
  [
    String.raw`(?<!\p{L})(?:ons|onze|mijn)\s+(?:eigen\s+)?(?:bedrijf|organisatie|onderneming|firma|team|afdeling|klant\p{L}*|cliënt\p{L}*|product\p{L}*|merk(?:en)?|dienst\p{L}*|medewerkers|personeel|collega's|aandeelhouders|partners|leveranciers|gebruikers|winkel\p{L}*|filia\p{L}*|bank|app|platform|website|callcenter|helpdesk|directie|management\p{L}*|missie|visie|kernwaarden|strategie|jaarverslag|dashboard|nps|omzet|winst|marktaandeel|kantoor|hoofdkantoor|sector|branche|concurrent\p{L}*)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:klant|cliënt)\p{L}*`,
    String.raw`(?<!\p{L})(?:we|wij)\s+(?:leveren|bieden|verkopen|bedienen|zetten\s+ons\s+in|staan\s+voor)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:leveren|bieden|verkopen|bedienen)\s+(?:we|wij)(?!\p{L})`,
  ].join('|'),
  'iu',
);
// "At Acme we…", "we at Acme", "Bij Acme leveren we…": an organisation's name (case-sensitive, so
// "At that point, we…" is none).
const EN_AT_ORG = /\b(?:[Hh]ere|[Ww]e|us)\s+at\s+\p{Lu}|^\s*At \p{Lu}[\p{L}&.'-]*(?: \p{Lu}[\p{L}&.'-]*)?,? (?:we|our)\b/u;
const NL_AT_ORG = /(?<!\p{L})(?:[Hh]ier|[Ww]e|[Ww]ij)\s+bij\s+\p{Lu}|^\s*Bij\s+\p{Lu}\S*\s+\p{Ll}+\s+(?:we|wij)(?!\p{L})/u;
// A family, a lab, a species or everyone in the room: the "we" of a sentence that names one of
// these is not the company's, even in a section that names the company elsewhere.
const EN_OTHER_WE =
  /\b(?:my|our)\s+(?:wife|husband|partner|kids|children|family|son|daughter|sons|daughters|parents|mother|father|mom|mum|dad|friends?|brother|sister|grandparents|group|lab|laboratory|students|species|planet|society|country|brains?|bodies|ancestors)\b|\b(?:all|each|every one|most|none) of us\b|\bas (?:a society|humans|a species|people|a country|a nation|parents)\b|\byou and (?:I|me)\b|\bhumanity\b/i;
const NL_OTHER_WE =
  /(?<!\p{L})(?:mijn|onze|ons)\s+(?:vrouw|man|partner|kinderen|kind|gezin|familie|zoon|dochter|ouders|moeder|vader|vrienden|vriend|vriendin|broer|zus|groep|lab|studenten|land|samenleving|planeet|lichaam|hersenen)(?!\p{L})|(?<!\p{L})(?:ieder|elk) van ons|(?<!\p{L})wij allemaal|(?<!\p{L})als (?:samenleving|mensen|mens|land|ouders)(?!\p{L})|(?<!\p{L})(?:jij|u) en ik(?!\p{L})|de mensheid/iu;
const SIDE: Record<Lang, RegExp[]> = { en: [EN_SIDE, EN_AT_ORG], nl: [NL_SIDE, NL_AT_ORG] };
const OTHER_WE: Record<Lang, RegExp> = { en: EN_OTHER_WE, nl: NL_OTHER_WE };

/**
 * Keeps a "we/us/our" finding ("the company speaking") only where its sentence names the
 * organisation's side, or the section does and the sentence is not about a family, a lab or
 * everyone. The company-voice list ("our company", "the organisation") counts as naming it.
 */
export function withCompanyVoice(context: SectionContext, matches: Match[]): Match[] {
  if (!matches.some((match) => match.signal === 'first-plural')) return matches;
  const voiced = new Set(
    matches.filter((match) => match.signal === 'company-voice').map((match) => sentenceAt(context.sentences, match.start)),
  );
  const side = context.sentences.map(
    (sentence, index) => voiced.has(index) || SIDE[context.lang].some((pattern) => pattern.test(sentence.text)),
  );
  const sectionNamesSide = side.some(Boolean);
  return matches.filter((match) => {
    if (match.signal !== 'first-plural') return true;
    const index = sentenceAt(context.sentences, match.start);
    if (index < 0) return false;
    return side[index] || (sectionNamesSide && !OTHER_WE[context.lang].test(context.sentences[index]!.text));
  });
}

/** Which of its word list's matches this rule keeps, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { withCompanyVoice as keep };
