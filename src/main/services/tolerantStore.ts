import { renameSync } from 'node:fs';
import { writeFileAtomicSync } from './atomicWrite';
import { MAX_STORE_BYTES, readTextCappedSync } from './cappedRead';
import { withFileLock } from './fileLock';
import type { Cleaned, KeyValueStore } from './keyValueStore';
import { backupPath, reportStoreNotice, type StoreNotice } from './storeNotices';
import { tidyBeside } from './tidyTemporary';
import { asUserError } from './userError';

export type { Cleaned } from './keyValueStore';

/** Makes any parsed JSON object into valid store data, keeping every entry that is valid. */
export type Sanitize<T> = (raw: Record<string, unknown>) => Cleaned<T>;

// conf writes its files as JSON indented with tabs; repaired files look the same.
const serialize = (data: unknown): string => JSON.stringify(data, undefined, '\t');

type Parsed = { ok: true; raw: Record<string, unknown> } | { ok: false };

function parse(text: string): Parsed {
  try {
    const raw: unknown = JSON.parse(text);
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? { ok: true, raw: raw as Record<string, unknown> }
      : { ok: false };
  } catch {
    return { ok: false };
  }
}

const entries = (count: number): string => (count === 1 ? 'an unreadable entry' : `${count} unreadable entries`);

/** Under the file's lock: moves an unreadable file aside, or keeps a copy and rewrites it without its bad entries. */
function repair<T>(path: string, label: string, sanitize: Sanitize<T>): T {
  return withFileLock(path, () => {
    let text: string;
    try {
      text = readTextCappedSync(path, MAX_STORE_BYTES);
    } catch {
      return sanitize({}).data; // removed or replaced meanwhile: conf starts afresh
    }
    const parsed = parse(text);
    if (!parsed.ok) {
      const backup = backupPath(path, 'corrupt');
      renameSync(path, backup);
      const fresh = sanitize({}).data;
      writeFileAtomicSync(path, serialize(fresh));
      report({
        file: path,
        backup,
        message: `Sticky could not read its ${label} file (${path}); it started afresh and kept the unreadable file as ${backup}.`,
      });
      return fresh;
    }
    const { data, dropped } = sanitize(parsed.raw);
    if (dropped.length === 0) return data; // another process repaired it first
    const backup = backupPath(path, 'before-repair');
    writeFileAtomicSync(backup, text);
    writeFileAtomicSync(path, serialize(data));
    report({
      file: path,
      backup,
      message: `Sticky left out ${entries(dropped.length)} of its ${label} (${dropped.join(', ')}); the rest is kept, and the file as it was is saved as ${backup}.`,
    });
    return data;
  });
}

function report(notice: StoreNotice): void {
  reportStoreNotice(notice);
  console.warn(notice.message);
}

/**
 * conf's and electron-store's `deserialize` option: valid files are read as they are; a file that
 * does not parse is moved aside as a dated backup and replaced by defaults; a file with bad entries
 * keeps a dated copy and is rewritten without them. Each case is reported (storeNotices).
 * conf calls it as a method of the store (`this._deserialize(text)`), so `this.path` is the file.
 */
export function tolerantDeserialize<T>(label: string, sanitize: Sanitize<T>): (this: { path: string }, text: string) => T {
  return function deserialize(this: { path: string }, text: string): T {
    const parsed = parse(text);
    if (parsed.ok) {
      const { data, dropped } = sanitize(parsed.raw);
      if (dropped.length === 0) return data;
    }
    return repair(this.path, label, sanitize);
  };
}

/** A store held in memory only: the app keeps running when its file cannot be used at all. */
export class MemoryStore<T extends object> implements KeyValueStore<T> {
  private readonly data: T;
  constructor(defaults: T) {
    this.data = structuredClone(defaults);
  }
  get<K extends keyof T>(key: K): T[K] {
    return this.data[key];
  }
  set<K extends keyof T>(key: K, value: T[K]): void {
    this.data[key] = value;
  }
}

/** A store, or its stand-in in memory with a notice saying why. */
export interface OpenedStore<T> {
  store: KeyValueStore<T>;
  notice: StoreNotice | null;
}

/**
 * Opens a store and never throws: when its file cannot be read or written at all (no permission,
 * a folder or pipe in its place, a full disk), the app gets a store in memory with the defaults and a
 * notice (also in storeNotices) saying so, and nothing is saved until the next start. Temporary
 * files and locks that unfinished writes left beside the file are removed (tidyTemporary.ts).
 */
export function openStore<T extends object>(create: () => KeyValueStore<T>, defaults: T, label: string): OpenedStore<T> {
  try {
    const store = create();
    if (store.path) tidyBeside([store.path]); // what a write cut off by a crash or a full disk left
    return { store, notice: null };
  } catch (error) {
    const reason = asUserError(error)?.message ?? (error instanceof Error ? error.message : String(error));
    const notice = {
      file: label,
      backup: null,
      message: `Sticky could not open its ${label} file (${reason}). It is using defaults for now and cannot save ${label} until the file can be read.`,
    };
    report(notice);
    return { store: new MemoryStore(defaults), notice };
  }
}
