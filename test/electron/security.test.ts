import { app, session } from 'electron';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALLOWED_PERMISSIONS, isPermissionAllowed } from '../../electron/main/permission-policy';
import { hardenDefaultSession, installSecurityPolicy } from '../../electron/main/security';
import { FakeSession, FakeWebContents } from './fakes';

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { FakeSession } = await import('./fakes');
  return { app: new EventEmitter(), session: { defaultSession: new FakeSession() } };
});

const emitter = app as unknown as import('node:events').EventEmitter;

/** A webContents as Electron would create it after installSecurityPolicy(). */
function createdContents(): FakeWebContents {
  const contents = new FakeWebContents();
  emitter.emit('web-contents-created', {}, contents);
  return contents;
}

const KNOWN_PERMISSIONS = [
  'ar',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'openExternal',
  'pointerLock',
  'serial',
  'speaker-selection',
  'storage-access',
  'usb',
  'window-management',
  'unknown',
];

beforeEach(() => {
  emitter.removeAllListeners();
  installSecurityPolicy();
});

describe('navigation', () => {
  const foreign = [
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://balai@evil/',
    'app://evil/',
    'about:blank',
  ];

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays inside app://balai', (name) => {
    const contents = createdContents();
    expect(contents.tryEvent(name, 'app://balai/staff/login')).toBe(true);
    expect(contents.tryEvent(name, 'app://balai/')).toBe(true);
    for (const url of foreign) expect(contents.tryEvent(name, url)).toBe(false);
  });

  it('property: every http(s) destination is prevented', () => {
    const contents = createdContents();
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(contents.tryEvent('will-navigate', url)).toBe(false);
        expect(contents.tryEvent('will-redirect', url)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('covers every webContents created later, not only the first window', () => {
    const first = createdContents();
    const second = createdContents();
    expect(first.tryEvent('will-navigate', 'https://evil.example/')).toBe(false);
    expect(second.tryEvent('will-navigate', 'https://evil.example/')).toBe(false);
  });
});

describe('new windows and webviews', () => {
  it('denies every window.open, including to our own origin', () => {
    const contents = createdContents();
    expect(contents.openHandler).not.toBeNull();
    for (const url of ['https://example.com/', 'app://balai/', 'about:blank']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
      }),
      { numRuns: 100 },
    );
  });

  it('prevents attaching a <webview>', () => {
    const contents = createdContents();
    expect(contents.tryEvent('will-attach-webview', 'app://balai/')).toBe(false);
  });
});

describe('permissions', () => {
  it('the allow-list is empty', () => {
    expect(ALLOWED_PERMISSIONS).toEqual([]);
  });

  it('denies every permission, known or not', () => {
    for (const permission of KNOWN_PERMISSIONS) expect(isPermissionAllowed(permission)).toBe(false);
    fc.assert(
      fc.property(fc.string(), (permission) => {
        expect(isPermissionAllowed(permission)).toBe(false);
      }),
    );
  });

  it('installs deny-all request, check and device handlers on the default session', () => {
    hardenDefaultSession();
    const defaultSession = session.defaultSession as unknown as FakeSession;
    for (const permission of KNOWN_PERMISSIONS) {
      expect(defaultSession.request(permission)).toBe(false);
      expect(defaultSession.checkHandler?.(null, permission)).toBe(false);
    }
    expect(defaultSession.deviceHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('installs them on every session created later', () => {
    const later = new FakeSession();
    emitter.emit('session-created', later);
    expect(later.request('media')).toBe(false);
    expect(later.checkHandler?.(null, 'notifications')).toBe(false);
    expect(later.deviceHandler?.({})).toBe(false);
  });
});
