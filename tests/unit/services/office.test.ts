import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readTalk } from '../../../src/main/engine/talk/parseTalk';
import { formatLocation } from '../../../src/shared/location';
import { readTalkFile } from '../../../src/main/services/talkFiles';
import { makeDocx, makeOdt } from '../../support/office';
import { outlineOf, tempFiles } from '../../support/officeFiles';

const write = tempFiles('sticky-office-');
const outline = outlineOf;

describe('Word documents', () => {
  test('Heading 1 is the title, Heading 2 the sections; deeper headings, lists and paragraphs stay inside', async () => {
    const bytes = await makeDocx([
      { h: 1, text: 'Lead your leaders' },
      { p: 'I called a customer who had cancelled.' },
      { h: 2, text: 'Where we are now' },
      { p: 'Churn rose from eight to twelve percent.' },
      { h: 3, text: 'The calls' },
      { item: 'Fifty calls, thirty repeats.' },
      { h: 2, text: 'What I ask' },
      { p: '# Listen to five calls.' },
    ]);
    const file = await readTalkFile(write('talk.docx', bytes));
    const json = outline(file);
    expect(json.format).toBe('docx');
    expect(json.title).toBe('Lead your leaders');
    expect(json.sections.map((section) => [section.title, section.words, section.location])).toEqual([
      ['Opening', 7, "Heading 'Lead your leaders', paragraph 1"],
      ['Where we are now', 11, "Heading 'Where we are now'"],
      // "# Listen…" is a paragraph in Word, so it stays one: escaped, not a Markdown heading.
      ['What I ask', 4, "Heading 'What I ask'"],
    ]);
  });

  test('tables, footnotes and tracked deletions are not spoken', async () => {
    const bytes = await makeDocx(
      [
        { h: 2, text: 'Proof' },
        { p: 'We lost {deleted} customers.' },
        { footnoted: ['Churn doubled.', 'Annual report page nine'] },
        { table: [['Quarter', 'Churn']] },
      ],
      { deleted: 'thousands of' },
    );
    const file = await readTalkFile(write('proof.docx', bytes));
    expect(file.text).toContain('We lost customers.');
    for (const unspoken of ['thousands', 'Annual', 'Quarter', 'Churn\t']) expect(file.text).not.toContain(unspoken);
    expect(outline(file).sections[0]!.words).toBe(5);
  });

  test('version tags and fixed minutes as a section’s first paragraphs; a misspelt tag is a finding where it is', async () => {
    const bytes = await makeDocx([
      { h: 1, text: 'Talk' },
      { h: 2, text: 'Short' },
      { p: 'variants: 10 30 60' },
      { p: 'The customer waited.' },
      { h: 2, text: 'Video' },
      { p: 'variants: 30 60' },
      { p: 'minutes: 4' },
      { p: 'We show the film.' },
      { h: 2, text: 'Deep dive' },
      { p: 'variant: 60' },
      { p: 'Later, variants: 10 is spoken text.' },
    ]);
    const json = outline(await readTalkFile(write('tags.docx', bytes)));
    const [short, video, deep] = json.sections;
    expect(short!.variants).toEqual([10, 30, 60]);
    expect(video).toMatchObject({ variants: [30, 60], fixedMinutes: 4 });
    expect(deep!.variants).toEqual([10, 30, 60]);
    expect(deep!.words).toBe(6);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'directive-unknown', location: "Heading 'Deep dive', paragraph 1", sectionId: 'deep-dive' }),
    );
  });
});

describe('documents saved by LibreOffice (tests/fixtures/office)', () => {
  test.each(['board-talk.docx', 'board-talk.odt'])('%s opens with its sections, tags and locations', async (name) => {
    const file = await readTalkFile(join(__dirname, '../../fixtures/office', name));
    const json = outline(file);
    expect(json.title).toBe('Why our customers leave');
    expect(json.sections.map((section) => section.title)).toEqual(['Opening', 'Where we are now', 'What we will do', 'What I ask of you']);
    expect(json.sections[2]).toMatchObject({ fixedMinutes: 4, variants: [10, 30, 60] });
    // The table's cells ("Quarter", "Churn") are not spoken; the deeper heading stays in its section.
    expect(file.text).not.toContain('Quarter');
    expect(json.sections[1]!.words).toBe(45);
    expect(json.findings).toEqual([
      expect.objectContaining({ ruleId: 'directive-unknown', location: "Heading 'What we will do', paragraph 1" }),
    ]);
  });
});

describe('OpenDocument text', () => {
  test('headings, lists and paragraphs are read; notes, comments, tables and deletions are not', async () => {
    const bytes = makeOdt(
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>Removed words</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
        '<text:h text:outline-level="1">Title here</text:h><text:h text:outline-level="2">Part one</text:h>' +
        '<text:p>Spoken<text:s/>text<text:note><text:note-body><text:p>A footnote</text:p></text:note-body></text:note> here.<office:annotation><text:p>A comment</text:p></office:annotation></text:p>' +
        '<text:list><text:list-item><text:p>An item</text:p></text:list-item></text:list>' +
        '<table:table><table:table-row><table:table-cell><text:p>Cell</text:p></table:table-cell></table:table-row></table:table>',
    );
    const file = await readTalkFile(write('talk.odt', bytes));
    expect(file.text).toBe('# Title here\n\n## Part one\n\nSpoken text here.\n\n- An item\n');
    const where = readTalk(file.text, { fileName: file.name }).lines![6];
    expect(where).toEqual({ heading: 'Part one', paragraph: 2, item: true });
    expect(formatLocation(where)).toBe("Heading 'Part one', list item 2");
    expect(formatLocation(where, 'nl')).toBe("Kop 'Part one', opsommingspunt 2");
  });
});
