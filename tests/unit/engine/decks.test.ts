import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { readTalk, parseTalk } from '../../../src/main/engine/talk/parseTalk';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/decks', name), 'utf8');
const ruleIds = (text: string): string[] => parseTalk(text).findings.map((finding) => finding.ruleId);

/** Every spoken character sits at its own offset in the file: the mask is the file with blanks. */
function expectExactMasks(text: string): void {
  const { source, texts } = readTalk(text);
  for (const section of texts)
    for (let i = 0; i < section.masked.length; i++)
      if (section.masked[i] !== ' ') expect(section.masked[i]).toBe(source.normalized[section.start + i]);
}

const spokenOf = (text: string, id: string): string =>
  readTalk(text)
    .texts.find((section) => section.id === id)!
    .masked.replace(/\s+/g, ' ')
    .trim();

describe('Slidev', () => {
  const text = fixture('slidev.md');
  const talk = parseTalk(text);

  test('is recognised from its headmatter and separators; each slide a section titled by its heading', () => {
    expect(talk.deck).toBe('slidev');
    expect(talk.title).toBe('The night we lost four hundred customers');
    expect(talk.sections.map((section) => section.title)).toEqual([
      'The night we lost four hundred customers',
      'What the data says',
      'Three things you can do on Monday',
      'Our customer experience strategy',
      'Thank you',
    ]);
    expect(talk.sections.map((section) => section.slide)).toEqual(['1', '2', '3', '4', '5']);
  });

  test('the notes are spoken, the slide text is not; only the last comment is the notes', () => {
    const spoken = spokenOf(text, 'what-the-data-says');
    expect(spoken.startsWith('Here is what the numbers told us')).toBe(true);
    expect(spoken).not.toContain('NPS down');
    expect(spoken).not.toContain('TODO');
    expect(talk.sections[0]!.prompt).toBe('Good morning.');
    expectExactMasks(text);
  });

  test('per-slide front matter sets versions and minutes; the tools keys are not flagged', () => {
    expect(talk.sections[1]).toMatchObject({ variants: [30, 60], fixedMinutes: 4 });
    expect(talk.sections[2]!.variants).toEqual([10, 30, 60]);
    expect(ruleIds(text)).not.toContain('front-matter-unknown-key');
  });

  test('a slide without notes is spoken from its text, and says so at its line', () => {
    expect(spokenOf(text, 'three-things-you-can-do-on-monday')).toMatch(/^Call one customer who left\./);
    const finding = talk.findings.find((f) => f.ruleId === 'slide-no-notes')!;
    expect(finding).toMatchObject({ sectionId: 'three-things-you-can-do-on-monday', severity: 'info' });
    expect(text.split('\n')[finding.start.line - 1]).toMatch(/^Call one customer/);
  });

  test('a slide that is a document, and notes that read it aloud, are findings at their words', () => {
    const document = talk.findings.find((f) => f.ruleId === 'slide-is-document')!;
    expect(document.message).toMatch(/^Slide 4 shows 48 words/);
    expect(text.slice(document.start.offset, document.end.offset)).toMatch(/^Our customer experience strategy aligns.*organisation\.$/);
    const reading = talk.findings.find((f) => f.ruleId === 'notes-read-slide')!;
    expect(reading.sectionId).toBe('our-customer-experience-strategy');
    expect(text.slice(reading.start.offset, reading.end.offset)).toMatch(/^Our customer experience strategy aligns.*targets\.$/);
    // Notes that tell a story the slide does not show are not a reading.
    expect(talk.findings.filter((f) => f.ruleId === 'notes-read-slide')).toHaveLength(1);
  });

  test('the notes carry the CX Story: the analysis sees the call to action said only in the notes', () => {
    const { analysis } = analyseTalk(text);
    expect(analysis.talk.elements.callToAction.present).toBe(true);
    expect(analysis.talk.elements.personalStory.present).toBe(true);
  });

  test('in Dutch: per-slide front matter, Dutch findings', () => {
    const dutch = parseTalk(fixture('slidev.nl.md'));
    expect(dutch).toMatchObject({ deck: 'slidev', lang: 'nl', title: 'De klant aan tafel' });
    expect(dutch.sections[1]).toMatchObject({ title: 'Wat de cijfers zeggen', variants: [30, 60] });
    expect(dutch.findings.find((f) => f.ruleId === 'slide-no-notes')!.message).toMatch(/^Dia 3 heeft geen sprekersnotities/);
    expectExactMasks(fixture('slidev.nl.md'));
  });

  test('per-slide front matter alone marks a deck; a bad value is a finding with its place', () => {
    const deck = ['# One', '', '<!-- Hello there, friends. -->', '', '---', 'layout: center', 'minutes: lots', '---', '', '# Two'].join(
      '\n',
    );
    const parsed = parseTalk(deck);
    expect(parsed.deck).toBe('slidev');
    expect(parsed.sections.map((section) => section.title)).toEqual(['One', 'Two']);
    const bad = parsed.findings.find((f) => f.ruleId === 'directive-invalid')!;
    expect(bad.start.line).toBe(7);
  });
});

