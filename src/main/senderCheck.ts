/**
 * Whether an IPC message comes from Sticky's own page: the built renderer's index.html (file://)
 * or, in development, the dev server's origin. Anything else (a navigated-away frame, an iframe,
 * another origin) is refused.
 */
export function isTrustedSenderUrl(senderUrl: string | undefined, rendererUrl: string): boolean {
  if (!senderUrl) return false;
  let sender: URL;
  let renderer: URL;
  try {
    sender = new URL(senderUrl);
    renderer = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (renderer.protocol === 'file:') return sender.protocol === 'file:' && sender.pathname === renderer.pathname;
  return sender.origin === renderer.origin;
}
