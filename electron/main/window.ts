import { BrowserWindow } from 'electron';
import { APP_START_URL } from './url-policy';
import { constructWindow, type WindowSettings } from './window-options';

/** Creates the main window (options in window-options.ts), shows it when painted, loads the app. */
export function createMainWindow(settings: WindowSettings, url: string = APP_START_URL): BrowserWindow {
  const window = constructWindow(BrowserWindow, settings);
  window.once('ready-to-show', () => window.show());
  window.loadURL(url).catch((err: unknown) => console.error('[main] could not load the app page', err));
  return window;
}

/** Brings an existing window to the front (a second start of the app lands here). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