describe('Marp', () => {
  const text = fixture('marp.md');
  const talk = parseTalk(text);

  test('is recognised from marp: true; directives are not notes, every other comment is', () => {
    expect(talk.deck).toBe('marp');
    expect(talk.sections.map((section) => section.title)).toEqual(['Lead your leaders', 'Seven calls', 'The ask']);
    const seven = spokenOf(text, 'seven-calls');
    expect(seven).toBe(
      'Seven calls. Four departments. Nobody owned her problem, so nobody solved it. And every one of those departments was green on its own dashboard.',
    );
    expect(spokenOf(text, 'lead-your-leaders')).not.toMatch(/lead|_class/);
    expectExactMasks(text);
  });

  test("Sticky's comment directives set versions and minutes; they are not notes", () => {
    expect(talk.sections[1]).toMatchObject({ variants: [30, 60], fixedMinutes: 3 });
    expect(ruleIds(text)).not.toContain('front-matter-unknown-key');
  });

  test('a slide whose only comments are directives has no notes', () => {
    expect(talk.findings.filter((f) => f.ruleId === 'slide-no-notes').map((f) => f.sectionId)).toEqual(['the-ask']);
    expect(spokenOf(text, 'the-ask')).toBe('Spend one morning this month listening to calls with your team.');
  });

  test('in Dutch', () => {
    const dutch = parseTalk(fixture('marp.nl.md'));
    expect(dutch).toMatchObject({ deck: 'marp', lang: 'nl', title: 'Luisteren' });
    expect(dutch.sections[1]).toMatchObject({ title: 'Het gesprek', variants: [60] });
    expect(spokenOf(fixture('marp.nl.md'), 'het-gesprek')).toBe('Veertig minuten. Hij is vierentachtig. Hij heeft nooit meer gebeld.');
  });
});

describe('reveal.js', () => {
  const text = fixture('reveal.md');
  const talk = parseTalk(text);

  test('is recognised from Note: lines; vertical slides are numbered in their stack and share its versions', () => {
    expect(talk.deck).toBe('reveal');
    expect(talk.sections.map((section) => [section.slide, section.title, section.variants])).toEqual([
      ['1', 'Judge or join', [10, 30, 60]],
      ['2', 'Where we stand', [30, 60]],
      ['2.2', 'The letters', [30, 60]],
      ['2.3', 'What we changed', [30, 60]],
      ['3', 'Your turn', [10, 30, 60]],
    ]);
  });

  test('the text after Note: is spoken; the slide and its .slide comment are not', () => {
    expect(spokenOf(text, 'where-we-stand')).toBe('The complaints doubled that year, and most of them were from people over seventy.');
    expect(spokenOf(text, 'what-we-changed')).toBe('We opened a phone line with real people.');
    expect(ruleIds(text)).not.toContain('front-matter-unknown-key');
    expectExactMasks(text);
  });
});

describe('which files are decks', () => {
  test('a plain talk with a --- rule stays a plain talk, exactly as before', () => {
    const talk = parseTalk(fixture('plain-with-rule.md'));
    expect(talk.deck).toBeUndefined();
    expect(talk.sections.map((section) => section.id)).toEqual(['opening', 'the-wait', 'the-ask']);
    expect(spokenOf(fixture('plain-with-rule.md'), 'the-wait')).toBe(
      'She called on a Monday and waited forty minutes before anyone answered. Then she called again on Tuesday.',
    );
  });

  test('the front matter says it outright: deck: slidev makes a deck, deck: none keeps a talk', () => {
    const body = ['# One', '', 'First slide.', '', '---', '', '# Two', '', 'Second slide.', ''].join('\n');
    expect(parseTalk(`---\ndeck: slidev\n---\n${body}`).sections.map((section) => section.title)).toEqual(['One', 'Two']);
    const revealLike = '---\ndeck: none\n---\n# Talk\n\n## Part\n\nNote: this is prose.\n\n---\n\nMore prose.\n';
    expect(parseTalk(revealLike).deck).toBeUndefined();
    expect(parseTalk(revealLike).findings.map((f) => f.ruleId)).toEqual([]);
    expect(ruleIds('---\ndeck: keynote\n---\n## A\n\nText.\n')).toContain('front-matter-value');
  });

  test('a plain talk with a theme key and no separator is a talk, and the key is still flagged', () => {
    const talk = parseTalk('---\ntheme: dark\n---\n## One\n\nWords here.\n');
    expect(talk.deck).toBeUndefined();
    expect(talk.findings.map((f) => f.ruleId)).toContain('front-matter-unknown-key');
  });

  test('separators inside code fences do not split slides', () => {
    const deck = '---\nmarp: true\n---\n\n# One\n\n```yaml\n\n---\nkey: value\n```\n\n---\n\n# Two\n';
    expect(parseTalk(deck).sections.map((section) => section.title)).toEqual(['One', 'Two']);
  });
});

