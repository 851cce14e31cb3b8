import { isAbsolute, join, relative, sep } from 'node:path';

/** The privileged scheme the built renderer is served from, instead of file://. */
export const APP_SCHEME = 'app';
/** The one host of that scheme: `app://sticky/` is the app's origin, and CSP's 'self' means it. */
export const APP_HOST = 'sticky';
/** The page the window loads when no dev server is used. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Which URL the window loads: the dev server's (ELECTRON_RENDERER_URL, set by `electron-vite dev`)
 * only in an unpackaged app and only over http(s); a packaged app always loads its own files.
 */
export function chooseRendererUrl(app: { isPackaged: boolean; devServerUrl: string | undefined }): string {
  if (app.isPackaged || !app.devServerUrl) return APP_URL;
  try {
    const { protocol } = new URL(app.devServerUrl);
    return protocol === 'http:' || protocol === 'https:' ? app.devServerUrl : APP_URL;
  } catch {
    return APP_URL;
  }
}

// What the build's file names are made of (Vite: `assets/index-B2x_9.js`). Anything else (a
// backslash, a colon for a drive or a Windows stream, a NUL, a space) is refused outright.
const SAFE_SEGMENT = /^[A-Za-z0-9._~@+-]+$/;

/**
 * The file under `root` (the built renderer folder) an app:// request asks for, or null when it
 * asks for anything else: another scheme or host, a path that climbs out of `root` (`..`, also
 * percent-encoded as `%2e%2e` or with an encoded slash `%2f`), a character no built file name has
 * (a backslash, a colon, a NUL), or bad encoding.
 */
export function resolveAppFile(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null; // a malformed escape such as %E0%A4%A
  }
  if (path === '/') path = '/index.html';
  const segments = path.split('/').slice(1);
  if (segments.some((segment) => !SAFE_SEGMENT.test(segment) || /^\.+$/.test(segment))) return null;
  const file = join(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}
