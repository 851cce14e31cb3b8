import { homepage } from '../../../package.json';
import { oneAtATime } from '../services/capabilities';

/** What happens to an address the page asks to open: opened, asked about first, or refused. */
export type LinkDecision = 'open' | 'ask' | 'refuse';

// The project's own documentation (package.json's homepage) opens directly; every other address
// is named in a question first. Only http(s) ever reaches the system: no file:, mailto:, or app
// protocols a crafted talk could use to start a program.
/** The address prefixes that open without a question. */
export const ALLOWED_LINKS: readonly string[] = [homepage];

/** What to do with an address: refuse anything but http(s), open an allow-listed one, ask about the rest. */
export function linkDecision(address: string, allowed: readonly string[] = ALLOWED_LINKS): LinkDecision {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'refuse';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'refuse';
  // A user name or password in the address can disguise where it goes: always asked about.
  if (url.username || url.password) return 'ask';
  const onList = allowed.some((prefix) => {
    const base = new URL(prefix);
    return url.origin === base.origin && url.pathname.startsWith(base.pathname);
  });
  return onList ? 'open' : 'ask';
}

/** What opening links needs: the system's opener (shell.openExternal) and the user's yes (a native question). */
export interface LinkOpenerDeps {
  openExternal: (url: string) => Promise<void>;
  confirm: (url: string) => Promise<boolean>;
}

/**
 * Opens addresses from the page: allow-listed ones at once, others once the user said yes to a
 * question naming them (one question at a time: more requests meanwhile are dropped), none else.
 * Resolves to whether the address was opened.
 */
export function createLinkOpener({ openExternal, confirm }: LinkOpenerDeps): (address: string) => Promise<boolean> {
  const ask = oneAtATime(confirm);
  return async (address) => {
    const decision = linkDecision(address);
    if (decision === 'refuse') return false;
    const href = new URL(address).href;
    if (decision === 'ask' && !(await ask(href))) return false;
    await openExternal(href);
    return true;
  };
}
