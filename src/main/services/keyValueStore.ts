/** The part of electron-store / conf that Sticky uses, so either can back the settings. */
export interface KeyValueStore<T> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  /** The file behind the store, when there is one (conf and electron-store have it). */
  readonly path?: string;
}

/** A store's data made valid: what could be kept, and the entries that had to be left out. */
export interface Cleaned<T> {
  data: T;
  /** Where each left-out entry was (`runs[3]`, `paceByTalk./talk.md`). */
  dropped: string[];
}
