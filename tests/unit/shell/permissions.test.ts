import { describe, expect, test } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  denyBluetoothChooser,
  installPermissionHandlers,
  isAudioOnly,
  isPermissionAllowed,
  type PermissionHooks,
} from '../../../src/main/shell/permissions';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;

const OWN = 'app://sticky/index.html';

type Listener = (event: { preventDefault: () => void }, ...rest: unknown[]) => void;

function fakeSession(microphoneOn = true): {
  session: PermissionHooks;
  request: RequestHandler;
  check: CheckHandler;
  device: (details: object) => boolean;
  listeners: Map<string, Listener>;
} {
  const hooks: { request?: RequestHandler; check?: CheckHandler; device?: (details: object) => boolean } = {};
  const listeners = new Map<string, Listener>();
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (hooks.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (hooks.check = handler),
    setDevicePermissionHandler: (handler: (details: object) => boolean) => (hooks.device = handler),
    on: (name: string, listener: Listener) => listeners.set(name, listener),
  } as unknown as PermissionHooks;
  installPermissionHandlers(
    session,
    (url) => url === OWN,
    () => microphoneOn,
  );
  return { session, request: hooks.request!, check: hooks.check!, device: hooks.device!, listeners };
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

/** Fires a chooser event the way Electron does; what the handler answered and whether it took the choice from Electron. */
function choose(listener: Listener, ...rest: unknown[]): { prevented: boolean; answers: unknown[][] } {
  let prevented = false;
  const answers: unknown[][] = [];
  listener({ preventDefault: () => (prevented = true) }, ...rest, (...answer: unknown[]) => answers.push(answer));
  return { prevented, answers };
}

describe('devices (issue 21): none, whatever the page asks', () => {
  test('every device permission is refused, even to Sticky’s own page', () => {
    const { device } = fakeSession();
    for (const deviceType of ['hid', 'serial', 'usb', 'bluetooth'])
      expect(device({ deviceType, origin: 'app://sticky', device: {} })).toBe(false);
  });

  test.each([
    ['select-hid-device', [{ deviceList: [{ deviceId: 'keyboard' }] }], [null]],
    ['select-serial-port', [[{ portId: 'COM1' }], null], ['']],
    ['select-usb-device', [{ deviceList: [{ deviceId: 'stick' }] }], []],
  ])('%s is answered "none" and never left to Electron (which would pick the first)', (name, rest, answer) => {
    const { listeners } = fakeSession();
    const listener = listeners.get(name);
    expect(listener).toBeDefined();
    expect(choose(listener!, ...rest)).toEqual({ prevented: true, answers: [answer] });
  });

  test('the Bluetooth chooser of the window is answered "none"', () => {
    const listeners = new Map<string, Listener>();
    denyBluetoothChooser({ on: (name: string, listener: Listener) => listeners.set(name, listener) } as never);
    expect(choose(listeners.get('select-bluetooth-device')!, [{ deviceId: 'headset', deviceName: 'H' }])).toEqual({
      prevented: true,
      answers: [['']],
    });
  });
});
