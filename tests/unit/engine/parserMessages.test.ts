import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AnalysisBudget, WORD_BUDGET } from '../../../src/main/engine/budget';
import { MAX_SECTIONS, parseTalk, readTalk } from '../../../src/main/engine/talk/parseTalk';
import { SourceText } from '../../../src/main/engine/talk/source';
import type { Finding } from '../../../src/shared/talk';

const lexicon = resolve(__dirname, '../../../src/main/engine/lexicon');
const messagesOf = (lang: string): Record<string, string> =>
  (JSON.parse(readFileSync(join(lexicon, lang, 'parser.json'), 'utf8')) as { messages: Record<string, string> }).messages;
const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
const messages = (findings: Finding[], ruleId: string): string[] =>
  findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.message);

// A section of plain Dutch, enough function words for the language to be detected.
const DUTCH = 'Ik vertel je vandaag het verhaal van een klant die niet wist wat hij met de nieuwe regels moest doen.';
const ENGLISH = 'Today I tell you the story of a customer who did not know what to do with the new rules.';

/** A talk with (a) an unknown front matter key, (b) an invalid Sticky comment and (c) an empty section. */
const talkIn = (lang: 'en' | 'nl', sentence: string): string =>
  ['---', `lang: ${lang}`, 'colour: red', '---', '## Begin', '<!-- minutes: soon -->', '', sentence, '', '## Leeg', ''].join('\n');

describe('the parser messages (lexicon/<lang>/parser.json)', () => {
  test('every message exists in English and Dutch, with the same placeholders and its own words', () => {
    const en = messagesOf('en');
    const nl = messagesOf('nl');
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      expect(placeholders(nl[key]!), key).toEqual(placeholders(english));
      expect(nl[key]!.trim(), key).not.toBe('');
      expect(nl[key], key).not.toBe(english);
    }
  });
});

