import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import { readTalkFile } from '../../../src/main/services/talkFiles';
import { formatLocation } from '../../../src/shared/location';
import { makePptx } from '../../support/pptx';
import { outlineOf, tempFiles } from '../../support/officeFiles';

const write = tempFiles('sticky-decks-');
const outline = outlineOf;

const STORY = [
  'At midnight the phone rang and Maria, our oldest customer, told me she was leaving after twelve years.',
  'She had called us four times about the same invoice and nobody called her back.',
];

describe('PowerPoint decks', () => {
  test('each slide a section titled by its slide title; notes are spoken, the slide text is shown', async () => {
    const file = await readTalkFile(
      write(
        'board.pptx',
        await makePptx([
          { title: 'The night we lost Maria', shown: ['12 years', '4 calls'], notes: STORY },
          { title: 'What I ask', shown: ['Call five customers'], notes: ['On Monday, call five customers who left us and listen.'] },
        ]),
      ),
    );
    const json = outline(file);
    expect(json).toMatchObject({ format: 'pptx', deck: 'pptx', title: 'The night we lost Maria' });
    expect(json.sections.map((section) => [section.title, section.slide, section.location])).toEqual([
      ['The night we lost Maria', '1', 'slide 1'],
      ['What I ask', '2', 'slide 2'],
    ]);
    // The notes' words are spoken; "12 years" and "4 calls" on the slide are not counted.
    expect(json.sections[0]!.words).toBe(STORY.join(' ').split(' ').length);
    expect(json.findings.filter((finding) => finding.ruleId === 'slide-no-notes')).toEqual([]);
  });

  test("the analysis's findings (the rules' matches on the spoken words) say their slide and notes paragraph", async () => {
    const file = await readTalkFile(
      write('analysed.pptx', await makePptx([{ title: 'Story', notes: ['We will leverage synergies going forward.', ...STORY] }])),
    );
    const { analysis } = analyseTalk(file.text, { fileName: file.name });
    const findings = analysis.sections[0]!.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.location?.slide === '1' && finding.location.part === 'notes')).toBe(true);
    expect(findings.find((finding) => finding.actual?.toLowerCase().includes('synerg'))?.location).toEqual({
      slide: '1',
      part: 'notes',
      paragraph: 1,
    });
  });

  test('a slide without notes is spoken from its own text, with a finding that says where', async () => {
    const file = await readTalkFile(
      write('nonotes.pptx', await makePptx([{ title: 'Why customers leave', shown: ['Nobody calls them back', 'Bills are wrong'] }])),
    );
    const json = outline(file);
    expect(json.sections[0]!.words).toBe(7);
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'slide-no-notes', location: 'slide 1, text, paragraph 1' }));
  });

  test('the same deck checks as Markdown decks: a slide that is a document, notes that read the slide aloud', async () => {
    const wall = 'Our customer experience programme measures satisfaction loyalty effort and churn across every channel each quarter';
    const read = 'Our churn rose in every region last quarter because invoices arrived late and wrong';
    const file = await readTalkFile(
      write(
        'checks.pptx',
        await makePptx([
          { title: 'Everything', shown: [wall, wall, wall], notes: ['I will keep this short and tell you what matters.'] },
          { title: 'Churn', shown: [read], notes: ['Intro line.', read] },
        ]),
      ),
    );
    const json = outline(file);
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'slide-is-document', location: 'slide 1, text, paragraph 1' }));
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'notes-read-slide', location: 'slide 2, notes, paragraph 1' }));
  });

  test('slides shown in Dutch but spoken in English: one finding, in the talk language', async () => {
    const dutch = [
      'De klant is de reden dat wij hier zijn',
      'Het is tijd om naar de klant te luisteren en niet meer te wachten',
      'Wij bellen de klanten die ons hebben verlaten',
    ];
    const file = await readTalkFile(write('mixed.pptx', await makePptx([{ title: 'Klanten', shown: dutch, notes: STORY }])));
    const talk = parseTalk(file.text, { fileName: file.name });
    expect(talk.lang).toBe('en');
    const mismatch = talk.findings.filter((finding) => finding.ruleId === 'deck-language-mismatch');
    expect(mismatch).toEqual([expect.objectContaining({ message: expect.stringMatching(/slides are in Dutch but your notes.*English/) })]);
    expect(formatLocation(mismatch[0]!.location)).toBe('slide 1, text, paragraph 1');
    // The same deck in one language has no such finding.
    const english = await readTalkFile(write('same.pptx', await makePptx([{ title: 'Customers', shown: STORY, notes: STORY }])));
    expect(parseTalk(english.text, { fileName: english.name }).findings.map((finding) => finding.ruleId)).not.toContain(
      'deck-language-mismatch',
    );
  });

  test('hidden slides leave the 10-minute version; PowerPoint sections group slides and their tags hold for each', async () => {
    const file = await readTalkFile(
      write(
        'sections.pptx',
        await makePptx([
          { title: 'Opening', notes: STORY, section: 'Story' },
          { title: 'Backup data', notes: ['Churn by region, if they ask.'], hidden: true, section: 'Story' },
          { title: 'Benchmarks', notes: ['How we compare with the sector.'], section: 'Deep dive [variants: 60]' },
          { title: 'Method', notes: ['How we measured it.'], section: 'Deep dive [variants: 60]' },
          { title: 'Hidden but told', notes: ['variants: 10 30 60', 'This one stays.'], hidden: true, section: 'Ask' },
        ]),
      ),
    );
    const json = outline(file);
    expect(json.sections.map((section) => [section.title, section.group, section.variants])).toEqual([
      ['Opening', 'Story', [10, 30, 60]],
      ['Backup data', 'Story', [30, 60]],
      ['Benchmarks', 'Deep dive', [60]],
      ['Method', 'Deep dive', [60]],
      ['Hidden but told', 'Ask', [10, 30, 60]],
    ]);
    expect(json.sections[2]!.where).toEqual({ slide: '3', group: 'Deep dive' });
    expect(json.findings.filter((finding) => finding.ruleId.startsWith('directive'))).toEqual([]);
  });

  test('minutes and ignores in the notes; a misspelt tag in notes or a section name is a finding with its location', async () => {
    const file = await readTalkFile(
      write(
        'tags.pptx',
        await makePptx([
          { title: 'Video', notes: ['minutes: 4', 'sticky-ignore: jargon', 'We show the film.'], section: 'Intro' },
          { title: 'Typo', notes: ['variant: 30 60', 'We talk.'], section: 'Later [minuts: 2]' },
          { title: 'Typo two', notes: ['We talk more.'], section: 'Later [minuts: 2]' },
        ]),
      ),
    );
    const talk = parseTalk(file.text, { fileName: file.name });
    expect(talk.sections[0]).toMatchObject({ fixedMinutes: 4, ignores: ['jargon'], words: 4 });
    const misspelt = talk.findings.filter((finding) => finding.ruleId === 'directive-unknown');
    expect(misspelt.map((finding) => formatLocation(finding.location))).toEqual(['slide 2, notes, paragraph 1', "section 'Later', name"]);
    expect(misspelt.map((finding) => formatLocation(finding.location, 'nl'))).toEqual([
      'dia 2, notities, alinea 1',
      "sectie 'Later', naam",
    ]);
    // The notes' tags are not spoken.
    expect(talk.sections[1]!.words).toBe(2);
  });

  test('a notes paragraph that only looks like a tag further down is spoken', async () => {
    const file = await readTalkFile(
      write('spoken.pptx', await makePptx([{ title: 'Time', notes: ['We have little time.', 'Minutes: that is what we have left.'] }])),
    );
    expect(parseTalk(file.text, { fileName: file.name }).sections[0]!.words).toBe(11);
  });
});

