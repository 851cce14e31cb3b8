import type { Session } from 'electron';

/**
 * The permissions Sticky's page may be granted. Empty: Sticky asks for nothing (no camera, no
 * notifications, no clipboard reads, no devices). The microphone for rehearsals will be added
 * here, for Sticky's own page only (`isOwnPage`), by a later change.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = [];

/** Whether a permission is granted: only one on the allow-list, and only to Sticky's own page. */
export function isPermissionAllowed(permission: string, isOwnPage: boolean, allowed: readonly string[] = ALLOWED_PERMISSIONS): boolean {
  return isOwnPage && allowed.includes(permission);
}

/** The two session hooks this module sets (a Session, or a stand-in in tests). */
export type PermissionHooks = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/**
 * Answers every permission request and check of the session through the allow-list, instead of
 * Electron's default of granting them all. `isOwnUrl` says whether a URL is Sticky's own page.
 */
export function installPermissionHandlers(session: PermissionHooks, isOwnUrl: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.isMainFrame && isOwnUrl(details.requestingUrl)));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const url = details.requestingUrl ?? requestingOrigin;
    return isPermissionAllowed(permission, details.isMainFrame && isOwnUrl(url));
  });
}
