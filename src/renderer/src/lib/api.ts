import type { StickyApi } from '../../../shared/api';

/** The only door to the main process: `window.sticky`, set up by the preload. */
export function api(): StickyApi {
  if (!window.sticky) throw new Error('Sticky API missing: the page was not loaded by the Sticky app.');
  return window.sticky;
}

/** A readable message from anything an API call rejects with. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
