import { basename } from 'node:path';
import { writeFileAtomicSync } from './atomicWrite';
import { MAX_STORE_BYTES, readTextCappedSync, RefusedFile } from './cappedRead';
import { withFileLock } from './fileLock';
import { UserError } from './userError';

/** The parts of conf (and electron-store, which extends it) that reading and writing its file go through. */
interface ConfInternals {
  readonly path: string;
  readonly events: EventTarget;
  set(key: unknown, value?: unknown): void;
  _deserialize(text: string): object;
  _serialize(value: unknown): string;
  _validate(data: unknown): void;
  _ensureDirectory(): void;
}

const plainObject = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;

function refused(error: RefusedFile): UserError {
  return new UserError('unreadable', `Sticky's own file ${error.message} Move it away, then start Sticky again.`, {
    name: basename(error.path),
    reason: 'store-not-a-file',
  });
}

// conf's clearInvalidConfig: a file that does not parse or breaks the schema reads as empty (the
// stores' tolerantDeserialize repairs and reports before that happens).
const isInvalid = (error: unknown): boolean =>
  error instanceof SyntaxError || (error instanceof Error && error.message.startsWith('Config schema violation:'));

/**
 * conf or electron-store whose file is read through the capped reader (a pipe, a device, a folder
 * or a file over MAX_STORE_BYTES in its place is refused with a UserError, never read: openStore
 * then keeps the app going in memory), written atomically with the temporary file removed when the
 * write fails, and changed under the same file lock as the other stores (fileLock.ts), so two
 * Stickies setting values at once both keep theirs. conf reads the file on every get; so does this.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor must take any[] (TypeScript's rule)
export function readsCapped<C extends new (...args: any[]) => object>(Base: C): C {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const Conf = Base as unknown as new (...args: any[]) => ConfInternals;
  class CappedStore extends Conf {
    // Undefined while conf's constructor runs (class fields are set after it returns): the one
    // write made then (the defaults, when the file lacks them) was prepared from a read made
    // before the lock, and another process may have saved since.
    private readonly constructed = true;

    get store(): Record<string, unknown> {
      let text: string;
      try {
        text = readTextCappedSync(this.path, MAX_STORE_BYTES);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          this._ensureDirectory();
          return plainObject();
        }
        throw error instanceof RefusedFile ? refused(error) : error;
      }
      try {
        const data = this._deserialize(text);
        this._validate(data);
        return Object.assign(plainObject(), data);
      } catch (error) {
        if (isInvalid(error)) return plainObject();
        throw error;
      }
    }

    set store(value: Record<string, unknown>) {
      this._ensureDirectory();
      this._validate(value);
      withFileLock(this.path, () => {
        // At construction, the file as it is now wins over the defaults read before the lock: two
        // Stickies starting while the other saves keep every saved entry (seen: 54 of 600 runs lost).
        const next = this.constructed ? value : Object.assign(plainObject(), value, this.store);
        this._validate(next);
        this._write(next);
      }); // re-entrant: set() already holds it
      this.events.dispatchEvent(new Event('change'));
    }

    _write(value: unknown): void {
      writeFileAtomicSync(this.path, this._serialize(value));
    }

    override set(key: unknown, value?: unknown): void {
      withFileLock(this.path, () => super.set(key, value));
    }
  }
  return CappedStore as unknown as C;
}
