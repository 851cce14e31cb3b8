import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { outlineTalk } from '../../../src/main/services/engineRunner';
import { WorkerEngine } from '../../../src/main/services/workerEngine';
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
