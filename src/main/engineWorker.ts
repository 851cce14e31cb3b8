// The engine's thread in the app: converts Office files, reads, plans and scores talks away from
// the main process, so a hostile document or 5 MB of hostile Markdown never freezes menus, IPC or
// the window. Messages are plain data; a refusal written for the user crosses with its code.
import { parentPort } from 'node:worker_threads';
import { analyseTalk, SignalCache } from './engine/analyse';
import { isEngineRequest, type EngineAnswer, type EngineRequest, type EngineResponse } from './services/engineProtocol';
import { outlineTalk } from './services/engineRunner';
import { readOfficeTalk } from './services/office/officeTalk';
import { toApiError, UserError } from './services/userError';

const cache = new SignalCache(); // unchanged paragraphs keep their signals between saves, as in-process

const answer = async (request: EngineRequest): Promise<EngineAnswer> => {
  const { fileName } = request;
  if (request.kind === 'office')
    return { kind: 'office', value: await readOfficeTalk(Buffer.from(request.bytes), fileName, request.extension) };
  const { text, defaults } = request;
  return request.kind === 'outline'
    ? { kind: 'outline', value: outlineTalk(text, fileName, defaults, request.pace) }
    : { kind: 'analyse', value: analyseTalk(text, { fileName, defaults, cache, dismissed: request.dismissed ?? [] }).analysis };
};

parentPort?.on('message', async (request: unknown) => {
  // Only this app's main process sends here; a message of another shape has no id to answer.
  if (!isEngineRequest(request)) return;
  let response: EngineResponse;
  try {
    response = { id: request.id, ok: true, ...(await answer(request)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    response = { id: request.id, ok: false, message, ...(error instanceof UserError ? { error: toApiError(error) } : {}) };
  }
  parentPort?.postMessage(response);
});
