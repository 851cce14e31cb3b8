import type { Dismissal } from '../../shared/notes';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { TalkAnalysis } from '../../shared/analysis';
import type { TalkDefaults } from '../../shared/settings';
import { InProcessEngine, type EngineRunner, type Outline } from './engineRunner';

/** A request to the engine's thread. */
export interface EngineRequest {
  id: number;
  kind: 'outline' | 'analyse';
  text: string;
  fileName: string;
  defaults: Partial<TalkDefaults>;
  pace: number | null;
  /** The coach's dismissals (analyse only). */
  dismissed?: readonly Dismissal[];
}

/** The engine thread's answer to one request. */
export type EngineResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

// A request still running after this long (any real talk takes well under a second) is holding up
// the newer one behind it: the worker is stopped and a fresh one takes the newer request.
export const STUCK_MS = 2000;

interface Waiting {
  request: Omit<EngineRequest, 'id'>;
  since: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The engine in a worker thread (out/main/engineWorker.js). A worker that dies is replaced on the
 * next call; one stuck on an old request is replaced when a newer one comes; where no worker can
 * start at all (the script is missing, or the runtime refuses it), the engine runs in-process.
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
  ) {
    // Looked for once: without its script (a build without the worker), the engine runs in-process.
    this.broken = !existsSync(script);
  }

  /** Reads and plans a talk in the worker. */
  outline(text: string, fileName: string, defaults: Partial<TalkDefaults>, pace: number | null): Promise<Outline> {
    return this.ask({ kind: 'outline', text, fileName, defaults, pace }) as Promise<Outline>;
  }

  /** Scores a talk in the worker. */
  analyse(text: string, fileName: string, defaults: Partial<TalkDefaults>, dismissed: readonly Dismissal[] = []): Promise<TalkAnalysis> {
    return this.ask({ kind: 'analyse', text, fileName, defaults, pace: null, dismissed }) as Promise<TalkAnalysis>;
  }

  /** Stops the worker; pending calls are rejected. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private ask(request: Omit<EngineRequest, 'id'>): Promise<unknown> {
    if (this.broken) return this.inProcess(request);
    const now = Date.now();
    if ([...this.waiting.values()].some((call) => now - call.since > this.stuckMs)) this.restart('A newer request replaced this one.');
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { request, since: now, resolve, reject });
      this.start().postMessage({ id, ...request });
    });
  }

  private inProcess(request: Omit<EngineRequest, 'id'>): Promise<unknown> {
    const { text, fileName, defaults, pace, dismissed } = request;
    return request.kind === 'outline'
      ? this.fallback.outline(text, fileName, defaults, pace)
      : this.fallback.analyse(text, fileName, defaults, dismissed);
  }

  /** Stops the current worker and rejects what it still had (the callers' newer requests win). */
  private restart(reason: string): void {
    const worker = this.worker;
    this.worker = null;
    for (const call of this.waiting.values()) call.reject(new Error(reason));
    this.waiting.clear();
    void worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (response: EngineResponse) => {
      this.answered = true;
      const call = this.waiting.get(response.id);
      if (!call) return;
      this.waiting.delete(response.id);
      if (response.ok) call.resolve(response.value);
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
