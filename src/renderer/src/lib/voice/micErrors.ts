/** Why the microphone could not start: refused by the speaker or the system, none found, or it failed. */
export type CaptureError = 'denied' | 'no-microphone' | 'unavailable';

/** Which CaptureError a getUserMedia or AudioContext failure is, by its DOMException name (Media Capture and Streams). */
export function captureErrorOf(error: unknown): CaptureError {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-microphone';
  return 'unavailable';
}
