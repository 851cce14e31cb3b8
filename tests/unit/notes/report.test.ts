import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM, printPdf } from '../../../src/main/cli/pdf';
import { runReport } from '../../../src/main/cli/reportCommand';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { anchorSections, createAnchor } from '../../../src/main/engine/anchors/createAnchor';
import { addNote, dismissFinding, replyToNote, setResolved } from '../../../src/main/services/notes/noteEdits';
import { SidecarSession } from '../../../src/main/services/notes/sidecarSession';
import { buildReportData } from '../../../src/main/report/reportData';
import { renderReportHtml } from '../../../src/main/report/reportHtml';
import { renderReportMarkdown } from '../../../src/main/report/reportMarkdown';
import { emptySidecar, type Sidecar } from '../../../src/shared/notes';
import { sampleRun } from '../../support/runs';

const XSS = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">Say “who”.';
const CHROMIUM = process.env['STICKY_CHROMIUM'] ?? '/usr/bin/chromium';
const fixture = (version: number): string => join(__dirname, '../../fixtures/drafts', `lead-your-leaders.v${version}.md`);
const nlSample = join(__dirname, '../../../resources/samples/de-klant-aan-tafel.nl.md');

let serial = 0;
const actor = (author: string) => ({ author, now: '2026-12-03T10:00:00.000Z', newId: () => `id${++serial}` });

/** A coach's session on draft 1: notes (one with a script in it), a reply, a resolve, a dismissal. */
function coachSession(text: string): Sidecar {
  const sections = anchorSections(analyseTalk(text).talk);
  const on = (sidecar: Sidecar, quote: string, note: string, author = 'Ann Coach') => {
    const at = text.indexOf(quote);
    return addNote(sidecar, actor(author), { tag: 'concrete', text: note, anchor: createAnchor(text, sections, at, at + quote.length) })
      .sidecar;
  };
  let sidecar = on(emptySidecar('talk.md'), 'We do not have a data problem.', XSS);
  sidecar = on(sidecar, 'Watch the faces of the agents, not the screens.', 'Keep this, it is vivid.');
  sidecar = on(sidecar, 'Everybody can see Margaret at her kitchen table.', 'The best line of the talk.');
  sidecar = replyToNote(sidecar, actor('Nienke'), sidecar.notes[2]!.id, 'Thank you!');
  sidecar = setResolved(sidecar, actor('Nienke'), sidecar.notes[2]!.id, true);
  // In a section no draft changes, so the dismissal holds in each.
  const finding = analyseTalk(text).analysis.sections.find((section) => section.id === 'the-valentine-s-email')!.findings[0]!;
  return dismissFinding(
    sidecar,
    actor('Ann Coach'),
    { key: finding.key!, ruleId: finding.ruleId, sectionId: 'the-valentine-s-email', actual: finding.actual! },
    'The client’s own <b>programme</b> name',
  );
}

function reportOf(version: number, runs = null as ReturnType<typeof sampleRun>[] | null) {
  const sidecar = coachSession(readFileSync(fixture(1), 'utf8'));
  const text = readFileSync(fixture(version), 'utf8');
  const analysed = analyseTalk(text, { dismissed: sidecar.dismissals });
  return buildReportData({ file: 'talk.md', text, analysed, sidecar, runs, made: new Date(Date.UTC(2026, 11, 3)) });
}

