import { describe, expect, test } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  installPermissionHandlers,
  isAudioOnly,
  isPermissionAllowed,
  type PermissionHooks,
} from '../../../src/main/shell/permissions';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;

const OWN = 'app://sticky/index.html';

function fakeSession(microphoneOn = true): { session: PermissionHooks; request: RequestHandler; check: CheckHandler } {
  const hooks: { request?: RequestHandler; check?: CheckHandler } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (hooks.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (hooks.check = handler),
  } as unknown as PermissionHooks;
  installPermissionHandlers(
    session,
    (url) => url === OWN,
    () => microphoneOn,
  );
  return { session, request: hooks.request!, check: hooks.check! };
}

/** The request handler's answer for one request. */
function answer(request: RequestHandler, permission: string, details: object): boolean {
  const answers: boolean[] = [];
  request(null, permission, (granted) => answers.push(granted), details);
  expect(answers).toHaveLength(1);
  return answers[0]!;
}

const REFUSED = [
  'geolocation',
  'notifications',
  'clipboard-read',
  'display-capture',
  'fullscreen',
  'openExternal',
  'hid',
  'midi',
  'unknown',
];

describe('permission handlers', () => {
  test('the microphone is the one thing on the allow-list', () => {
    expect(ALLOWED_PERMISSIONS).toEqual(['media']);
  });

  test.each(REFUSED)('%s is refused to Sticky’s own page, on request and on check', (permission) => {
    const { request, check } = fakeSession();
    expect(answer(request, permission, { requestingUrl: OWN, isMainFrame: true })).toBe(false);
    expect(check(null, permission, 'app://sticky', { requestingUrl: OWN, isMainFrame: true })).toBe(false);
  });

  test('the microphone is granted to Sticky’s own page, on request and on check', () => {
    const { request, check } = fakeSession();
    expect(answer(request, 'media', { requestingUrl: OWN, isMainFrame: true, mediaTypes: ['audio'] })).toBe(true);
    expect(check(null, 'media', 'app://sticky', { requestingUrl: OWN, isMainFrame: true, mediaType: 'audio' })).toBe(true);
  });

  test.each([
    ['the camera', { requestingUrl: OWN, isMainFrame: true, mediaTypes: ['video'] }],
    ['camera and microphone', { requestingUrl: OWN, isMainFrame: true, mediaTypes: ['audio', 'video'] }],
    ['media of no stated kind', { requestingUrl: OWN, isMainFrame: true }],
    ['another origin', { requestingUrl: 'https://example.com/', isMainFrame: true, mediaTypes: ['audio'] }],
    ['a frame inside the page', { requestingUrl: OWN, isMainFrame: false, mediaTypes: ['audio'] }],
    ['a look-alike URL', { requestingUrl: 'app://sticky.evil/index.html', isMainFrame: true, mediaTypes: ['audio'] }],
  ])('media is refused for %s', (_case, details) => {
    const { request } = fakeSession();
    expect(answer(request, 'media', details)).toBe(false);
  });

  test('with the microphone off in Settings, even Sticky’s own page gets no microphone', () => {
    const { request, check } = fakeSession(false);
    expect(answer(request, 'media', { requestingUrl: OWN, isMainFrame: true, mediaTypes: ['audio'] })).toBe(false);
    expect(check(null, 'media', 'app://sticky', { requestingUrl: OWN, isMainFrame: true, mediaType: 'audio' })).toBe(false);
  });

  test('the checks themselves', () => {
    expect(isPermissionAllowed('media', true)).toBe(true);
    expect(isPermissionAllowed('media', false)).toBe(false);
    expect(isPermissionAllowed('geolocation', true)).toBe(false);
    expect(isAudioOnly({ mediaTypes: ['audio'] })).toBe(true);
    expect(isAudioOnly({ mediaType: 'audio' })).toBe(true);
    expect(isAudioOnly({ mediaType: 'unknown' })).toBe(false);
    expect(isAudioOnly({ mediaTypes: [] })).toBe(false);
  });
});
