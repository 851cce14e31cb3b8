import type { InvokeMethod } from '../../shared/api';
import { notesApi } from './notes';
import { recordingFileApi } from './recordingFile';
import { rehearsalApi } from './rehearsal';
import { ARGUMENT_SCHEMAS } from './schemas';
import type { ApiServices } from './services';
import { settingsApi } from './settings';
import { talkApi } from './talk';
import type { ApiHandler, ApiHandlers, ServedApi } from './types';

export type { ApiServices } from './services';
export type { ApiHandlers, ServedApi, UncheckedHandler } from './types';

/** One call's handler behind its argument schema: it only ever sees arguments that passed. */
function checked<M extends InvokeMethod>(method: M, handler: ApiHandler<M>): (...values: unknown[]) => unknown {
  const schema = ARGUMENT_SCHEMAS[method];
  return (...values: unknown[]) => handler(...schema(values));
}

/** Puts each call's argument schema in front of its handler. */
function withSchemas(handlers: ApiHandlers): ServedApi {
  const served: Partial<ServedApi> = {};
  for (const method of Object.keys(handlers) as InvokeMethod[])
    served[method] = checked(method, handlers[method] as ApiHandler<typeof method>);
  return served as ServedApi;
}

/**
 * Every API call, area by area, typed from the shared contract: a missing call or a wrong result
 * type fails the type check. The same map serves Electron IPC and the browser tests.
 */
export function createApi(services: ApiServices): ServedApi {
  const handlers: ApiHandlers = {
    ...talkApi(services),
    ...settingsApi(services),
    ...rehearsalApi(services),
    ...recordingFileApi(services),
    ...notesApi(services),
  };
  return withSchemas(handlers);
}
