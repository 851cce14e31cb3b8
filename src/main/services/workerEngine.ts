import type { Dismissal } from '../../shared/notes';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TalkAnalysis } from '../../shared/analysis';
import type { TalkDefaults } from '../../shared/settings';
import { isEngineResponse, valueFor, type EngineAnswer, type EngineCall } from './engineProtocol';
import { InProcessEngine, type EngineRunner, type Outline } from './engineRunner';
import { UserError } from './userError';

// A request still running after this long (any real talk takes well under a second) is holding up
// the newer one behind it: the worker is stopped and a fresh one takes the newer request.
export const STUCK_MS = 2000;
// No request may run for ever, newer one or not. The slowest inputs `npm run stress` makes (5 MB of
// hostile Markdown, a 100 MB deck) are answered in at most ~4 s on this project's 2-core machine;
// 20 s leaves five times that for a slow laptop, and is still a wait a user sits through.
export const DEADLINE_MS = 20_000;

type Request = EngineCall;

interface Waiting {
  request: Request;
  since: number;
  timer: NodeJS.Timeout;
  resolve: (answer: EngineAnswer) => void;
  reject: (error: Error) => void;
}

const WHAT: Record<Request['kind'], string> = { outline: 'reading', analyse: 'scoring', office: 'converting' };

/** The refusal for a request stopped at its deadline, written for the user. */
export function deadlineError(kind: Request['kind'], fileName: string, deadlineMs: number): UserError {
  const name = basename(fileName);
  const seconds = String(Math.max(1, Math.round(deadlineMs / 1000)));
  return new UserError(
    'bad-document',
    `Sticky stopped ${WHAT[kind]} "${name}" after ${seconds} seconds: no talk takes that long, so the file holds something Sticky cannot read in time. Sticky is still working; open another file, or save this one again from its editor.`,
    { name, seconds, reason: 'too-slow' },
  );
}

/**
 * The engine in a worker thread (out/main/engineWorker.js). A worker that dies is replaced on the
 * next call; one stuck on an old request is replaced when a newer one comes, and any request still
 * running at its deadline is stopped with a message; where no worker can start at all (the script
 * is missing, or the runtime refuses it), the engine runs in-process.
 */
export class WorkerEngine implements EngineRunner {
  private worker: Worker | null = null;
  private answered = false;
  private broken = false;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private readonly fallback = new InProcessEngine();

  constructor(
    private readonly script: string,
    private readonly stuckMs = STUCK_MS,
    private readonly deadlineMs = DEADLINE_MS,
  ) {
    // Looked for once: without its script (a build without the worker), the engine runs in-process.
    this.broken = !existsSync(script);
  }

  /** Reads and plans a talk in the worker. */
  async outline(text: string, fileName: string, defaults: Partial<TalkDefaults>, pace: number | null): Promise<Outline> {
    return valueFor(await this.ask({ kind: 'outline', text, fileName, defaults, pace }), 'outline');
  }

  /** Scores a talk in the worker. */
  async analyse(
    text: string,
    fileName: string,
    defaults: Partial<TalkDefaults>,
    dismissed: readonly Dismissal[] = [],
  ): Promise<TalkAnalysis> {
    return valueFor(await this.ask({ kind: 'analyse', text, fileName, defaults, pace: null, dismissed }), 'analyse');
  }

  /** Converts a Word, PowerPoint or OpenDocument file to talk text in the worker (the bytes move there). */
  async convertOffice(bytes: Uint8Array, fileName: string, extension: string): Promise<string> {
    return valueFor(await this.ask({ kind: 'office', bytes, fileName, extension }), 'office');
  }

  /** Stops the worker; pending calls are rejected. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private ask(request: Request): Promise<EngineAnswer> {
    if (this.broken) return this.inProcess(request);
    const now = Date.now();
    if ([...this.waiting.values()].some((call) => now - call.since > this.stuckMs))
      this.restart(() => new Error('A newer request replaced this one.'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // The deadline stops the worker whatever else is waiting: it is stuck for everyone.
      const timer = setTimeout(
        () =>
          this.restart((call) =>
            call === id ? deadlineError(request.kind, request.fileName, this.deadlineMs) : new Error('The engine was restarted.'),
          ),
        this.deadlineMs,
      );
      timer.unref();
      this.waiting.set(id, { request, since: now, timer, resolve, reject });
      const worker = this.start();
      if (request.kind === 'office') {
        // Copied once into a buffer of its own, which is then moved (not copied again) to the worker.
        const bytes = new Uint8Array(request.bytes);
        worker.postMessage({ id, ...request, bytes }, [bytes.buffer]);
      } else worker.postMessage({ id, ...request });
    });
  }

  private async inProcess(request: Request): Promise<EngineAnswer> {
    if (request.kind === 'office')
      return { kind: 'office', value: await this.fallback.convertOffice(request.bytes, request.fileName, request.extension) };
    const { text, fileName, defaults, pace, dismissed } = request;
    return request.kind === 'outline'
      ? { kind: 'outline', value: await this.fallback.outline(text, fileName, defaults, pace) }
      : { kind: 'analyse', value: await this.fallback.analyse(text, fileName, defaults, dismissed) };
  }

  /** Stops the current worker and rejects what it still had, each call with the error `why` gives it. */
  private restart(why: (id: number) => Error): void {
    const worker = this.worker;
    this.worker = null;
    for (const [id, call] of this.waiting) {
      clearTimeout(call.timer);
      call.reject(why(id));
    }
    this.waiting.clear();
    void worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (response: unknown) => {
      this.answered = true;
      // Only the engine's own script runs there; a message of another shape answers nothing.
      if (!isEngineResponse(response)) return;
      const call = this.waiting.get(response.id);
      if (!call) return;
      this.waiting.delete(response.id);
      clearTimeout(call.timer);
      if (response.ok) call.resolve(response);
      else if (response.error) call.reject(new UserError(response.error.code, response.error.message, response.error.params));
      else call.reject(new Error(response.message));
    });
    const fail = (error: Error): void => {
      if (this.worker !== worker) return; // already replaced
      this.worker = null;
      const calls = [...this.waiting.values()];
      this.waiting.clear();
      // A worker that never answered could not start here: run in-process from now on.
      if (!this.answered) this.broken = true;
      for (const call of calls) {
        clearTimeout(call.timer);
        if (this.broken) this.inProcess(call.request).then(call.resolve, call.reject);
        else call.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The engine stopped (exit code ${code}).`)));
    worker.unref(); // an idle engine thread never keeps the app from quitting
    this.worker = worker;
    return worker;
  }
}
