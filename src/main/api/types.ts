import type { ApiArgs, ApiResult, InvokeMethod } from '../../shared/api';

/** The handler of one API call: its declared arguments (already checked) in, its declared result out. */
export type ApiHandler<M extends InvokeMethod> = (...args: ApiArgs<M>) => ApiResult<M> | Promise<ApiResult<M>>;

/** The handlers of some API calls, each typed from the contract end to end. */
export type ApiHandlers<M extends InvokeMethod = InvokeMethod> = { [K in M]: ApiHandler<K> };

/** What IPC and the browser tests call: arguments as received (untrusted), the call's value out. */
export type UncheckedHandler = (...args: unknown[]) => unknown;

/** Every API call behind its argument schema, ready to serve. */
export type ServedApi = Record<InvokeMethod, UncheckedHandler>;
