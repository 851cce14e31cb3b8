// The messages between the main process and the engine's thread (workerEngine.ts and
// engineWorker.ts): one definition of each request and answer, typed by kind, and the checks each
// side makes of what crosses before it trusts a field.
import type { TalkAnalysis } from '../../shared/analysis';
import type { ApiError } from '../../shared/errors';
import type { Dismissal } from '../../shared/notes';
import type { TalkDefaults } from '../../shared/settings';
import { isRecord } from './checks';
import type { Outline } from './engineRunner';

/** A request to the engine's thread, before it is given an id: read and plan, score, or convert an Office file to talk text. */
export type EngineCall =
  | {
      kind: 'outline' | 'analyse';
      text: string;
      fileName: string;
      defaults: Partial<TalkDefaults>;
      pace: number | null;
      /** The coach's dismissals (analyse only). */
      dismissed?: readonly Dismissal[];
    }
  | { kind: 'office'; bytes: Uint8Array; fileName: string; extension: string };

/** A request as it crosses to the engine's thread. */
export type EngineRequest = EngineCall & { id: number };

/** What each kind of request answers with. */
export interface EngineAnswers {
  outline: Outline;
  analyse: TalkAnalysis;
  office: string;
}

/** The kinds of request the engine's thread takes. */
export type EngineKind = keyof EngineAnswers;

/** One answer, tagged with the kind of request it answers. */
export type EngineAnswer = { [K in EngineKind]: { kind: K; value: EngineAnswers[K] } }[EngineKind];

/** The engine thread's answer to one request; a refusal written for the user keeps its code. */
export type EngineResponse = ({ id: number; ok: true } & EngineAnswer) | { id: number; ok: false; message: string; error?: ApiError };

const KINDS: readonly unknown[] = ['outline', 'analyse', 'office'] satisfies EngineKind[];

/**
 * Whether a message is a request the engine's thread takes: an id and a known kind with its fields.
 * The sender is this app's own main process, so the fields' contents are not re-validated here.
 */
export function isEngineRequest(message: unknown): message is EngineRequest {
  if (!isRecord(message) || typeof message['id'] !== 'number' || typeof message['fileName'] !== 'string') return false;
  if (message['kind'] === 'office') return message['bytes'] instanceof Uint8Array && typeof message['extension'] === 'string';
  return KINDS.includes(message['kind']) && typeof message['text'] === 'string' && isRecord(message['defaults']);
}

/** Whether a message is the engine thread's response: an id, and an answer of a known kind or a refusal with its message. */
export function isEngineResponse(message: unknown): message is EngineResponse {
  if (!isRecord(message) || typeof message['id'] !== 'number') return false;
  if (message['ok'] === true) return KINDS.includes(message['kind']) && 'value' in message;
  return message['ok'] === false && typeof message['message'] === 'string';
}

const PICK: { [K in EngineKind]: (answer: EngineAnswer) => EngineAnswers[K] | undefined } = {
  outline: (answer) => (answer.kind === 'outline' ? answer.value : undefined),
  analyse: (answer) => (answer.kind === 'analyse' ? answer.value : undefined),
  office: (answer) => (answer.kind === 'office' ? answer.value : undefined),
};

/** The answer's value for a request of `kind`; an answer of another kind is the engine's fault, thrown as such. */
export function valueFor<K extends EngineKind>(answer: EngineAnswer, kind: K): EngineAnswers[K] {
  const value = PICK[kind](answer);
  if (value === undefined) throw new Error(`The engine answered a request for "${kind}" with one for "${answer.kind}".`);
  return value;
}
