import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, resolveAppFile } from './appUrl';

/**
 * Declares app:// as a standard, secure scheme, so the page served from it has a real origin
 * (`app://sticky`) that CSP's 'self' and the sender check can name. Call before the app is ready.
 */
export function registerAppScheme(): void {
  // No bypassCSP and no corsEnabled: the page's own CSP applies, and no other origin may fetch it.
  const privileges = { standard: true, secure: true, supportFetchAPI: true, codeCache: true };
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges }]);
}

/** Serves app://sticky/… from the built renderer folder `root`, and nothing outside it. */
export function serveAppFiles(root: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = request.method === 'GET' || request.method === 'HEAD' ? resolveAppFile(request.url, root) : null;
    if (!file) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    // net.fetch reads inside app.asar and sets the Content-Type from the extension.
    return net.fetch(pathToFileURL(file).href, { bypassCustomProtocolHandlers: true });
  });
}