describe('hostile decks stay linear', () => {
  // A 60-minute deck has about 40 slides; these are thousands of times larger and must still
  // answer in about a second (the CLI's limits in docs/cli.md).
  const timed = (text: string): { ms: number; talk: ReturnType<typeof parseTalk> } => {
    const began = performance.now();
    const talk = parseTalk(text);
    return { ms: performance.now() - began, talk };
  };

  test('200,000 separators: at most MAX_SECTIONS slides, with a finding', () => {
    const { ms, talk } = timed(`---\nmarp: true\n---\n${'\n---\n'.repeat(200_000)}`);
    expect(talk.sections.length).toBeLessThanOrEqual(1000);
    expect(talk.findings.map((f) => f.ruleId)).toContain('too-many-sections');
    expect(ms).toBeLessThan(5000);
  });

  test('thousands of unclosed comments and Note: lines in one slide', () => {
    const marp = timed(`---\nmarp: true\n---\n# A\n\n${'<!-- x '.repeat(100_000)}`);
    expect(marp.talk.sections).toHaveLength(1);
    expect(marp.ms).toBeLessThan(5000);
    const reveal = timed(`# A\n\nNote:\n${'Note: hi\n'.repeat(50_000)}\n---\n\n# B\n`);
    expect(reveal.talk.deck).toBe('reveal');
    expect(reveal.ms).toBeLessThan(5000);
  });

  test('a Slidev front matter that never closes is slide text, not a lost deck', () => {
    const { talk } = timed(`---\ntheme: x\n---\n# A\n\n---\nlayout: center\n${'word '.repeat(50)}\n`);
    expect(talk.sections.map((section) => section.title)).toEqual(['A', 'Slide 2']);
  });
});

describe('locations in Markdown decks', () => {
  test('a finding and a section say their slide, part and line, beside the file line and column', () => {
    const text = fixture('marp.md');
    const { talk, lines } = readTalk(text, { fileName: 'marp.md' });
    // Line 29 is the second line of slide 2's notes (two note comments); line 25 is the eighth line
    // of slide 2, counted from its first line (its comment directives included, as an editor shows them).
    expect(lines![28]).toEqual({ slide: '2', part: 'notes', line: 2 });
    expect(lines![24]).toEqual({ slide: '2', part: 'slide', line: 8 });
    expect(talk.sections.map((section) => section.location)).toEqual([{ slide: '1' }, { slide: '2' }, { slide: '3' }]);
    const noNotes = talk.findings.find((finding) => finding.ruleId === 'slide-no-notes')!;
    expect(noNotes.location).toEqual({ slide: '3', part: 'slide', line: 6 });
    expect(noNotes.start.line).toBe(38);
  });

  test('a plain talk gets no location: its line and column say where', () => {
    const { talk, lines } = readTalk(fixture('plain-with-rule.md'));
    expect(lines).toBeNull();
    expect(talk.findings.every((finding) => finding.location === undefined)).toBe(true);
  });

  test('a deck shown in English and spoken in Dutch is a finding, in the talk language', () => {
    const text = [
      '---',
      'marp: true',
      '---',
      '',
      '# Why customers leave',
      '',
      'The customer is the reason we are here and it is time to listen to them.',
      '',
      'We lost them because we did not call them back when they needed us.',
      '',
      '<!-- Vorige week belde ik een klant die ons na twaalf jaar had verlaten. Zij had ons vier keer gebeld over dezelfde factuur en niemand belde haar terug. Het is tijd dat wij luisteren. -->',
    ].join('\n');
    const finding = parseTalk(text).findings.find((found) => found.ruleId === 'deck-language-mismatch');
    expect(finding?.message).toMatch(/dia's zijn in het Engels maar je notities.*Nederlands/);
  });
});

describe("Marp's headingDivider", () => {
  const deck = (matter: string, body: string): string => `---\nmarp: true\n${matter}---\n\n${body}`;
  const body = [
    '# Lead your leaders',
    '',
    '<!-- Good morning. I stood in a call centre and listened. -->',
    '',
    '## Seven calls',
    '',
    'Four departments',
    '',
    '<!-- Nobody owned her problem. -->',
    '',
    '### A detail',
    '',
    'Still slide two at level 2.',
    '',
    '---',
    '',
    '## The ask',
    '',
    '```md',
    '## not a heading in a fence',
    '```',
  ].join('\n');

  test('a number splits before every heading of that level or above, never making an empty slide', () => {
    const talk = parseTalk(deck('headingDivider: 2\n', body));
    expect(talk.sections.map((section) => [section.slide, section.title])).toEqual([
      ['1', 'Lead your leaders'],
      ['2', 'Seven calls'],
      ['3', 'The ask'],
    ]);
    expect(talk.sections[1]!.words).toBe(4);
  });

  test('a list names the levels; the comment directive works too; without it, only --- splits', () => {
    expect(parseTalk(deck('headingDivider: [3]\n', body)).sections.map((section) => section.title)).toEqual([
      'Lead your leaders',
      'A detail',
      'The ask',
    ]);
    expect(parseTalk(deck('', `<!-- headingDivider: 1 -->\n\n${body}`)).sections).toHaveLength(2);
    expect(parseTalk(deck('', body)).sections).toHaveLength(2);
  });
});
