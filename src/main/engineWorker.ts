// The engine's thread in the app: converts Office files, reads, plans and scores talks away from
// the main process, so a hostile document or 5 MB of hostile Markdown never freezes menus, IPC or
// the window. Messages are plain data; a refusal written for the user crosses with its code.
import { parentPort } from 'node:worker_threads';
import { analyseTalk, SignalCache } from './engine/analyse';
import type { EngineRequest, EngineResponse } from './services/workerEngine';
import { outlineTalk } from './services/engineRunner';
import { readOfficeTalk } from './services/office/officeTalk';
import { toApiError, UserError } from './services/userError';

const cache = new SignalCache(); // unchanged paragraphs keep their signals between saves, as in-process

const answer = (request: EngineRequest): unknown => {
  if (request.kind === 'office') return readOfficeTalk(Buffer.from(request.bytes), request.fileName, request.extension);
  return request.kind === 'outline'
    ? outlineTalk(request.text, request.fileName, request.defaults, request.pace)
    : analyseTalk(request.text, { fileName: request.fileName, defaults: request.defaults, cache, dismissed: request.dismissed ?? [] })
        .analysis;
};

parentPort?.on('message', async (request: EngineRequest) => {
  let response: EngineResponse;
  try {
    response = { id: request.id, ok: true, value: await answer(request) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    response = { id: request.id, ok: false, message, ...(error instanceof UserError ? { error: toApiError(error) } : {}) };
  }
  parentPort?.postMessage(response);
});
