import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';

/** A talk in a language, its sections given as [title, text]. */
const talk = (lang: 'en' | 'nl', ...sections: [string, string][]): string =>
  `---\nlang: ${lang}\n---\n# Talk\n\n${sections.map(([title, text]) => `## ${title}\n\n${text}`).join('\n\n')}\n`;
/** The words a rule (or every kind of it, `abstract-nouns.ence`) found in a talk, lower-cased. */
const words = (lang: 'en' | 'nl', text: string, rule: string): string[] =>
  analyseTalk(talk(lang, ['One', text])).analysis.sections.flatMap((section) =>
    section.findings
      .filter((finding) => finding.ruleId === rule || finding.ruleId.startsWith(`${rule}.`))
      .map((finding) => (finding.actual ?? '').toLowerCase()),
  );

// The fresh audit's class 4 (eval/audit/fresh-audit.md): abstract and rare-word rules on ordinary,
// picturable or idiomatic words.
describe('evidence a coach would sign: everyday, picturable and idiomatic words (fresh audit, class 4)', () => {
  test('a suffix is no abstraction when the word names people or a thing; a true abstraction still is', () => {
    const en = words(
      'en',
      'When the audience sees the television at the university, the implementation and the satisfaction fail.',
      'abstract-nouns',
    );
    expect(en).not.toContain('audience');
    expect(en).not.toContain('television');
    expect(en).not.toContain('university');
    expect(en).toEqual(expect.arrayContaining(['implementation', 'satisfaction']));
    const nl = words('nl', 'Op de universiteit was de beleving slecht, en de klanttevredenheid ook.', 'abstract-nouns');
    expect(nl).not.toContain('universiteit');
    expect(nl).toEqual(expect.arrayContaining(['beleving', 'klanttevredenheid']));
  });

  test('a noun of a familiar word is no rare word; a rare word still is', () => {
    const en = words('en', 'The participants showed efficiency and relevance in animal husbandry, a grievous business.', 'rare-words');
    expect(en).not.toContain('participants');
    expect(en).not.toContain('efficiency');
    expect(en).not.toContain('relevance');
    expect(en).toEqual(expect.arrayContaining(['husbandry', 'grievous']));
    const nl = words('nl', 'De efficiëntie en de relevantie van dit epistemologisch probleem.', 'rare-words');
    expect(nl).not.toContain('efficiëntie');
    expect(nl).not.toContain('relevantie');
    expect(nl).toContain('epistemologisch');
  });

  test('a web address, an e-mail address or a word with digits is no rare word, and neither is the loanword "speaker"', () => {
    const en = words(
      'en',
      'On a site called drawtoast.com, or from anna@drawtoast.com, covid19 and the ontologically hard problems.',
      'rare-words',
    );
    expect(en).toEqual(['ontologically']);
    const nl = words('nl', 'Ik hoorde de muziek door haar speaker, zie retourwinkel.nl, een epistemologisch probleem.', 'rare-words');
    expect(nl).toEqual(['epistemologisch']);
  });

  test('an idiom\'s noun ("met opzet", "on purpose") is no idea to show; the same noun on its own still is', () => {
    expect(words('nl', 'We hebben het retourproces ingewikkelder gemaakt, met opzet.', 'abstract-words')).not.toContain('opzet');
    expect(words('nl', 'De opzet van het retourproces was ingewikkeld.', 'abstract-words')).toContain('opzet');
    expect(words('en', 'She broke the cup on purpose.', 'abstract-words')).not.toContain('purpose');
    expect(words('en', 'The purpose of the cup was never clear.', 'abstract-words')).toContain('purpose');
  });
});