describe('parser and structure findings speak the talk language', () => {
  test('a Dutch talk (lang: nl) gets Dutch messages for its front matter, its comments and an empty section', () => {
    const { findings } = parseTalk(talkIn('nl', DUTCH));
    expect(messages(findings, 'front-matter-unknown-key')).toEqual([
      'Sticky gebruikt de front-matter-sleutel `colour` niet (bekende sleutels: title, speaker, lang, wpm, mantra, audience, ignore, deck).',
    ]);
    expect(messages(findings, 'directive-invalid')).toEqual([
      '`minutes: soon` is geen aantal minuten tussen 0 en 120; de duur van de sectie volgt uit de woorden.',
    ]);
    expect(messages(findings, 'section-empty')).toEqual(['"Leeg" heeft nog geen gesproken tekst en kost dus geen tijd in de planning.']);
  });

  test('the same talk in English keeps the English messages word for word', () => {
    const { findings } = parseTalk(talkIn('en', ENGLISH));
    expect(messages(findings, 'front-matter-unknown-key')).toEqual([
      'Sticky does not use the front matter key `colour` (known keys: title, speaker, lang, wpm, mantra, audience, ignore, deck).',
    ]);
    expect(messages(findings, 'directive-invalid')).toEqual([
      '`minutes: soon` is not a number of minutes between 0 and 120; the section is timed by its words.',
    ]);
    expect(messages(findings, 'section-empty')).toEqual(['"Leeg" has no spoken text yet, so it takes no time in the plan.']);
  });

  test('a talk detected as Dutch tells its front matter problems in Dutch, even an unsupported lang or broken YAML', () => {
    const unsupported = parseTalk(['---', 'lang: fr', 'wpm: [1, 2]', '---', '## Begin', '', DUTCH, ''].join('\n'));
    expect(unsupported.lang).toBe('nl');
    expect(messages(unsupported.findings, 'front-matter-value')).toEqual([
      '`lang: fr` wordt niet ondersteund (gebruik en of nl); de taal wordt uit de tekst herkend.',
      '`wpm: een lijst` is geen spreektempo tussen 60 en 250 woorden per minuut; de standaardwaarde wordt gebruikt.',
    ]);
    const broken = parseTalk(['---', 'title: [unclosed', '---', '## Begin', '', DUTCH, ''].join('\n'));
    expect(broken.lang).toBe('nl');
    expect(messages(broken.findings, 'front-matter-invalid')[0]).toMatch(/^De front matter is geen geldige YAML \(.+\); de instellingen/);
  });

  test('the settings language decides when the front matter is silent', () => {
    const { findings } = parseTalk(`## Begin\n\n${ENGLISH}\n\n## Leeg\n`, { defaults: { lang: 'nl' } });
    expect(messages(findings, 'section-empty')).toEqual(['"Leeg" heeft nog geen gesproken tekst en kost dus geen tijd in de planning.']);
  });

  test('a Dutch deck tells its slides settings in Dutch', () => {
    const deck = ['---', 'lang: nl', '---', '# Een', '', '<!-- Hallo allemaal. -->', '', '---', 'minutes: veel', '---', '', '# Twee'].join(
      '\n',
    );
    const talk = parseTalk(deck, { fileName: 'slides.md' });
    expect(talk.deck).toBe('slidev');
    expect(messages(talk.findings, 'directive-invalid')).toEqual([
      '`minutes` is geen aantal minuten tussen 0 en 120; de duur van de dia volgt uit de woorden.',
    ]);
  });

  test('numbers are written the language way: 1,000 in English, 1.000 in Dutch', () => {
    const headings = Array.from({ length: MAX_SECTIONS + 2 }, (_, index) => `## Deel ${index}\n\nWoorden.\n`).join('\n');
    const dutch = parseTalk(`---\nlang: nl\n---\n${headings}`);
    expect(messages(dutch.findings, 'too-many-sections')[0]).toContain('meer dan 1.000 secties');
    const english = parseTalk(`---\nlang: en\n---\n${headings}`);
    expect(messages(english.findings, 'too-many-sections')[0]).toContain('more than 1,000 sections');
  });

  test('the analysis budget says where it stopped in the talk language', () => {
    const budget = new AnalysisBudget();
    budget.take(WORD_BUDGET, 0);
    budget.take(1, 5);
    const source = new SourceText('0123456789');
    expect(budget.finding(source, 1200, 'nl')!.message).toBe(
      'Dit deel van de talk is te lang om helemaal te analyseren; Sticky heeft de eerste 100.000 woorden beoordeeld (1.200 latere secties hebben geen scores). Splits de talk op in kleinere talks om elk deel te coachen.',
    );
    expect(budget.finding(source, 0, 'en')!.message).toBe(
      'This part of the talk is too long to analyse in full; Sticky scored the first 100,000 words. Split it into smaller talks to coach every part.',
    );
  });

  test('a remembered front matter read keeps its findings apart: each parse gets each finding once, in its language', () => {
    const memory = new Map<string, unknown>();
    const memo = <T>(kind: string, text: string, compute: () => T): T => {
      const key = `${kind}\u0000${text}`;
      if (!memory.has(key)) memory.set(key, compute());
      return memory.get(key) as T;
    };
    const front = '---\ncolour: red\n---\n';
    const english = readTalk(`${front}## Begin\n\n${ENGLISH}\n`, { memo }).talk.findings;
    const dutch = readTalk(`${front}## Begin\n\n${DUTCH}\n`, { memo }).talk.findings;
    const again = readTalk(`${front}## Begin\n\n${ENGLISH}\n`, { memo }).talk.findings;
    expect(messages(english, 'front-matter-unknown-key')).toHaveLength(1);
    expect(messages(dutch, 'front-matter-unknown-key')).toEqual([expect.stringMatching(/^Sticky gebruikt de front-matter-sleutel/)]);
    expect(again).toEqual(english);
  });
});