describe('the report data', () => {
  it('puts notes beside their sections, orphans apart, and dismissals with their reasons', () => {
    const data = reportOf(2, [
      sampleRun('r1', { plan: { talkKey: '/t.md', talkTitle: 'Lead your leaders', variant: 10, target: 600, sections: [] } }),
    ]);
    const section = (id: string) => data.sections.find((item) => item.id === id)!;
    expect(section('where-we-stand').notes.map((item) => item.note.text)).toEqual([XSS]);
    expect(data.orphans.map((item) => item.note.text)).toEqual(['Keep this, it is vivid.']);
    expect(section('the-valentine-s-email').dismissed.map((item) => item.reason)).toEqual(['The client’s own <b>programme</b> name']);
    expect(section('the-valentine-s-email').adjusted?.by).toEqual(['Ann Coach']);
    expect(data.adjusted).toEqual({ by: ['Ann Coach'], findings: 1 });
    expect(data.staleDismissals).toEqual([]);
    // The list is what to fix; info-level signals are counted, not listed.
    expect(section('where-we-stand').findings.every((finding) => finding.severity !== 'info')).toBe(true);
    expect(section('where-we-stand').signals).toBeGreaterThan(10);
    expect(data.authors).toEqual(['Ann Coach', 'Nienke']);
    expect(data.runs).toEqual([{ variant: 10, startedAt: Date.UTC(2026, 10, 22, 9), total: 70, target: 600, complete: true }]);
    expect(data.feedback.works.length).toBeGreaterThan(0);
    expect(data.feedback.challenge.length).toBeGreaterThan(10);
  });
});