describe('decks saved by LibreOffice Impress (tests/fixtures/office)', () => {
  test.each(['board-deck.pptx', 'board-deck.odp'])('%s opens with its slides, notes, hidden slide and tags', async (name) => {
    const file = await readTalkFile(join(__dirname, '../../fixtures/office', name));
    const json = outline(file);
    expect(json).toMatchObject({ title: 'Why our customers leave', format: name.slice(-4).replace('.', '') });
    expect(json.sections.map((section) => [section.title, section.slide, section.variants, section.fixedMinutes])).toEqual([
      ['Why our customers leave', '1', [10, 30, 60], 2],
      ['Backup: churn by region', '2', [30, 60], null],
      ['What I ask of you', '3', [10, 30, 60], null],
      ['Thank you', '4', [10, 30, 60], null],
    ]);
    // Slide 1 is spoken from its notes (32 words), not its slide text; slide 4 from its slide text.
    expect(json.sections[0]!.words).toBe(32);
    expect(json.sections[3]!.words).toBe(4);
    expect(json.findings.map((finding) => [finding.ruleId, finding.location])).toEqual([
      ['directive-unknown', 'slide 3, notes, paragraph 1'],
      ['slide-no-notes', 'slide 4, text, paragraph 1'],
    ]);
  });
});
