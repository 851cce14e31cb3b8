import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import type { SectionAnalysis } from '../../../src/shared/analysis';

/** The analysis of a one-section talk. */
function section(body: string, lang: 'en' | 'nl' = 'en'): SectionAnalysis {
  return analyseTalk(`---\nlang: ${lang}\n---\n## One\n\n${body}\n`).analysis.sections[0]!;
}
const words = (s: SectionAnalysis, ruleId: string): string[] =>
  s.findings.filter((f) => f.ruleId === ruleId || f.ruleId.startsWith(`${ruleId}.`)).map((f) => f.actual ?? '');

// Stories told in the historical present, as Dutch speakers in particular tell them, against
// essays on the same subjects. Written for these tests.
const NL_STORIES = [
  'Ik sta bij de balie van het hotel. De vrouw kijkt op en zegt: “U bent te laat, meneer.” Ik pak mijn telefoon en laat haar de mail zien. Ze leest hem, zucht en pakt een sleutel. Dan zegt ze: “Kamer 12. Het ontbijt is om zeven uur.”',
  'Vorige week loop ik de winkel van Sanne binnen. Ze staat achter de toonbank en herkent me meteen. “Jij wilde toch die rode jas?” vraagt ze. Ineens ligt hij op de toonbank. Ik betaal, ze pakt hem in, en even later sta ik weer buiten.',
  'Het is maandagochtend. Bram belt de klantenservice. Hij wacht twintig minuten. Dan neemt een man op en vraagt: “Wat is uw klantnummer?” Bram zoekt in zijn tas, vindt de brief niet en hangt op.',
];
const NL_ESSAYS = [
  'Klantgerichtheid is een strategische prioriteit voor organisaties die hun concurrentiepositie willen versterken. Door processen te optimaliseren en de klantervaring centraal te stellen, ontstaat waarde voor alle stakeholders. Implementatie vraagt om een integrale aanpak en draagvlak binnen de organisatie.',
  'De transformatie naar een klantgerichte cultuur vereist leiderschap, visie en een heldere governance. Medewerkers moeten de juiste competenties ontwikkelen, en het management moet prioriteiten stellen op basis van data en inzichten uit klantonderzoek.',
  'Effectief klantmanagement is gebaseerd op segmentatie, personalisatie en continue verbetering. De organisatie formuleert doelstellingen, monitort de resultaten en stuurt bij waar dat nodig is om de tevredenheid structureel te verhogen.',
];
const EN_STORIES = [
  'So I’m standing at the check-in desk, and the agent looks up and says: “Your flight left an hour ago.” I put my bag down. She types, frowns, and then she smiles. “Wait. There’s one seat on the next one.”',
  'Last Tuesday Maria walks into our store with a broken kettle. She puts it on the counter. Our clerk looks at it, then at her, and says: “Take a new one. We’ll sort out the paperwork later.” She laughs and hugs him.',
];
const EN_ESSAYS = [
  'Customer centricity is a strategic priority for organisations that want to strengthen their competitive position. By optimising processes and putting the customer experience at the centre, value is created for all stakeholders.',
  'Transformation towards a customer-focused culture requires leadership, vision and clear governance. Employees must develop the right competencies, and management must set priorities based on data and insights.',
];

describe('stories in any tense', () => {
  test('Dutch present-tense stories beat essays on Stories in every pairing', () => {
    for (const story of NL_STORIES)
      for (const essay of NL_ESSAYS) expect(section(story, 'nl').scores.stories).toBeGreaterThan(section(essay, 'nl').scores.stories);
  });

  test('English historical-present stories beat essays on Stories in every pairing', () => {
    for (const story of EN_STORIES)
      for (const essay of EN_ESSAYS) expect(section(story).scores.stories).toBeGreaterThan(section(essay).scores.stories);
  });

  test('the speaker acting in the moment is first-person action, in both word orders; an opinion is not', () => {
    expect(words(section('Ik sta bij de balie. Dan pak ik mijn telefoon.', 'nl'), 'first-person-action')).toEqual(['Ik sta', 'pak ik']);
    expect(words(section('Ik denk dat klanten dat willen.', 'nl'), 'first-person-action')).toEqual([]);
    expect(words(section('I walk in. I think customers want that.'), 'first-person-action')).toEqual(['I walk']);
  });

  test('a sequence of moments and the characters in it are found', () => {
    const dutch = section('Toen belde ze. Even later stond hij aan de deur.', 'nl');
    expect(words(dutch, 'sequence')).toEqual(['Toen', 'Even later']);
    expect(words(dutch, 'characters')).toEqual(['hij']);
    expect(words(section('Then she called. A minute later he was at the door.'), 'sequence')).toEqual(['Then', 'A minute later']);
  });
});

describe('word norms', () => {
  test('things one can picture are concrete words; ideas are abstract words', () => {
    const s = section('The coffee on her desk went cold while the strategy meeting discussed value and insight.');
    expect(words(s, 'concrete-words')).toEqual(expect.arrayContaining(['coffee', 'desk']));
    expect(words(s, 'abstract-words')).toEqual(expect.arrayContaining(['strategy', 'value', 'insight']));
    expect(s.metrics['concreteness']).toBeGreaterThan(0);
  });

  test('a concrete talk has a higher mean concreteness than an abstract one, in English and Dutch', () => {
    expect(section(EN_STORIES[1]!).metrics['concreteness']).toBeGreaterThan(section(EN_ESSAYS[0]!).metrics['concreteness']!);
    expect(section(NL_STORIES[0]!, 'nl').metrics['concreteness']).toBeGreaterThan(section(NL_ESSAYS[0]!, 'nl').metrics['concreteness']!);
  });

  test('rare words are flagged for Simple, everyday words and names are not', () => {
    expect(words(section('Our heuristic obviates the paradigm. Maria sat at the table.'), 'rare-words')).toEqual([
      'heuristic',
      'obviates',
      'paradigm',
    ]);
    expect(words(section('Het klanttevredenheidsonderzoek van de winkel.', 'nl'), 'rare-words')).toEqual(['klanttevredenheidsonderzoek']);
  });
});

describe('evidence a coach would accept (review)', () => {
  test('feeling words are not abstract words', () => {
    const s = section('I felt grief, anger, fear and shame, and then joy.');
    expect(words(s, 'abstract-words')).toEqual([]);
  });

  test('opinions are not first-person action; "I am standing" is; Dutch inversion points at the verb', () => {
    expect(words(section('I strongly believe this. I agree. I recommend it.'), 'first-person-action')).toEqual([]);
    expect(words(section('I am standing at the desk.'), 'first-person-action')).toEqual(['I am standing']);
    expect(words(section('Gisteren stond ik in de rij.', 'nl'), 'first-person-action')).toEqual(['stond ik']);
    expect(words(section('Ik adviseer een nieuwe aanpak.', 'nl'), 'first-person-action')).toEqual([]);
  });

  test('Dutch "zij" (also "they", the voice of companies) is no character', () => {
    expect(words(section('Zij leveren de onderdelen; zij zijn onze partners.', 'nl'), 'characters')).toEqual([]);
  });
});
