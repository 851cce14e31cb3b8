// The engine's thread in the app: converts Office files, reads, plans and scores talks away from
// the main process, so a hostile document or 5 MB of hostile Markdown never freezes menus, IPC or
// the window. Messages are plain data; a refusal written for the user crosses with its code.
import { parentPort } from 'node:worker_threads';
import { engineAnswerer } from './services/engineAnswer';
import { isEngineRequest, type EngineResponse } from './services/engineProtocol';
import { toApiError, UserError } from './services/userError';

const answer = engineAnswerer();

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
