import type { MessageKey } from '../messages/en';
import type { CaptureError } from '../voice/micErrors';

/** The message that tells the speaker each CaptureError (the run goes on by key presses). */
export const CAPTURE_ERROR_MESSAGES: Record<CaptureError, MessageKey> = {
  denied: 'voice.denied',
  'no-microphone': 'voice.noMicrophone',
  unavailable: 'voice.unavailable',
};
