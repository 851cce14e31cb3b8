import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { WORD_BUDGET } from '../../../src/main/engine/budget';
import * as parsing from '../../../src/main/engine/talk/parseTalk';
import { engineAnswerer } from '../../../src/main/services/engineAnswer';
import type { EngineCall } from '../../../src/main/services/engineProtocol';
import { InProcessEngine, outlineTalk } from '../../../src/main/services/engineRunner';
import { RecentFiles } from '../../../src/main/services/recentFiles';
import { TalkService } from '../../../src/main/services/talkService';
import { WorkerEngine } from '../../../src/main/services/workerEngine';
import type { Dismissal } from '../../../src/shared/notes';
import type { TalkDefaults } from '../../../src/shared/settings';
import { tempSettings } from '../../support/settings';

// Every read of a talk goes through the parser's two entry points; counting their calls tells how
// often a talk was parsed.
vi.mock('../../../src/main/engine/talk/parseTalk', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/main/engine/talk/parseTalk')>();
  return { ...actual, readTalk: vi.fn(actual.readTalk), parseTalk: vi.fn(actual.parseTalk) };
});
const parses = (): number => vi.mocked(parsing.readTalk).mock.calls.length + vi.mocked(parsing.parseTalk).mock.calls.length;

const root = resolve(__dirname, '../../..');
const sample = readFileSync(resolve(root, 'resources/samples/lead-your-leaders.md'), 'utf8');
const NAME = 'lead-your-leaders.md';
/** What crosses from the engine's thread: plain data. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function dismissalOf(text: string): Dismissal[] {
  const finding = analyseTalk(text).analysis.sections[2]!.findings.find((item) => item.severity === 'warning')!;
  const { key, ruleId, sectionId, actual } = finding;
  return [{ key: key!, ruleId, sectionId: sectionId!, actual: actual!, reason: 'ok', author: 'Ann', at: 'x' }];
}

/** The engine thread's answers to an outline and then an analysis of the same text, as values. */
async function outlineThenAnalyse(
  answer: ReturnType<typeof engineAnswerer>,
  text: string,
  fileName: string,
  defaults: Partial<TalkDefaults> = {},
  dismissed: Dismissal[] = [],
): Promise<{ outline: unknown; analysis: unknown }> {
  const call = { text, fileName, defaults, pace: null };
  const outline = await answer({ kind: 'outline', ...call } satisfies EngineCall);
  const analysis = await answer({ kind: 'analyse', ...call, dismissed } satisfies EngineCall);
  return { outline: plain(outline.value), analysis: plain(analysis.value) };
}

/** Today's answers, each from a read of its own. */
function fresh(text: string, fileName: string, defaults: Partial<TalkDefaults> = {}, dismissed: Dismissal[] = []) {
  return {
    outline: plain(outlineTalk(text, fileName, defaults, null)),
    analysis: plain(analyseTalk(text, { fileName, defaults, dismissed }).analysis),
  };
}

beforeEach(() => vi.clearAllMocks());

