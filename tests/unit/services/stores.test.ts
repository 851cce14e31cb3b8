import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { clearStoreNotices, storeNoticeAsError, storeNotices } from '../../../src/main/services/storeNotices';
import type { RehearsalRun } from '../../../src/shared/rehearsal';
import { bundleForNode } from '../../support/bundle';
import { sampleRun } from '../../support/runs';
import { Conf, tempHistory, tempRehearsals } from '../../support/settings';
import { REHEARSAL_STORE_OPTIONS, type RehearsalData } from '../../../src/main/services/rehearsalStore';

const folder = (): string => mkdtempSync(join(tmpdir(), 'sticky-stores-'));
const run = (id: string, startedAt = Date.UTC(2026, 10, 22, 9)): RehearsalRun => sampleRun(id, { startedAt });
const backups = (cwd: string, kind: string): string[] => readdirSync(cwd).filter((name) => name.includes(`.${kind}-`));

beforeEach(() => clearStoreNotices());

describe('a store file that does not parse', () => {
  test('is moved aside as a dated backup, reported, and the store starts afresh', () => {
    const cwd = folder();
    const broken = '{"runs": [{"id": "r1", "plan": ';
    writeFileSync(join(cwd, 'rehearsals.json'), broken);
    const store = tempRehearsals(cwd);
    expect(store.list()).toEqual([]);
    const [backup] = backups(cwd, 'corrupt');
    expect(backup).toMatch(/^rehearsals\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.json$/);
    expect(readFileSync(join(cwd, backup!), 'utf8')).toBe(broken);
    expect(storeNotices()).toEqual([expect.objectContaining({ file: join(cwd, 'rehearsals.json'), backup: join(cwd, backup!) })]);
    expect(storeNotices()[0]!.message).toContain(join(cwd, backup!));
    // What the window shows at start when no talk failed to open (AppState.error).
    expect(storeNoticeAsError()).toEqual({ code: 'unreadable', message: storeNotices()[0]!.message });
    store.save(run('r2'));
    expect(
      tempRehearsals(cwd)
        .list()
        .map((saved) => saved.id),
    ).toEqual(['r2']);
  });

  test('a file holding JSON that is not an object (a list, a number) counts as unreadable too', () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'score-history.json'), '[1, 2]');
    expect(tempHistory(cwd).list('/t.md')).toEqual([]);
    expect(backups(cwd, 'corrupt')).toHaveLength(1);
  });
});

