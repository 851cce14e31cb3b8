import { describe, expect, test } from 'vitest';
import {
  ALLOWED_PERMISSIONS,
  installPermissionHandlers,
  isPermissionAllowed,
  type PermissionHooks,
} from '../../../src/main/shell/permissions';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;

function fakeSession(): { session: PermissionHooks; request: RequestHandler; check: CheckHandler } {
  const hooks: { request?: RequestHandler; check?: CheckHandler } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (hooks.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (hooks.check = handler),
  } as unknown as PermissionHooks;
  installPermissionHandlers(session, (url) => url === 'app://sticky/index.html');
  return { session, request: hooks.request!, check: hooks.check! };
}

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'display-capture',
  'fullscreen',
  'openExternal',
  'hid',
  'unknown',
];

describe('permission handlers', () => {
  test('nothing is on the allow-list yet', () => {
    expect(ALLOWED_PERMISSIONS).toEqual([]);
  });

  test.each(PERMISSIONS)('%s is refused to Sticky’s own page, on request and on check', (permission) => {
    const { request, check } = fakeSession();
    const answers: boolean[] = [];
    request(null, permission, (granted) => answers.push(granted), { requestingUrl: 'app://sticky/index.html', isMainFrame: true });
    expect(answers).toEqual([false]);
    expect(check(null, permission, 'app://sticky', { requestingUrl: 'app://sticky/index.html', isMainFrame: true })).toBe(false);
  });

  test('an allowed permission goes to the own page’s main frame only', () => {
    expect(isPermissionAllowed('media', true, ['media'])).toBe(true);
    expect(isPermissionAllowed('media', false, ['media'])).toBe(false);
    expect(isPermissionAllowed('geolocation', true, ['media'])).toBe(false);
    expect(isPermissionAllowed('media', true)).toBe(false);
  });
});
