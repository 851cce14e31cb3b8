// The engine's thread in the app: reads, plans and scores talks away from the main process, so a
// 5 MB file of hostile Markdown never freezes menus, IPC or the window. Messages are plain data.
import { parentPort } from 'node:worker_threads';
import { analyseTalk, SignalCache } from './engine/analyse';
import type { EngineRequest, EngineResponse } from './services/workerEngine';
import { outlineTalk } from './services/engineRunner';

const cache = new SignalCache(); // unchanged paragraphs keep their signals between saves, as in-process

parentPort?.on('message', (request: EngineRequest) => {
  let response: EngineResponse;
  try {
    const value =
      request.kind === 'outline'
        ? outlineTalk(request.text, request.fileName, request.defaults, request.pace)
        : analyseTalk(request.text, { fileName: request.fileName, defaults: request.defaults, cache, dismissed: request.dismissed ?? [] })
            .analysis;
    response = { id: request.id, ok: true, value };
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