describe('one bad entry', () => {
  test('one bad run (an invalid date) is dropped alone: the other four are kept, and the file as it was is saved', () => {
    const cwd = folder();
    const runs: unknown[] = ['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => run(id));
    runs[2] = { ...run('r3'), startedAt: 1e20 };
    const original = JSON.stringify({ runs });
    writeFileSync(join(cwd, 'rehearsals.json'), original);
    expect(
      tempRehearsals(cwd)
        .list()
        .map((saved) => saved.id),
    ).toEqual(['r1', 'r2', 'r4', 'r5']);
    expect(storeNotices()).toHaveLength(1);
    expect(storeNotices()[0]!.message).toContain('runs[2]');
    const [backup] = backups(cwd, 'before-repair');
    expect(readFileSync(join(cwd, backup!), 'utf8')).toBe(original);
    // The repaired file is written back once: the next start finds nothing to report.
    clearStoreNotices();
    expect(tempRehearsals(cwd).list()).toHaveLength(4);
    expect(storeNotices()).toEqual([]);
  });

  test('a run with an invalid start date is refused when saved, so the export never meets one', () => {
    const store = tempRehearsals();
    expect(() => store.save(run('bad', Number.NaN))).toThrow('valid start date');
    expect(() => store.save({ ...run('bad'), sections: [{ id: 'a' }] } as never)).toThrow('valid start date');
    expect(store.list()).toEqual([]);
    expect(storeNoticeAsError()).toBeNull();
  });

  test('one broken score snapshot is dropped alone', () => {
    const cwd = folder();

    const snapshot = (at: number) => ({
      at,
      variants: Object.fromEntries([10, 30, 60].map((variant) => [variant, { score: 50, scores: { simple: 50 } }])),
    });
    writeFileSync(join(cwd, 'score-history.json'), JSON.stringify({ talks: { '/t.md': [snapshot(1), { at: 'x' }, snapshot(3)] } }));
    expect(
      tempHistory(cwd)
        .list('/t.md')
        .map((kept) => kept.at),
    ).toEqual([1, 3]);
    expect(storeNotices()[0]!.message).toContain('talks./t.md[1]');
  });
});

describe('a store opened while another process saves', () => {
  test('the defaults written at construction never replace what was saved after the file was first read', () => {
    const cwd = folder();
    const saved = { runs: [run('saved-meanwhile')] };
    let reads = 0;
    // The first read (inside conf's constructor) finds no file; another Sticky saves a run just after.
    class Racing extends Conf<RehearsalData> {
      override get store(): RehearsalData {
        const value = super.store;
        if (reads++ === 0) writeFileSync(join(cwd, 'rehearsals.json'), JSON.stringify(saved));
        return value;
      }
      override set store(value: RehearsalData) {
        super.store = value;
      }
    }
    const store = new Racing({ ...(REHEARSAL_STORE_OPTIONS as unknown as ConstructorParameters<typeof Conf<RehearsalData>>[0]), cwd });
    expect(reads).toBeGreaterThan(1);
    expect((store.get('runs') ?? []).map((kept) => kept.id)).toEqual(['saved-meanwhile']);
  });
});

describe('writes', () => {
  let child: string;
  beforeAll(async () => {
    child = await bundleForNode(join(__dirname, 'fixtures/runWriter.ts'));
  }, 60_000);

  const writer = (cwd: string, prefix: string, count: number | 'forever') =>
    fork(child, [cwd, prefix, String(count)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = (process: ReturnType<typeof fork>) => new Promise((done) => process.on('exit', done));

  test('two processes saving 300 runs each at once: all 600 kept', async () => {
    const cwd = folder();
    const both = [writer(cwd, 'a', 300), writer(cwd, 'b', 300)];
    expect(await Promise.all(both.map(exited))).toEqual([0, 0]);
    const ids = tempRehearsals(cwd)
      .list()
      .map((saved) => saved.id);
    expect(ids).toHaveLength(600);
    expect(new Set(ids).size).toBe(600);
  }, 60_000);

  test('a writer killed midway (SIGKILL) leaves the last good file readable, and its lock is broken', async () => {
    const cwd = folder();
    const path = join(cwd, 'rehearsals.json');
    const process = writer(cwd, 'k', 'forever');
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        if (existsSync(path) && readFileSync(path, 'utf8').includes('"k-50"')) {
          clearInterval(poll);
          done();
        }
      }, 5);
    });
    process.kill('SIGKILL');
    await exited(process);
    const kept = JSON.parse(readFileSync(path, 'utf8')) as { runs: RehearsalRun[] };
    expect(kept.runs.length).toBeGreaterThan(50);
    const store = tempRehearsals(cwd);
    store.save(run('after'));
    expect(store.list().at(-1)!.id).toBe('after');
    expect(storeNotices()).toEqual([]);
  }, 60_000);

  test('a temporary file whose rename never happened is ignored: the previous file is read', () => {
    const cwd = folder();
    tempRehearsals(cwd).save(run('good'));
    writeFileSync(join(cwd, '.rehearsals.json.4242.abc.sticky-tmp'), '{"runs": [');
    writeFileSync(join(cwd, 'rehearsals.json.tmp-4242'), '{"runs": [');
    expect(
      tempRehearsals(cwd)
        .list()
        .map((saved) => saved.id),
    ).toEqual(['good']);
  });
});