describe('the engine thread reads a talk once per open', () => {
  test('an outline and the analysis of the same text share one read, with the answers of two', async () => {
    const expected = fresh(sample, NAME);
    vi.clearAllMocks();
    const answer = engineAnswerer();
    expect(await outlineThenAnalyse(answer, sample, NAME)).toEqual(expected);
    expect(parses()).toBe(1);
  });

  test('scoring again with the coach’s dismissals reads nothing again', async () => {
    const dismissed = dismissalOf(sample);
    const expected = fresh(sample, NAME, {}, dismissed).analysis;
    const answer = engineAnswerer();
    await outlineThenAnalyse(answer, sample, NAME);
    vi.clearAllMocks();
    const again = await answer({ kind: 'analyse', text: sample, fileName: NAME, defaults: {}, pace: null, dismissed });
    expect(plain(again.value)).toEqual(expected);
    expect(parses()).toBe(0);
  });

  test('an edit, other defaults or another file name are read afresh, never from a read of something else', async () => {
    const untitled = '## Story\n\nOnce upon a time there was a talk without a title.\n';
    const edited = sample.replace('## ', '## Edited ');
    const cases: [string, string, Partial<TalkDefaults>][] = [
      [untitled, 'first.md', {}],
      [untitled, 'second.md', {}],
      [untitled, 'second.md', { lang: 'nl' }],
      [untitled, 'second.md', { lang: 'nl', wpm: 100 }],
      [edited, 'second.md', { lang: 'nl', wpm: 100 }],
    ];
    const expected = cases.map(([text, fileName, defaults]) => fresh(text, fileName, defaults));
    vi.clearAllMocks();
    const answer = engineAnswerer();
    for (const [index, [text, fileName, defaults]] of cases.entries()) {
      expect(await outlineThenAnalyse(answer, text, fileName, defaults)).toEqual(expected[index]);
      expect(parses()).toBe(index + 1);
    }
  });

  test('the same defaults in another object (or order) are the same read', async () => {
    const answer = engineAnswerer();
    await answer({ kind: 'outline', text: sample, fileName: NAME, defaults: { lang: 'en', wpm: 120 }, pace: null });
    await answer({ kind: 'analyse', text: sample, fileName: NAME, defaults: { wpm: 120, lang: 'en' }, pace: null });
    expect(parses()).toBe(1);
  });

  test('only the last two reads are kept', async () => {
    const answer = engineAnswerer();
    const texts = ['## A\n\nOne talk.\n', '## B\n\nAnother talk.\n', '## C\n\nA third talk.\n'];
    for (const text of texts) await outlineThenAnalyse(answer, text, 'talk.md');
    expect(parses()).toBe(3);
    await outlineThenAnalyse(answer, texts[1]!, 'talk.md');
    expect(parses()).toBe(3);
    await outlineThenAnalyse(answer, texts[0]!, 'talk.md');
    expect(parses()).toBe(4);
  });
});

describe('a read scored more than once', () => {
  test('is left as it was: a talk past the word budget says so in each analysis, not in its outline', () => {
    // Identical sections, so the cache scores one and the test stays quick.
    const section = `It was a long day and the team kept going. `.repeat(100);
    const sections = Math.ceil(WORD_BUDGET / 900) + 2;
    const text = Array.from({ length: sections }, (_unused, index) => `## Part ${index}\n\n${section}\n`).join('\n');
    const expected = plain(analyseTalk(text).talk.findings);
    expect(expected.some((finding) => finding.ruleId === 'analysis-budget')).toBe(true);
    const read = parsing.readTalk(text, {});
    const outline = plain(read.talk);
    expect(plain(analyseTalk(text, { read }).talk.findings)).toEqual(expected);
    expect(plain(analyseTalk(text, { read }).talk.findings)).toEqual(expected);
    expect(plain(read.talk)).toEqual(outline);
  });
});

describe('in this process (the CLI, and the app when no worker can start)', () => {
  test('an outline and the analysis of the same text share one read', async () => {
    const expected = fresh(sample, NAME);
    vi.clearAllMocks();
    const engine = new InProcessEngine();
    const outline = await engine.outline(sample, NAME, {}, null);
    const analysis = await engine.analyse(sample, NAME, {});
    expect({ outline: plain(outline), analysis: plain(analysis) }).toEqual(expected);
    expect(parses()).toBe(1);
  });

  test('the worker engine’s fallback reads once too', async () => {
    const engine = new WorkerEngine(join(root, 'no-such-worker.js'));
    await engine.outline(sample, NAME, {}, null);
    await engine.analyse(sample, NAME, {});
    expect(parses()).toBe(1);
  });

  test('opening a talk file reads it once, outline and scores', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sticky-once-')), NAME);
    writeFileSync(path, sample);
    const expected = fresh(sample, NAME);
    vi.clearAllMocks();
    const service = new TalkService({
      recent: new RecentFiles(tempSettings()),
      watchFile: () => async () => undefined,
      emit: () => undefined,
    });
    const opened = await service.open(path);
    await service.analysed;
    expect(parses()).toBe(1);
    expect(plain({ talk: opened.talk, plans: opened.plans })).toEqual(expected.outline);
    expect(plain(service.analysis)).toEqual(expected.analysis);
    await service.close();
  });
});
