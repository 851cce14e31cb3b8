import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatFinding } from '../../../src/main/engine/talk/findings';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/talks', name), 'utf8');
const sample = (name: string): string => readFileSync(join(__dirname, '../../../resources/samples', name), 'utf8');

describe('parseTalk on the samples', () => {
  test('English sample: metadata, sections, lines, variants and fixed minutes', () => {
    const talk = parseTalk(sample('lead-your-leaders.md'));
    expect(talk).toMatchObject({ title: 'Lead your leaders', lang: 'en', langSource: 'front-matter', wpm: 120, audience: 'keynote' });
    expect(talk.mantra).toBe('Judge or join, never stand aside.');
    expect(talk.findings).toEqual([]);
    const byId = Object.fromEntries(talk.sections.map((section) => [section.id, section]));
    expect(talk.sections[0]).toMatchObject({ id: 'opening', title: 'Opening', variants: [10, 30, 60] });
    expect(byId['the-valentine-s-email']).toMatchObject({ line: 20, variants: [10, 30, 60], fixedMinutes: null });
    expect(byId['what-the-data-says']!.variants).toEqual([30, 60]);
    expect(byId['workshop-map-one-journey-together']).toMatchObject({ variants: [60], fixedMinutes: 20 });
    expect(byId['deep-dive-the-n-1-trap']!.ignores).toEqual(['too-complete']);
    expect(talk.words).toBe(talk.sections.reduce((sum, section) => sum + section.words, 0));
  });

  test('Dutch sample: Dutch ids keep their letters; words exclude comments', () => {
    const talk = parseTalk(sample('de-klant-aan-tafel.nl.md'));
    expect(talk.lang).toBe('nl');
    expect(talk.wpm).toBe(115);
    expect(talk.sections.map((section) => section.id)).toContain('workshop-een-klantreis-samen-lopen');
    expect(talk.sections.find((section) => section.id === 'vragen')).toMatchObject({ words: 13, fixedMinutes: 8 });
  });

  test('every section slices out of the source exactly, starting at its heading', () => {
    const text = sample('lead-your-leaders.md');
    const talk = parseTalk(text);
    for (const section of talk.sections.slice(1)) {
      const slice = text.slice(section.start.offset, section.end.offset);
      expect(slice.startsWith(`## ${section.title}\n`)).toBe(true);
      expect(text.split('\n')[section.line - 1]).toBe(`## ${section.title}`);
    }
    expect(talk.sections.at(-1)!.end.offset).toBe(text.length);
  });
});

describe('spoken words', () => {
  test('count prose, lists, quotes and table cells; not code, comments, URLs or headings', () => {
    const text = [
      '## Words',
      '<!-- variants: 10 -->',
      'One two [three](https://example.com/four/five) ![six seven](eight.png).',
      '',
      '- nine',
      '- ten',
      '',
      '> eleven twelve',
      '',
      '| thirteen | fourteen |',
      '|---|---|',
      '| fifteen | sixteen |',
      '',
      '```',
      'not spoken at all',
      '```',
      '<!-- not spoken -->',
      '### A sub heading',
      "It's customer-centric and geïnteresseerd, 3.5 times.",
    ].join('\n');
    const [section] = parseTalk(text).sections;
    // 3 prose (link text, no URL, no image) + 2 list + 2 quote + 4 cells + 6 in the last line.
    expect(section!.words).toBe(17);
  });
});

describe('awkward talks never crash and say what is wrong', () => {
  test('CRLF: offsets and lines refer to the file as saved', () => {
    const text = fixture('crlf.md');
    const talk = parseTalk(text);
    expect(talk.title).toBe('Windows talk');
    expect(talk.sections.map((section) => [section.id, section.line, section.words])).toEqual([
      ['opening', 6, 3],
      ['first-part', 8, 5],
      ['second-part', 13, 3],
    ]);
    const first = talk.sections[1]!;
    expect(text.slice(first.start.offset, first.end.offset)).toBe(
      '## First part\r\n<!-- variants: 10 -->\r\n\r\nOne two three four five.\r\n\r\n',
    );
    expect(first.variants).toEqual([10]);
  });

  test('no headings: one section holding the whole talk, and a finding', () => {
    const talk = parseTalk(fixture('no-headings.md'), { fileName: 'no-headings.md' });
    expect(talk.title).toBe('no-headings');
    expect(talk.sections).toHaveLength(1);
    expect(talk.sections[0]).toMatchObject({ title: 'no-headings', words: 17, variants: [10, 30, 60] });
    expect(talk.findings.map(formatFinding)).toEqual([
      '1:1-1:2 warning No `##` section headings found, so the whole talk is one section. Start each part of the talk with a line `## Title` to plan and time it. no-sections',
    ]);
  });

  test('broken front matter: a finding with its position, the rest analysed without it', () => {
    const talk = parseTalk(fixture('broken-front-matter.md'));
    expect(talk.title).toBe('Broken front matter');
    expect(talk.wpm).toBe(130);
    expect(talk.sections.map((section) => section.title)).toEqual(['Only section']);
    expect(talk.findings[0]).toMatchObject({ ruleId: 'front-matter-invalid', severity: 'error', start: { line: 3 } });
  });

  test('unclosed front matter is reported', () => {
    const talk = parseTalk('---\ntitle: x\n\n## Section\n\nWords here.\n');
    expect(talk.findings[0]).toMatchObject({ ruleId: 'front-matter-unclosed', start: { line: 1, column: 1 } });
    expect(talk.sections.map((section) => section.title)).toContain('Section');
  });

  test('bad front matter values are reported and defaulted', () => {
    const talk = parseTalk('---\nlang: fr\nwpm: 900\naudience: investors\nfoo: bar\n---\n## A\n\nHello there.\n');
    expect(talk.findings.map((finding) => `${finding.ruleId}@${finding.start.line}`)).toEqual([
      'front-matter-value@2',
      'front-matter-value@3',
      'front-matter-value@4',
      'front-matter-unknown-key@5',
    ]);
    expect(talk).toMatchObject({ lang: 'en', wpm: 130, audience: 'keynote' });
  });

  test('only a title: no sections and a finding', () => {
    const talk = parseTalk(fixture('only-title.md'));
    expect(talk.title).toBe('Only a title');
    expect(talk.sections).toEqual([]);
    expect(talk.findings.map((finding) => finding.ruleId)).toEqual(['no-content']);
  });

  test('empty input', () => {
    const talk = parseTalk('');
    expect(talk).toMatchObject({ title: 'Untitled talk', sections: [], words: 0, lang: 'en' });
    expect(talk.findings.map((finding) => finding.ruleId)).toEqual(['no-content']);
  });

  test('a BOM is not part of the text but offsets still refer to the file', () => {
    const text = '\uFEFF## Only\n\nHello world.\n';
    const [section] = parseTalk(text).sections;
    expect(section!.start).toEqual({ line: 1, column: 2, offset: 1 });
    expect(text.slice(section!.start.offset, section!.end.offset)).toBe('## Only\n\nHello world.\n');
  });
});

