import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowSettings {
  /** Absolute path of the bundled preload (dist-electron/preload/index.js). */
  preloadPath: string;
  /** `app.isPackaged`: DevTools only in development builds. */
  isPackaged: boolean;
}

/** Electron's BrowserWindow class, or a recorder standing in for it. */
export type WindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

export const DEFAULT_WINDOW_SIZE = { width: 1366, height: 768 } as const;
export const MINIMUM_WINDOW_SIZE = { width: 1024, height: 700 } as const;

/**
 * Builds the app's one kind of window. The options are written as the literal argument of
 * `new BrowserWindow(...)` on purpose: Electronegativity reads window options only at that spot
 * (toolchain.md section 4), so the scanner checks the very values the app runs with. The class is a
 * parameter, so this stays pure: `buildWindowOptions` runs it with a recorder, window.ts with
 * Electron's class.
 */
export function constructWindow<W>(BrowserWindow: WindowClass<W>, settings: WindowSettings): W {
  return new BrowserWindow({
    width: DEFAULT_WINDOW_SIZE.width,
    height: DEFAULT_WINDOW_SIZE.height,
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    title: 'Balai Migran',
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show', so nobody sees a blank white frame while React starts.
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      // Middle-click must not open links in new windows behind our back.
      disableBlinkFeatures: 'Auxclick',
      devTools: !settings.isPackaged,
      // The spellchecker downloads dictionaries from Google: the app runs offline and has no need.
      spellcheck: false,
      preload: settings.preloadPath,
    },
  });
}

class OptionsRecorder {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

/** The options the window is created with. Pure. */
export function buildWindowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return constructWindow(OptionsRecorder, settings).options;
}

/** The window's webPreferences. Pure; `webSecurity` is deliberately left at its default (on). */
export function buildWebPreferences(settings: WindowSettings) {
  const preferences = buildWindowOptions(settings).webPreferences;
  if (!preferences) throw new Error('constructWindow must set webPreferences');
  return preferences;
}
