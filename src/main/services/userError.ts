import type { ApiError, Envelope } from '../../shared/errors';
import { UserError } from '../../shared/userError';
import { fileSystemProblem } from './fsErrors';

export { UserError };

/** The error as a UserError when it is one, or a file-system error the user can fix (fsErrors.ts); else null. */
export function asUserError(error: unknown): UserError | null {
  if (error instanceof UserError) return error;
  const problem = fileSystemProblem(error);
  return problem && new UserError('forbidden', problem.message, problem.params);
}

/** Turns anything thrown into an ApiError; unexpected errors keep their message but say so. */
export function toApiError(thrown: unknown): ApiError {
  const error = asUserError(thrown) ?? thrown;
  if (error instanceof UserError) return { code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Sticky: ${detail}` };
}

/** Runs a call and wraps its result or error in the envelope. */
export async function envelope<T>(call: () => T | Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
