import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { printPdf } from '../../../src/main/cli/pdf';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { anchorSections, createAnchor } from '../../../src/main/engine/anchors/createAnchor';
import { COACH } from '../../../src/main/engine/scoring/sectionScores';
import { addNote, replyToNote } from '../../../src/main/services/notes/noteEdits';
import { buildReportData } from '../../../src/main/report/reportData';
import { renderReportHtml } from '../../../src/main/report/reportHtml';
import { renderReportMarkdown } from '../../../src/main/report/reportMarkdown';
import { REPORT_WORDS } from '../../../src/main/report/reportWords';
import { emptySidecar, type Sidecar } from '../../../src/shared/notes';

// Issue 22: a report a coach sends as is.
const CHROMIUM = process.env['STICKY_CHROMIUM'] ?? '/usr/bin/chromium';
const root = join(__dirname, '../../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const english = (version: number): string => read(`tests/fixtures/drafts/lead-your-leaders.v${version}.md`);
const dutch = read('resources/samples/de-klant-aan-tafel.nl.md');

let serial = 0;
/** Notes written on `text`, one per quote. */
function notesOn(text: string, quotes: string[]): Sidecar {
  const sections = anchorSections(analyseTalk(text).talk);
  const who = { author: 'Ann Coach', now: '2026-12-03T10:00:00.000Z', newId: () => `r${++serial}` };
  return quotes.reduce((sidecar, quote) => {
    const at = text.indexOf(quote);
    if (at === -1) throw new Error(`not in the draft: ${quote}`);
    const anchor = createAnchor(text, sections, at, at + quote.length);
    return addNote(sidecar, who, { tag: 'concrete', text: `Note on ${quote.slice(0, 20)}`, anchor }).sidecar;
  }, emptySidecar('talk.md'));
}
const report = (text: string, sidecar: Sidecar | null = null) =>
  buildReportData({ file: 'talk.md', text, analysed: analyseTalk(text), sidecar, runs: null, made: new Date(Date.UTC(2026, 11, 3)) });
/** The words a reader sees: the page without its tags, style and entities decoded. */
const visible = (page: string): string =>
  page
    .replace(/<style>[^]*?<\/style>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('notes in the report', () => {
  it('show the words as they are now, and what they were when they changed', () => {
    const sidecar = notesOn(english(1), ['You have five minutes each.', 'We do not have a data problem.']);
    const data = report(english(3), sidecar);
    const notes = data.sections.flatMap((section) => section.notes);
    expect(notes.map((note) => [note.words, note.changed])).toEqual([
      ['We do not have a data problem.', false],
      ['You have four minutes each.', true],
    ]);
    const page = visible(renderReportHtml(data));
    expect(page).toMatch(/“You have four minutes each\.”\s+was: \s*“You have five minutes each\.”/);
    expect(renderReportMarkdown(data)).toContain('> was: ~~“You have five minutes each.”~~');
  });

  it('a note whose words moved to another section shows under that section', () => {
    // The paragraph moves whole, so the note's words keep their context (anchors accept an exact
    // quote elsewhere only where its context agrees: an orphan is better than a wrong place).
    const story = 'Margaret cried on the phone. She had waited a week for an answer from us.';
    const before = `---\nlang: en\n---\n## Alpha\n\nThe first part talks about roses.\n\n${story}\n\n## Beta\n\nThe second part is about numbers and dashboards.\n`;
    const after = `---\nlang: en\n---\n## Alpha\n\nThe first part talks about roses.\n\n## Beta\n\nThe second part is about numbers and dashboards.\n\n${story}\n`;
    const data = report(after, notesOn(before, ['Margaret cried on the phone.']));
    expect(data.sections.map((section) => [section.title, section.notes.length])).toEqual([
      ['Alpha', 0],
      ['Beta', 1],
    ]);
  });

  it('never doubles quotation marks, whatever quotes the words carry', () => {
    // A section titled with a quote, named in the feedback between quotation marks of its own.
    const text = english(1).replace("## The Valentine's email", '## "You sent me roses"');
    const sidecar = notesOn(text, ['"You sent me roses,"', '"You sent me roses," she said']);
    const data = report(text, sidecar);
    expect(JSON.stringify(data.feedback)).toContain('You sent me roses');
    for (const text of [visible(renderReportHtml(data)), renderReportMarkdown(data)]) {
      expect(text).toContain('“You sent me roses,”');
      expect(text).not.toMatch(/“[“"]|[”"]”/);
    }
  });
});

describe('each section in plain words', () => {
  const data = report(english(2));
  const page = renderReportHtml(data);

  it('names its strongest and weakest principle with the words that show them', () => {
    const spoken = data.sections.filter((section) => section.words > 0);
    expect(spoken.every((section) => section.evidence !== null)).toBe(true);
    const stand = data.sections.find((section) => section.id === 'where-we-stand')!.evidence!;
    expect(stand.weakest.score).toBeLessThan(stand.strongest.score);
    expect(stand.strongest.evidence.length).toBeGreaterThan(0);
    expect(stand.strongest.evidence.length).toBeLessThanOrEqual(3);
    expect(visible(page)).toContain(`Strongest: ${data.principleNames[stand.strongest.principle]} (${stand.strongest.score})`);
  });

  it('points no reader to a terminal, and shows no backticks, slugs or advice twice', () => {
    for (const text of [visible(page), renderReportMarkdown(data)]) expect(text).not.toMatch(/sticky score|`|--runs/);
    const stale = { key: 'k', ruleId: 'jargon.x', sectionId: 'where-we-are-now', actual: 'synergy', reason: 'ok', author: 'Ann', at: 'x' };
    const withStale = { ...data, staleDismissals: [stale] };
    expect(renderReportHtml(withStale)).not.toMatch(/jargon\.x|where-we-are-now/);
    expect(renderReportMarkdown(withStale)).not.toMatch(/jargon\.x|where-we-are-now/);
    for (const item of data.feedback.workOn) expect(data.feedback.challenge).not.toContain(item.split('): ').at(-1));
  });
});

describe('the 10/30/60 plan', () => {
  const data = report(english(2));

  it('lists per variant the sections said with their timings, and the cut list', () => {
    expect(data.plans.map((plan) => plan.variant)).toEqual([10, 30, 60]);
    const ten = data.plans[0]!;
    const inTen = ten.parts.map((part) => part.title);
    expect(inTen).toContain('The Valentine’s email'.replace('’', "'"));
    expect(ten.cut.map((part) => part.title)).toContain('Deep dive: the n=1 trap');
    expect(ten.cut.length + ten.parts.length).toBe(data.sections.length);
    expect(ten.parts.reduce((sum, part) => sum + part.minutes, 0)).toBeCloseTo(ten.minutes, 0);
    const page = visible(renderReportHtml(data));
    expect(page).toContain('The 10/30/60 plan');
    expect(page).toMatch(/Cut for this version:\s+[^\n]*Deep dive: the n=1 trap \(\d+\.\d min\)/);
    expect(renderReportMarkdown(data)).toContain('### 30-minute version');
  });
});

describe('Dutch speaks to the speaker as je throughout', () => {
  const formal = /(?<![\p{L}'’-])(u|uw|uzelf)(?![\p{L}'’-])/iu;
  /** Every sentence of a value: all strings, or (for the word lists) those that speak to the speaker. */
  const sentences = (value: unknown, keys: RegExp | null = null, key = ''): string[] => {
    if (typeof value === 'string') return !keys || keys.test(key) ? [value] : [];
    if (Array.isArray(value)) return value.flatMap((item) => sentences(item, keys, key));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => sentences(item, keys, name));
    return [];
  };

  it('in the report’s own words, the coach’s words and every rule message', () => {
    const lexicon = join(root, 'src/main/engine/lexicon/nl');
    const messages = readdirSync(lexicon)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => sentences(JSON.parse(readFileSync(join(lexicon, name), 'utf8')), /^(message|fix|missing|hint)$/));
    const all = [...sentences(REPORT_WORDS.nl), ...sentences({ ...COACH.nl, source: '', licence: '' }), ...messages];
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((sentence) => formal.test(sentence))).toEqual([]);
  });
});

/** Where the screenshots and PDF pages go, to look at: STICKY_REPORT_SHOTS, else a fresh temporary folder. */
const shots = process.env['STICKY_REPORT_SHOTS'] ?? mkdtempSync(join(tmpdir(), 'sticky-report-shots-'));

describe.skipIf(!existsSync(CHROMIUM))('read on a phone and on paper', () => {
  const sidecar = () => {
    let notes = notesOn(english(1), ['You have five minutes each.', 'We do not have a data problem.', '"You sent me roses,"']);
    notes = replyToNote(notes, { author: 'Nienke', now: '2026-12-04T09:00:00.000Z', newId: () => 'reply1' }, notes.notes[1]!.id, 'Agreed.');
    return notes;
  };
  const pages = {
    en: renderReportHtml(report(english(3), sidecar())),
    nl: renderReportHtml(report(dutch)),
  };

  it('fits 390 px without sideways scrolling of the page, and a desktop window, in both languages', async () => {
    mkdirSync(shots, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    try {
      for (const [lang, page] of Object.entries(pages))
        for (const width of [390, 1280]) {
          const tab = await (await browser.newContext({ viewport: { width, height: 844 } })).newPage();
          await tab.setContent(page);
          const overflow = await tab.evaluate(() => {
            const view = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
            return view.document.documentElement.scrollWidth - view.innerWidth;
          });
          expect(overflow, `${lang} at ${width} px`).toBeLessThanOrEqual(0);
          const chart = await tab.locator('svg.bar').boundingBox();
          expect(chart!.x + chart!.width).toBeLessThanOrEqual(width);
          await tab.screenshot({ path: join(shots, `report-${lang}-${width}.png`) });
          await tab
            .locator('#section-where-we-stand, .section')
            .first()
            .screenshot({ path: join(shots, `section-${lang}-${width}.png`) });
        }
    } finally {
      await browser.close();
    }
  }, 120_000);

  const pdftotext = '/usr/bin/pdftotext';
  it.skipIf(!existsSync(pdftotext))(
    'prints to PDF with no table row left alone on a page, in both languages',
    async () => {
      const pdfPages = async (lang: 'en' | 'nl'): Promise<string[]> => {
        const out = join(shots, `report-${lang}.pdf`);
        await printPdf(pages[lang], out, CHROMIUM);
        expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
        execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '50', out, join(shots, `pdf-${lang}`)]);
        return execFileSync(pdftotext, ['-layout', out, '-']).toString().split('\f');
      };
      const pagesOf = (pdf: string[], pattern: RegExp): number[] =>
        pdf.flatMap((page, index) => (page.split('\n').some((line) => pattern.test(line)) ? [index] : []));
      // The CX Story table's rows share one page, and each variant's plan (heading to cut list) too.
      const en = await pdfPages('en');
      expect(pagesOf(en, /^\s*(Personal story|Sense of urgency|CX strategy|Call to action|Talk score|Timing)\s+[✓✗\d]/)).toHaveLength(1);
      for (const variant of [10, 30, 60]) {
        const head = pagesOf(en, new RegExp(`^\\s*${variant}-minute version\\s*$`));
        expect(head).toHaveLength(1);
        expect(pagesOf(en, /Cut for this version/)).toContain(head[0]);
      }
      // A heading never ends a page alone: the heatmap's shares its page with the first table.
      const heading = pagesOf(en, /^\s*Heatmap\s*$/);
      expect(pagesOf(en, /Principles \(0-100, higher is better\)/)).toEqual(heading);
      const nl = await pdfPages('nl');
      expect(pagesOf(nl, /Principes \(0-100, hoger is beter\)/)).toEqual(pagesOf(nl, /^\s*Heatmap\s*$/));
      for (const variant of [10, 30, 60]) {
        const head = pagesOf(nl, new RegExp(`^\\s*Versie van ${variant} minuten\\s*$`));
        expect(head).toHaveLength(1);
        expect(pagesOf(nl, /Geschrapt in deze versie|Er wordt niets geschrapt/)).toContain(head[0]);
      }
    },
    120_000,
  );
});
