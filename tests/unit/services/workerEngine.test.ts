import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { outlineTalk } from '../../../src/main/services/engineRunner';
import { readOfficeTalk } from '../../../src/main/services/office/officeTalk';
import { TalkService } from '../../../src/main/services/talkService';
import { UserError } from '../../../src/main/services/userError';
import { STUCK_MS, WorkerEngine } from '../../../src/main/services/workerEngine';
import { pastedDocument } from '../../support/pasted';

const root = resolve(__dirname, '../../..');
const script = resolve(root, 'out/main/engineWorker.js');
const engine = new WorkerEngine(script);
const sample = readFileSync(resolve(root, 'resources/samples/lead-your-leaders.md'), 'utf8');

beforeAll(() => {
  if (!existsSync(script)) throw new Error('Build first: npm run build (npm test does this for you).');
});
afterAll(() => engine.stop());

describe('the engine thread (the app runs the engine there)', () => {
  test('reads, plans and scores exactly as the engine does in-process', async () => {
    const outline = await engine.outline(sample, 'lead-your-leaders.md', {}, null);
    expect(outline).toEqual(JSON.parse(JSON.stringify(outlineTalk(sample, 'lead-your-leaders.md', {}, null))));
    const analysis = await engine.analyse(sample, 'lead-your-leaders.md', {});
    expect(analysis.talk.scores).toEqual(analyseTalk(sample, { fileName: 'lead-your-leaders.md' }).analysis.talk.scores);
  });

  test('applies the coach’s dismissals there too, as in-process', async () => {
    const finding = analyseTalk(sample).analysis.sections[2]!.findings.find((item) => item.severity === 'warning')!;
    const dismissed = [
      {
        key: finding.key!,
        ruleId: finding.ruleId,
        sectionId: finding.sectionId!,
        actual: finding.actual!,
        reason: 'ok',
        author: 'Ann',
        at: 'x',
      },
    ];
    const analysis = await engine.analyse(sample, 'lead-your-leaders.md', {}, dismissed);
    expect(analysis.sections[2]!.dismissed?.map((item) => item.finding.key)).toEqual([finding.key]);
    expect(analysis.talk.adjusted).toEqual({ by: ['Ann'], findings: 1 });
  });

  test('the calling thread keeps answering while a 1 MB pasted document is read and scored', async () => {
    const pasted = pastedDocument(1024 * 1024);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const outline = await engine.outline(pasted, 'pasted.md', {}, null);
    const ticksAfterReading = ticks;
    await engine.analyse(pasted, 'pasted.md', {});
    clearInterval(timer);
    expect(outline.talk.words).toBeGreaterThan(100000);
    // Work that took seconds ran elsewhere: this thread's timer kept firing throughout.
    expect(ticks).toBeGreaterThan(ticksAfterReading + 5);
  });

  test('a newer request behind a long-running one: the worker is replaced and the newer one answered', async () => {
    const impatient = new WorkerEngine(script, 50);
    // The outcome is taken at once, so the rejection that comes later is never unhandled.
    const long = impatient.analyse(sample.repeat(40), 'long.md', {}).then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const quick = await impatient.outline(sample, 'lead-your-leaders.md', {}, null);
    expect(quick.talk.title).toBe('Lead your leaders');
    expect(await long).toMatch(/newer request/);
    await impatient.stop();
  });

  test('a request still running at its deadline is stopped with a message, and the next one answered', async () => {
    // A stand-in engine thread that never finishes scoring, and reads at once.
    const dir = mkdtempSync(join(tmpdir(), 'sticky-worker-'));
    const stuck = join(dir, 'stuck.js');
    writeFileSync(
      stuck,
      "const { parentPort } = require('node:worker_threads');\n" +
        "parentPort.on('message', (r) => { if (r.kind === 'analyse') for (;;); parentPort.postMessage({ id: r.id, ok: true, kind: r.kind, value: 'read' }); });\n",
    );
    const patient = new WorkerEngine(stuck, STUCK_MS, 500);
    expect(await patient.outline(sample, 'talk.md', {}, null)).toBe('read');
    const stopped = await patient.analyse(sample, 'long.md', {}).then(
      () => null,
      (error: unknown) => error,
    );
    expect(stopped).toBeInstanceOf(UserError);
    expect(stopped).toMatchObject({ code: 'bad-document', params: { name: 'long.md', reason: 'too-slow' } });
    expect((stopped as Error).message).toMatch(/stopped scoring "long\.md"/);
    // A fresh thread takes the next request: the stuck one was stopped.
    expect(await patient.outline(sample, 'talk.md', {}, null)).toBe('read');
    await patient.stop();
  });

  test('converts Office files in the worker, exactly as in-process, and keeps a refusal’s reason', async () => {
    const docx = readFileSync(resolve(root, 'tests/fixtures/office/board-talk.docx'));
    const pptx = readFileSync(resolve(root, 'tests/fixtures/office/board-deck.pptx'));
    expect(await engine.convertOffice(docx, 'board-talk.docx', '.docx')).toBe(await readOfficeTalk(docx, 'board-talk.docx', '.docx'));
    expect(await engine.convertOffice(pptx, 'board-deck.pptx', '.pptx')).toBe(await readOfficeTalk(pptx, 'board-deck.pptx', '.pptx'));
    // The caller's bytes are not moved away from it.
    expect(docx.length).toBeGreaterThan(0);
    const refused = await engine.convertOffice(Buffer.from('not a zip at all'), 'fake.docx', '.docx').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserError);
    expect(refused).toMatchObject({ code: 'bad-document', params: { name: 'fake.docx', reason: 'corrupt' } });
  });

  test('the talk service opens Office files through the engine it is given', async () => {
    const converted: string[] = [];
    const worker = new WorkerEngine(script);
    const spy = Object.assign(Object.create(worker) as WorkerEngine, {
      convertOffice: (bytes: Uint8Array, name: string, extension: string) => {
        converted.push(name);
        return worker.convertOffice(bytes, name, extension);
      },
    });
    const talks = new TalkService({
      recent: { add: () => undefined } as never,
      watchFile: () => async () => undefined,
      emit: () => undefined,
      engine: spy,
    });
    const file = await talks.readFile(resolve(root, 'tests/fixtures/office/board-talk.docx'));
    expect(converted).toEqual(['board-talk.docx']);
    expect(file.source).toEqual({ format: 'docx' });
    expect(file.text).toMatch(/^# /m);
    await worker.stop();
  });

  test('a worker that cannot start: this and later calls run in-process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-worker-'));
    const broken = join(dir, 'broken.js');
    writeFileSync(broken, "throw new Error('this runtime refuses the worker');\n");
    const engineThatFails = new WorkerEngine(broken);
    expect((await engineThatFails.outline(sample, 'talk.md', {}, null)).talk.title).toBe('Lead your leaders');
    expect((await engineThatFails.analyse(sample, 'talk.md', {})).sections.length).toBeGreaterThan(0);
  });

  test('a worker script that is missing: the engine runs in-process instead', async () => {
    const missing = new WorkerEngine(resolve(root, 'out/main/no-such-worker.js'));
    const outline = await missing.outline(sample, 'talk.md', {}, null);
    expect(outline.talk.title).toBe('Lead your leaders');
  });
});
