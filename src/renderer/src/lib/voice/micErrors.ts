import type { MessageKey } from '../messages/en';

/** Why the microphone could not start: refused by the speaker or the system, none found, or it failed. */
export type CaptureError = 'denied' | 'no-microphone' | 'unavailable';

/** Which CaptureError a getUserMedia or AudioContext failure is, by its DOMException name (Media Capture and Streams). */
export function captureErrorOf(error: unknown): CaptureError {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-microphone';
  return 'unavailable';
}

/** The message that tells the speaker each CaptureError (the run goes on by key presses). */
export const CAPTURE_ERROR_MESSAGES: Record<CaptureError, MessageKey> = {
  denied: 'voice.denied',
  'no-microphone': 'voice.noMicrophone',
  unavailable: 'voice.unavailable',
};
