import type { Session, WebContents } from 'electron';

/**
 * The permissions Sticky's page may be granted: only `media`, for the microphone of a rehearsal
 * out loud, and only audio (isAudioOnly). No camera, no notifications, no clipboard reads, no devices.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = ['media'];

/** Whether a permission is granted: only one on the allow-list, and only to Sticky's own page. */
export function isPermissionAllowed(permission: string, isOwnPage: boolean, allowed: readonly string[] = ALLOWED_PERMISSIONS): boolean {
  return isOwnPage && allowed.includes(permission);
}

/** Whether a media request asks for sound alone: some audio and no video (a screen or a camera). */
export function isAudioOnly(details: { mediaTypes?: readonly string[]; mediaType?: string }): boolean {
  const types = details.mediaTypes ?? (details.mediaType === undefined ? [] : [details.mediaType]);
  return types.length > 0 && types.every((type) => type === 'audio');
}

/** The session hooks this module sets (a Session, or a stand-in in tests). */
export type PermissionHooks = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
>;

/**
 * Answers every permission request and check of the session through the allow-list, instead of
 * Electron's default of granting them all. `isOwnUrl` says whether a URL is Sticky's own page;
 * `microphoneOn` whether the speaker turned the microphone on in Settings (off: media is refused too).
 */
export function installPermissionHandlers(session: PermissionHooks, isOwnUrl: (url: string) => boolean, microphoneOn: () => boolean): void {
  const allowed = (permission: string, ownPage: boolean, details: { mediaTypes?: readonly string[]; mediaType?: string }): boolean =>
    isPermissionAllowed(permission, ownPage) && (permission !== 'media' || (isAudioOnly(details) && microphoneOn()));
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(allowed(permission, details.isMainFrame && isOwnUrl(details.requestingUrl), details as { mediaTypes?: string[] }));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const url = details.requestingUrl ?? requestingOrigin;
    return allowed(permission, details.isMainFrame && isOwnUrl(url), details);
  });
  denyDevices(session);
}

/**
 * Sticky uses no HID, serial, USB or Bluetooth device: every device permission is refused, and
 * each chooser is answered "none" at once. Without these Electron picks for the page: the first
 * HID device when `select-hid-device` is not handled (Electron's documentation).
 */
export function denyDevices(session: Pick<Session, 'setDevicePermissionHandler' | 'on'>): void {
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}

/** The Bluetooth chooser (an event of the window's contents, not the session) answered "none". */
export function denyBluetoothChooser(contents: Pick<WebContents, 'on'>): void {
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}
