import type { ErrorCode } from './errors';

/** An error whose message is written for the user and safe to show (thrown by schemas in shared and by main's services). */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