describe('the report as HTML', () => {
  const page = renderReportHtml(reportOf(2));

  it('is one self-contained page with no script and nothing to fetch', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<script|<link|src="http|@import/i);
    expect(page).toContain('<style>');
    expect(page).toContain('@page { size: A4');
    expect(page).toContain('<svg');
    expect(renderReportHtml(reportOf(2), 'letter')).toContain('@page { size: letter');
  });

  it('shows a note’s text only as text', () => {
    expect(page).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__xss = 2&quot;&gt;');
    expect(page).toContain('The client’s own &lt;b&gt;programme&lt;/b&gt; name');
  });

  it('lists a dismissal whose finding is gone instead of dropping it', () => {
    const data = reportOf(2);
    const stale = {
      key: 'jargon.x|where-we-are-now|synergy|0',
      ruleId: 'jargon.x',
      sectionId: 'where-we-are-now',
      actual: 'synergy',
      reason: 'ok <i>here</i>',
      author: 'Ann',
      at: 'x',
    };
    const page = renderReportHtml({ ...data, staleDismissals: [stale] });
    expect(page).toContain('Dismissals that match no finding any more');
    expect(page).toContain('ok &lt;i&gt;here&lt;/i&gt;');
  });

  it('speaks Dutch for a Dutch talk', () => {
    const text = readFileSync(nlSample, 'utf8');
    const dutch = renderReportHtml(
      buildReportData({ file: 'x.md', text, analysed: analyseTalk(text), sidecar: null, runs: null, made: new Date() }),
    );
    expect(dutch).toContain('<html lang="nl">');
    expect(dutch).toContain('Wat werkt');
    expect(dutch).toContain('Eén uitdaging voor de volgende versie');
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'reads as a coach’s report in Chromium, and the XSS note runs nothing',
    async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM });
      try {
        const tab = await (await browser.newContext()).newPage();
        await tab.setContent(page);
        const headings = await tab.locator('h2').allTextContents();
        expect(headings.slice(0, 5)).toEqual(['Feedback', 'Summary', 'CX Story per variant', 'The 10/30/60 plan', 'Heatmap']);
        expect(headings).toContain('Notes whose words are gone');
        expect(await tab.locator('.challenge p').textContent()).toBeTruthy();
        const note = tab.locator('#section-where-we-stand .note').first();
        expect(await note.locator('blockquote').textContent()).toBe('“We do not have a data problem.”');
        expect(await note.locator('div').first().textContent()).toBe(XSS);
        expect(await tab.locator('#section-the-valentine-s-email .dismissed').count()).toBe(1);
        expect(await tab.locator('script, img').count()).toBe(0);
        expect(await tab.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
        expect(await tab.locator('table.heatmap tbody tr').count()).toBe(2 * reportOf(2).sections.length);
        const axe = await new AxeBuilder({ page: tab }).analyze();
        const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        expect(serious.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});

describe('the report as Markdown', () => {
  it('has the same parts, with note text made inert', () => {
    const markdown = renderReportMarkdown(reportOf(2));
    expect(markdown).toContain('## Feedback');
    expect(markdown).toContain('### One challenge for the next draft');
    expect(markdown).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;');
    expect(markdown).not.toContain('<script');
    // Rehearsals not looked for are left out, and nothing points the reader to a terminal.
    expect(markdown).not.toContain('## Latest rehearsal');
    expect(markdown).not.toMatch(/sticky score|--runs|`/);
  });
});

describe('sticky report', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) } };
  };
  const talkWithNotes = () => {
    const folder = mkdtempSync(join(tmpdir(), 'sticky-report-'));
    const talk = join(folder, 'talk.md');
    copyFileSync(fixture(2), talk);
    SidecarSession.open(talk).change(() => coachSession(readFileSync(fixture(1), 'utf8')));
    return { folder, talk };
  };

  it('writes HTML to --out, reads the sidecar, takes runs from --runs, and never writes the talk', async () => {
    const { folder, talk } = talkWithNotes();
    const before = readFileSync(talk, 'utf8');
    writeFileSync(
      join(folder, 'rehearsals.json'),
      JSON.stringify({
        runs: [sampleRun('r', { plan: { talkKey: talk, talkTitle: 'x', variant: 30, target: 1800, sections: [] } }), { broken: true }],
      }),
    );
    const run = io();
    expect(await runReport([talk, '--out', join(folder, 'report.html'), '--runs', folder], run.io)).toBe(0);
    const page = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(page).toContain('Keep this, it is vivid.');
    expect(page).toContain('30-minute version');
    expect(readFileSync(talk, 'utf8')).toBe(before);
    const nowhere = io();
    expect(await runReport([talk, '--out', join(folder, 'missing', 'report.html')], nowhere.io)).toBe(1);
    expect(nowhere.err[0]).toContain('check that its folder exists');
    const refused = io();
    expect(await runReport([talk, '--out', talk], refused.io)).toBe(2);
    expect(refused.err[0]).toContain('never writes a talk');
  });

  it('--runs pointing at a pipe or a link to another file is refused at once, never quoting that file', async () => {
    const { folder, talk } = talkWithNotes();
    const secret = join(mkdtempSync(join(tmpdir(), 'sticky-secret-')), 'passwd');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(secret, join(folder, 'rehearsals.json'));
    const linked = io();
    expect(await runReport([talk, '--out', join(folder, 'report.html'), '--runs', folder], linked.io)).toBe(1);
    expect(linked.err.join('\n')).toContain('not valid JSON');
    expect(linked.err.join('\n')).not.toMatch(/root|bash/);
    const piped = mkdtempSync(join(tmpdir(), 'sticky-runs-'));
    execFileSync('mkfifo', [join(piped, 'rehearsals.json')]);
    const pipe = io();
    expect(await runReport([talk, '--out', join(folder, 'report.html'), '--runs', piped], pipe.io)).toBe(1);
    expect(pipe.err.join('\n')).toContain('is a named pipe');
  });

  it('prints Markdown to stdout and explains bad usage', async () => {
    const { talk } = talkWithNotes();
    const md = io();
    expect(await runReport([talk, '--format', 'md'], md.io)).toBe(0);
    expect(md.out[0]).toContain('# Lead your leaders');
    const bad = io();
    expect(await runReport([talk, '--format', 'docx'], bad.io)).toBe(2);
    expect(await runReport([talk, '--format', 'pdf'], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toContain('--out report.pdf');
  });

  it('says how to get a Chromium when none is found', async () => {
    expect(findChromium({ STICKY_CHROMIUM: '/nowhere/chromium' })).toBeNull();
    expect(findChromium({}, () => false)).toBeNull();
    await expect(printPdf('<p>x</p>', '/tmp/x.pdf', null)).rejects.toThrow(NO_CHROMIUM);
    expect(NO_CHROMIUM).toContain('apt install chromium');
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'prints a PDF with the Chromium on the machine',
    async () => {
      const { folder, talk } = talkWithNotes();
      const run = io();
      expect(await runReport([talk, '--out', join(folder, 'report.pdf')], run.io)).toBe(0);
      expect(readFileSync(join(folder, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
    90_000,
  );
});