describe('section comments', () => {
  test('invalid, duplicate and misspelt directives become findings; sticky-ignore collects ids', () => {
    const text = [
      '## A',
      '<!-- variants: 10 45 -->',
      '<!-- variants: 60 -->',
      '<!-- minutes: soon -->',
      '<!-- sticky-ignore: too-boring jargon -->',
      '<!-- note: just a note to self -->',
      '',
      'Words.',
      '',
      '## B',
      '<!-- variant: 10 -->',
      '<!-- minutes: 2,5 -->',
      '',
      'More words.',
    ].join('\n');
    const talk = parseTalk(text);
    const [a, b] = talk.sections;
    expect(a).toMatchObject({ variants: [10], fixedMinutes: null, ignores: ['too-boring', 'jargon'] });
    expect(b).toMatchObject({ variants: [10, 30, 60], fixedMinutes: 2.5 });
    expect(talk.findings.map(formatFinding)).toEqual([
      '2:1-2:25 warning `45` is not a variant; use 10, 30 and/or 60. directive-invalid',
      '3:1-3:22 warning This section already has a `variants` comment; the first one counts and this one is ignored. directive-invalid',
      '4:1-4:23 warning `minutes: soon` is not a number of minutes between 0 and 120; the section is timed by its words. directive-invalid',
      '11:1-11:21 warning Unknown Sticky comment `variant`; did you mean `variants`? It is ignored. directive-unknown',
    ]);
  });

  test('a heading inside a code block does not start a section', () => {
    const talk = parseTalk('## Real\n\n```md\n## Not a section\n```\n\nText.\n');
    expect(talk.sections.map((section) => section.title)).toEqual(['Real']);
  });

  test('ids stay unique when titles repeat', () => {
    const talk = parseTalk('## Story\n\nA.\n\n## Story\n\nB.\n\n## !!!\n\nC.\n');
    expect(talk.sections.map((section) => section.id)).toEqual(['story', 'story-2', 'section-4']);
  });
});

describe('language detection', () => {
  test('detects Dutch and English from the text when front matter is silent', () => {
    expect(parseTalk('## Over ons\n\nWij willen dat de klant zich gehoord voelt, want dat is het belangrijkste.').lang).toBe('nl');
    expect(parseTalk('## About us\n\nWe want the customer to feel heard, because that is what matters most.').lang).toBe('en');
    expect(parseTalk('## Over ons\n\nWij willen dat de klant zich gehoord voelt.').wpm).toBe(115);
  });
});

describe('settings defaults for what the front matter leaves out', () => {
  const english = '## A\n\nWe want the customer to feel heard, because that is what matters most.\n';
  test('rate, audience and a fixed language apply only where the front matter is silent', () => {
    expect(parseTalk(english, { defaults: { wpm: 150, audience: 'board', lang: 'nl' } })).toMatchObject({
      wpm: 150,
      audience: 'board',
      lang: 'nl',
      langSource: 'settings',
    });
    expect(parseTalk(english, { defaults: { wpm: null, lang: 'auto' } })).toMatchObject({ wpm: 130, lang: 'en', langSource: 'detected' });
    const withFrontMatter = `---\nlang: en\nwpm: 120\naudience: workshop\n---\n${english}`;
    expect(parseTalk(withFrontMatter, { defaults: { wpm: 150, audience: 'board', lang: 'nl' } })).toMatchObject({
      wpm: 120,
      audience: 'workshop',
      lang: 'en',
      langSource: 'front-matter',
    });
  });
});
