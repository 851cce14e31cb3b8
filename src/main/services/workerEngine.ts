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
}

/** The engine thread's answer to one request. */
export type EngineResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/**
 * The engine in a worker thread (out/main/engineWorker.js). A worker that cannot start, or that
 * dies, is replaced on the next call; where no worker can run at all, the engine runs in-process.
 */
export class WorkerEngine implements EngineRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly fallback = new InProcessEngine();

  constructor(private readonly script: string) {}

  /** Reads and plans a talk in the worker. */
  outline(text: string, fileName: string, defaults: Partial<TalkDefaults>, pace: number | null): Promise<Outline> {
    if (!existsSync(this.script)) return this.fallback.outline(text, fileName, defaults, pace);
    return this.ask({ kind: 'outline', text, fileName, defaults, pace }) as Promise<Outline>;
  }

  /** Scores a talk in the worker. */
  analyse(text: string, fileName: string, defaults: Partial<TalkDefaults>): Promise<TalkAnalysis> {
    if (!existsSync(this.script)) return this.fallback.analyse(text, fileName, defaults);
    return this.ask({ kind: 'analyse', text, fileName, defaults, pace: null }) as Promise<TalkAnalysis>;
  }

  /** Stops the worker; pending calls are rejected. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private ask(request: Omit<EngineRequest, 'id'>): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.start().postMessage({ id, ...request });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (response: EngineResponse) => {
      const call = this.waiting.get(response.id);
      if (!call) return;
      this.waiting.delete(response.id);
      if (response.ok) call.resolve(response.value);
      else call.reject(new Error(response.message));
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const call of this.waiting.values()) call.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The engine stopped (exit code ${code}).`)));
    worker.unref(); // an idle engine thread never keeps the app from quitting
    this.worker = worker;
    return worker;
  }
}
