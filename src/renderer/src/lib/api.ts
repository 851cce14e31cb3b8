import type { StickyApi } from '../../../shared/api';
import { locale, number, t } from './i18n.svelte';
import { en, type MessageKey } from './messages/en';

/** The only door to the main process: `window.sticky`, set up by the preload. */
export function api(): StickyApi {
  if (!window.sticky) throw new Error('Sticky API missing: the page was not loaded by the Sticky app.');
  return window.sticky;
}

/** A readable message from anything an API call rejects with, in the interface language. */
export function errorMessage(error: unknown): string {
  const { code, params, message } = (error ?? {}) as { code?: string; params?: Record<string, string>; message?: string };
  return localizedError(code, params) ?? message ?? String(error);
}

/** The interface's own wording of a file error or a refused note change, when it has one (the main process speaks English). */
export function localizedError(code: string | undefined, params: Record<string, string> | undefined): string | undefined {
  if (!code || !(params?.['name'] || params?.['reason']) || locale.current === 'en') return undefined;
  const key = `error.${params['reason'] ?? code}`;
  return key in en ? t(key as MessageKey, withNumbers(params)) : undefined;
}

// The parameters main sends as a count in plain digits (a cap such as the slide limit), written
// here the interface language's way ("1.000" in Dutch); file names are never among them.
const COUNTS = ['max'];

/** The error's parameters with its counts written in the interface language. */
function withNumbers(params: Record<string, string>): Record<string, string> {
  const written = { ...params };
  for (const name of COUNTS) if (/^\d+$/.test(written[name] ?? '')) written[name] = number(Number(written[name]));
  return written;
}
