import type { Dismissal } from '../../shared/notes';
import type { TalkAnalysis } from '../../shared/analysis';
import type { TalkDefaults } from '../../shared/settings';
import type { Talk, Variant, VariantPlan } from '../../shared/talk';
import { readTalk, type ReadTalk } from '../engine/talk/parseTalk';
import { planTalk } from '../engine/timing/plan';
import { AnalysisService } from './analysis';
import { readOfficeTalk } from './office/officeTalk';

/** A talk read and planned: what the window shows before the scores arrive. */
export interface Outline {
  talk: Talk;
  plans: Record<Variant, VariantPlan>;
}

/** Runs the engine for the services: in this process, or in a worker so the main process never waits on it. */
export interface EngineRunner {
  /** Reads and plans a talk. */
  outline(text: string, fileName: string, defaults: Partial<TalkDefaults>, pace: number | null): Promise<Outline>;
  /** Scores a talk; `dismissed` (the sidecar's dismissals) leave the findings and the scores. */
  analyse(text: string, fileName: string, defaults: Partial<TalkDefaults>, dismissed?: readonly Dismissal[]): Promise<TalkAnalysis>;
  /** Converts a Word, PowerPoint or OpenDocument file's bytes to talk text; rejects with a UserError. */
  convertOffice(bytes: Uint8Array, fileName: string, extension: string): Promise<string>;
}

/** Reads and plans a talk in this process. */
export function outlineTalk(text: string, fileName: string, defaults: Partial<TalkDefaults>, pace: number | null): Outline {
  return outlineOf(readTalk(text, { fileName, defaults }), pace);
}

/** Plans a talk already read (at the speaker's pace, if one is set). */
export function outlineOf({ talk }: ReadTalk, pace: number | null): Outline {
  return { talk, plans: planTalk(talk, pace ?? talk.wpm) };
}

/** The engine in this process: reading is one step, scoring pauses between runs of ~400 words. */
export class InProcessEngine implements EngineRunner {
  constructor(private readonly analysis = new AnalysisService()) {}

  /** Reads and plans a talk; scoring the same text next does not read it again. */
  async outline(text: string, fileName: string, defaults: Partial<TalkDefaults>, pace: number | null): Promise<Outline> {
    return outlineOf(this.analysis.read(text, fileName, defaults), pace);
  }

  /** Scores a talk in steps. */
  analyse(text: string, fileName: string, defaults: Partial<TalkDefaults>, dismissed: readonly Dismissal[] = []): Promise<TalkAnalysis> {
    return this.analysis.analyse(text, fileName, defaults, dismissed);
  }

  /** Converts an Office file here (the CLI's way; the app converts in the worker). */
  convertOffice(bytes: Uint8Array, fileName: string, extension: string): Promise<string> {
    return readOfficeTalk(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName, extension);
  }
}
