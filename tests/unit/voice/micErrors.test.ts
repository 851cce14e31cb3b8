import { expect, test } from 'vitest';
import { en } from '../../../src/renderer/src/lib/messages/en';
import { CAPTURE_ERROR_MESSAGES } from '../../../src/renderer/src/lib/rehearsal/micMessages';
import { captureErrorOf } from '../../../src/renderer/src/lib/voice/micErrors';

test.each([
  ['NotAllowedError', 'denied'],
  ['SecurityError', 'denied'],
  ['NotFoundError', 'no-microphone'],
  ['OverconstrainedError', 'no-microphone'],
  ['NotReadableError', 'unavailable'],
  ['AbortError', 'unavailable'],
])('a %s is "%s", with a message of its own', (name, expected) => {
  const error = Object.assign(new Error('failed'), { name });
  expect(captureErrorOf(error)).toBe(expected);
  expect(en[CAPTURE_ERROR_MESSAGES[captureErrorOf(error)]]).toMatch(/key presses/);
});

test('anything else thrown is "unavailable"', () => {
  expect(captureErrorOf('no')).toBe('unavailable');
  expect(captureErrorOf(null)).toBe('unavailable');
});
