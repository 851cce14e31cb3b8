import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';

/** The findings of one rule in a one-section talk. */
function found(ruleId: string, body: string, lang: 'en' | 'nl' = 'en'): string[] {
  const { analysis } = analyseTalk(`---\nlang: ${lang}\n---\n## One\n\n${body}\n`);
  return analysis.sections[0]!.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.actual ?? '');
}

describe('dialogue is quoted speech', () => {
  test('a quote with a speech verb or a colon counts, in English and Dutch', () => {
    expect(found('dialogue', 'The nurse looked up. “We close at five,” she said.')).toEqual(['“We close at five,”']);
    expect(found('dialogue', 'He asked me: “Why?”')).toEqual(['“Why?”']);
    expect(found('dialogue', 'De vrouw kijkt op en zegt: “U bent te laat.”', 'nl')).toEqual(['“U bent te laat.”']);
    expect(found('dialogue', '‘Dat kan niet,’ zei ze.', 'nl')).toEqual(['‘Dat kan niet,’']);
  });

  test('a whole spoken clause counts without a verb', () => {
    expect(found('dialogue', 'Then the phone rang. “Your order is on its way.” Nothing came.')).toEqual(['“Your order is on its way.”']);
  });

  test('scare quotes, titles and apostrophes are not dialogue', () => {
    expect(found('dialogue', 'We mapped the ‘customer journey’ for a year.')).toEqual([]);
    expect(found('dialogue', 'Read “Made to Stick” by the Heath brothers.')).toEqual([]);
    expect(found('dialogue', 'For them it was ‘a game’ and nothing more.')).toEqual([]);
    expect(found('dialogue', 'We noemen het de ‘klantreis’ en dat is het.', 'nl')).toEqual([]);
    // An apostrophe inside a word neither opens nor ends a quote.
    expect(found('dialogue', 'They don’t call. It’s the customer’s ‘problem’ they said.')).toEqual(['‘problem’']);
  });
});

describe('named people', () => {
  test('Dutch first names are people, also at the start of a sentence', () => {
    const people = found('named-people', 'Sanne belt de klant. Daarna komt Bram binnen, met Fatima en Daan.', 'nl');
    expect(people).toEqual(['Sanne', 'Bram', 'Fatima', 'Daan']);
  });

  test('English first names are people', () => {
    expect(found('named-people', 'Maria called the store. Later Sarah wrote back.')).toEqual(['Maria', 'Sarah']);
  });

  test('a capitalised ordinary word is not a person', () => {
    expect(found('named-people', 'Wil je dat? Mark het in je agenda.', 'nl')).toEqual([]);
  });
});

describe('the mantra', () => {
  const section = (name: string, variants: string, body: string): string => `## ${name}\n<!-- variants: ${variants} -->\n\n${body}`;

  test('a short sentence said word for word in two sections is the candidate', () => {
    const text = [
      section('One', '10 30 60', 'We met the customer at the table. Put the customer at the table.'),
      section('Two', '30 60', 'Why? Because we promised. Put the customer at the table!'),
      section('Three', '60', 'That is all for today.'),
    ].join('\n\n');
    expect(analyseTalk(text).analysis.talk.mantra).toEqual({
      text: 'Put the customer at the table',
      source: 'candidate',
      sections: ['one', 'two'],
      variants: [10, 30, 60],
      missingIn: [],
      suggestion: null,
    });
  });

  test('a phrase that only recurs inside sentences is no mantra', () => {
    const text = [
      section('Een', '10 30 60', 'De klant daar wacht al een uur binnen de organisatie.'),
      section('Twee', '30 60', 'Wie helpt de klant daar binnen de organisatie? Niemand.'),
      section('Drie', '60', 'Zo gaat het met de klant daar, binnen de organisatie, elke dag.'),
    ].join('\n\n');
    expect(analyseTalk(`---\nlang: nl\n---\n${text}\n`).analysis.talk.mantra).toMatchObject({ text: null, source: null });
  });

  test("without a mantra, a short line from the close built on the talk's key words is suggested", () => {
    const text = [
      section('Opening', '10 30 60', 'Every customer remembers one moment. Today I tell you about three of them.'),
      section('Story', '10 30 60', 'Margaret phoned our shop in tears. That moment decided whether she stayed a customer.'),
      section('Close', '10 30 60', 'So here is my ask for this week. Protect one moment for one customer. Thank you.'),
    ].join('\n\n');
    expect(analyseTalk(text).analysis.talk.mantra).toMatchObject({ text: null, suggestion: 'Protect one moment for one customer' });
  });

  test('in Dutch too; a talk with a mantra gets no suggestion', () => {
    const text = [
      section('Opening', '10 30 60', 'Elke klant onthoudt één moment. Vandaag vertel ik u over drie momenten.'),
      section('Verhaal', '10 30 60', 'Mevrouw Bakker belde in tranen. Dat moment besliste of ze klant bleef.'),
      section('Slot', '10 30 60', 'Mijn vraag aan u is simpel. Bescherm deze week één moment voor één klant.'),
    ].join('\n\n');
    expect(analyseTalk(`---\nlang: nl\n---\n${text}\n`).analysis.talk.mantra.suggestion).toBe(
      'Bescherm deze week één moment voor één klant',
    );
    expect(analyseTalk(`---\nlang: nl\nmantra: Eén moment telt.\n---\n${text}\n`).analysis.talk.mantra.suggestion).toBeNull();
  });
});
