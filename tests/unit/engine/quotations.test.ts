import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { findQuotations } from '../../../src/main/engine/rules/quotations';

const inners = (text: string): string[] => findQuotations(text).map((quote) => quote.inner);
const dialogue = (body: string, lang: 'en' | 'nl'): string[] =>
  analyseTalk(`---\nlang: ${lang}\n---\n## One\n\n${body}\n`)
    .analysis.sections[0]!.findings.filter((finding) => finding.ruleId === 'dialogue')
    .map((finding) => finding.actual ?? '');

describe('quotations in every style', () => {
  test('curly, straight, low and guillemets are all quotations', () => {
    expect(inners('“Hello there,” she said.')).toEqual(['Hello there,']);
    expect(inners('"Hello there," she said.')).toEqual(['Hello there,']);
    expect(inners('‘Dag,’ zei ze.')).toEqual(['Dag,']);
    expect(inners("'Dag,' zei ze.")).toEqual(['Dag,']);
    expect(inners('Hij zei: „Kom binnen.” Ze zei: „Nee.“')).toEqual(['Kom binnen.', 'Nee.']);
    expect(inners('Il dit : «Entrez.» Er sagte: ‚Nein.‘')).toEqual(['Entrez.', 'Nein.']);
  });

  test('apostrophes never open or close one, straight or curly', () => {
    expect(inners("They don't call. It's the customer's 'problem' they said.")).toEqual(['problem']);
    expect(inners('They don’t call. It’s the customer’s ‘problem’ they said.')).toEqual(['problem']);
    expect(inners("Het is 's ochtends 't drukst, zei ze. In de '90s ook.")).toEqual([]);
    expect(inners("'Ik bel je 's avonds,' zei ze.")).toEqual(["Ik bel je 's avonds,"]);
    expect(inners("'We don't close,' he said.")).toEqual(["We don't close,"]);
  });

  test('a quotation ends at a line break or after 300 characters; a lone mark is no quotation', () => {
    expect(inners('"Open here\nclosed there"')).toEqual([]);
    expect(inners(`"${'a'.repeat(301)}"`)).toEqual([]);
    expect(inners(`"${'a'.repeat(300)}"`)).toHaveLength(1);
    expect(inners('a " b " c')).toEqual([]);
  });

  test('stays linear on a text of nothing but unclosed marks', () => {
    const hostile = `'a ‘b “c „d «e "f `.repeat(20_000);
    const began = performance.now();
    findQuotations(hostile);
    expect(performance.now() - began).toBeLessThan(2_000);
  });
});

describe('dialogue counts whatever quotes the speaker typed', () => {
  const curly = {
    en: 'The nurse looked up. “We close at five,” she said. I asked her: ‘Why?’',
    nl: 'De verpleegster keek op. ‘We sluiten om vijf uur,’ zei ze. Ik vroeg: “Waarom?”',
  };
  const straighten = (text: string): string => text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'");
  for (const lang of ['en', 'nl'] as const)
    test(`straight quotes find the same speech as curly ones (${lang})`, () => {
      expect(dialogue(straighten(curly[lang]), lang).map(straighten)).toEqual(dialogue(curly[lang], lang).map(straighten));
      expect(dialogue(curly[lang], lang)).toHaveLength(2);
    });
});
