import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Result, RPC_CHANNEL } from '../../electron/shared/contract';
import { SAVE_PDF_CHANNEL } from '../../electron/shared/desktop';
import { tempDir } from '../support/core';
import { type FakeBrowserWindow, type FakeIpcMain, type FakeSession, FakeWebContents, invokeEvent } from './fakes';

// electron/main/index.ts runs on import, as Electron runs it. Each test re-imports it (after
// vi.resetModules) against the mocked `electron`, reset first; its app records the lifecycle order.
vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const fakes = await import('./fakes');
  const log: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    log,
    lockGranted: true,
    userDataDir: '',
    isPackaged: false,
    enableSandbox: vi.fn(() => log.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => {
      log.push('requestSingleInstanceLock');
      return app.lockGranted;
    }),
    quit: vi.fn(() => log.push('quit')),
    exit: vi.fn((code: number) => log.push(`exit ${code}`)),
    whenReady: vi.fn(() => {
      log.push('whenReady');
      return Promise.resolve();
    }),
    getPath: vi.fn((name: string) => (name === 'userData' ? app.userDataDir : '/nowhere')),
    getVersion: () => '0.1.0',
  });
  const electron = {
    app,
    protocol: { registerSchemesAsPrivileged: vi.fn(() => log.push('registerSchemesAsPrivileged')), handle: vi.fn() },
    ipcMain: new fakes.FakeIpcMain(),
    session: { defaultSession: new fakes.FakeSession() },
    BrowserWindow: fakes.FakeBrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    /** The mock module outlives vi.resetModules, so each test starts from a clean copy. */
    resetFakes() {
      app.removeAllListeners();
      log.length = 0;
      for (const fn of [app.enableSandbox, app.requestSingleInstanceLock, app.quit, app.exit, app.whenReady]) {
        fn.mockClear();
      }
      electron.protocol.registerSchemesAsPrivileged.mockClear();
      electron.protocol.handle.mockClear();
      electron.ipcMain.handlers.clear();
      electron.session.defaultSession = new fakes.FakeSession();
      electron.dialog.showErrorBox.mockClear();
      fakes.FakeBrowserWindow.instances.length = 0;
    },
  };
  return electron;
});

type FakeApp = import('node:events').EventEmitter & {
  log: string[];
  lockGranted: boolean;
  userDataDir: string;
  quit: ReturnType<typeof vi.fn>;
  exit: ReturnType<typeof vi.fn>;
  whenReady: ReturnType<typeof vi.fn>;
};

let dir: ReturnType<typeof tempDir>;

beforeEach(() => {
  vi.resetModules();
  dir = tempDir('balai-main-');
  // main() sets umask 077 for the app process; the test process keeps its own.
  vi.spyOn(process, 'umask').mockImplementation(() => 0o022);
});
afterEach(() => {
  vi.restoreAllMocks();
  dir.cleanup();
});

/** Imports electron/main/index.ts with the given app state and waits for whenReady's work. */
async function start(options: { lockGranted?: boolean; prepare?: (userData: string) => void } = {}) {
  const electron = await import('electron');
  (electron as unknown as { resetFakes(): void }).resetFakes();
  const app = electron.app as unknown as FakeApp;
  app.lockGranted = options.lockGranted ?? true;
  app.userDataDir = dir.dir;
  options.prepare?.(dir.dir);
  await import('../../electron/main/index');
  await new Promise((resolve) => setImmediate(resolve));
  return {
    app,
    electron,
    // The mock's own class: after vi.resetModules it need not be the one this file imported.
    windows: (electron.BrowserWindow as unknown as typeof FakeBrowserWindow).instances,
    ipc: electron.ipcMain as unknown as FakeIpcMain,
    defaultSession: electron.session.defaultSession as unknown as FakeSession,
  };
}

describe('desktop main process', () => {
  it('enables the sandbox and registers app:// before ready, then takes the single-instance lock', async () => {
    const { app } = await start();
    expect(app.log.slice(0, 4)).toEqual([
      'registerSchemesAsPrivileged',
      'enableSandbox',
      'requestSingleInstanceLock',
      'whenReady',
    ]);
    if (process.platform !== 'win32') expect(process.umask).toHaveBeenCalledWith(0o077);
    app.emit('will-quit');
  });

  it('when ready: opens the database in userData, serves app://, hosts IPC and PDF saving, opens one secure window', async () => {
    const { app, electron, ipc, defaultSession, windows } = await start();
    expect(existsSync(path.join(dir.dir, 'balai-migran.db'))).toBe(true);
    expect(vi.mocked(electron.protocol.handle).mock.calls.map((c) => c[0])).toEqual(['app']);
    expect(defaultSession.request('media')).toBe(false);
    expect(app.listenerCount('web-contents-created')).toBe(1);

    expect(windows).toHaveLength(1);
    const window = windows[0];
    expect(window.loadURL).toHaveBeenCalledWith('app://balai/');
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: true });
    expect(prefs.preload).toBe(path.resolve(__dirname, '../../dist-electron/preload/index.js'));

    expect([...ipc.handlers.keys()].sort()).toEqual([RPC_CHANNEL, SAVE_PDF_CHANNEL].sort());
    const handler = ipc.handlers.get(RPC_CHANNEL);
    const health = (await handler?.(invokeEvent('app://balai/'), 'system.health', {})) as Result<unknown>;
    expect(health).toMatchObject({ ok: true, value: { ok: true, version: '0.1.0' } });
    const setup = (await handler?.(invokeEvent('app://balai/'), 'setup.status', {})) as Result<unknown>;
    expect(setup).toEqual({ ok: true, value: { needsSetup: true } });
    app.emit('will-quit');
  });

  it('a second start focuses the existing window', async () => {
    const { app, windows } = await start();
    const window = windows[0];
    window.minimized = true;
    app.emit('second-instance', {}, ['balai-migran.exe'], dir.dir);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    app.emit('will-quit');
  });

  it('hardens every webContents it creates later', async () => {
    const { app } = await start();
    const contents = new FakeWebContents(9);
    app.emit('web-contents-created', {}, contents);
    expect(contents.tryEvent('will-navigate', 'https://example.com/')).toBe(false);
    expect(contents.openHandler?.({ url: 'app://balai/' })).toEqual({ action: 'deny' });
    app.emit('will-quit');
  });

  it('quits when the window closes and closes the database on quit', async () => {
    const { app, ipc } = await start();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
    app.emit('will-quit');
    const handler = ipc.handlers.get(RPC_CHANNEL);
    // The core is closed: a late call gets a clean error, not a crash.
    const late = (await handler?.(invokeEvent('app://balai/'), 'setup.status', {})) as Result<unknown>;
    expect(late).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged).toHaveBeenCalled();
  });

  it('a second instance quits at once: no database, no window, no IPC', async () => {
    const { app, ipc, windows } = await start({ lockGranted: false });
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
    expect(ipc.handlers.size).toBe(0);
    expect(existsSync(path.join(dir.dir, 'balai-migran.db'))).toBe(false);
  });

  it('a damaged database: explains it in a dialog and exits, without a window', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { app, electron, windows } = await start({
      prepare: (userData) => writeFileSync(path.join(userData, 'balai-migran.db'), 'bukan basis data '.repeat(512)),
    });
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Balai Migran tidak dapat dibuka', expect.any(String));
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(windows).toHaveLength(0);
  });
});
