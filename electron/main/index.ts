/**
 * Desktop entry point: one process, one window, the core in the main process.
 * Layer rule: main may import core and shared, never renderer, server or preload.
 */
import { app, type BrowserWindow, dialog } from 'electron';
import { type Core, createCore } from '../core';
import { resolveAppPaths } from './app-paths';
import { registerIpcHost } from './ipc-host';
import { registerPrintHost } from './print';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenDefaultSession, installSecurityPolicy } from './security';
import { createMainWindow, focusWindow } from './window';

function main(): void {
  // Both must happen before 'ready': privileged schemes cannot be added later, and the sandbox
  // switch applies to every renderer, including any a dependency might open.
  registerAppScheme();
  app.enableSandbox();

  // Two processes must never open the same SQLite file: a second start only wakes the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Files the app creates (the database, its WAL, backups) are readable by this user only.
  if (process.platform !== 'win32') process.umask(0o077);

  installSecurityPolicy();

  let window: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => {
    if (window) focusWindow(window);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });

  app
    .whenReady()
    .then(() => {
      const paths = resolveAppPaths({
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
        userDataDir: app.getPath('userData'),
        mainDir: __dirname,
      });
      core = createCore({ dbPath: paths.dbPath, resourcesDir: paths.resourcesDir, version: app.getVersion() });
      hardenDefaultSession();
      handleAppProtocol(paths.distDir);
      registerIpcHost(core.dispatch);
      registerPrintHost();
      window = createMainWindow({ preloadPath: paths.preloadPath, isPackaged: app.isPackaged });
      window.on('closed', () => {
        window = null;
      });
    })
    .catch((err: unknown) => {
      // Typically a damaged database: createCore's message says what to do (restore a backup).
      console.error('[main] start failed', err);
      const detail = err instanceof Error ? err.message : String(err);
      dialog.showErrorBox('Balai Migran tidak dapat dibuka', detail);
      app.exit(1);
    });
}

main();
