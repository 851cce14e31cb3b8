/** What the sender check needs to know about the frame an IPC message came from. */
export interface SenderFrame {
  url: string;
  /** True for the window's top frame; false for an iframe (or a frame already gone). */
  isMainFrame: boolean;
}

/**
 * Whether an IPC message comes from Sticky's own page: the window's main frame, showing exactly the
 * app's URL (same scheme, host and port, and path; only the fragment may differ). An iframe, a
 * navigated-away frame, a frame that is gone, another file or another origin is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame?.isMainFrame) return false;
  let sender: URL;
  let app: URL;
  try {
    sender = new URL(frame.url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  return (
    sender.protocol === app.protocol &&
    sender.host === app.host &&
    sender.pathname === app.pathname &&
    sender.search === app.search &&
    sender.username === '' &&
    sender.password === ''
  );
}
