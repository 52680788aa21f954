import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildWebPreferences,
  buildWindowOptions,
  constructWindow,
  DEFAULT_WINDOW_SIZE,
  MINIMUM_WINDOW_SIZE,
} from '../../electron/main/window-options';

const settings = { preloadPath: '/app/dist-electron/preload/index.js', isPackaged: true };

describe('window options', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = buildWebPreferences(settings);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.preload).toBe(settings.preloadPath);
    expect(prefs.spellcheck).toBe(false);
  });

  it('never loosens web security or turns on risky features', () => {
    const prefs = buildWebPreferences(settings) as Record<string, unknown>;
    for (const key of [
      'webSecurity',
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'enableBlinkFeatures',
      'additionalArguments',
      'partition',
    ]) {
      expect(prefs).not.toHaveProperty(key);
    }
  });

  it('has DevTools only in development builds', () => {
    expect(buildWebPreferences({ ...settings, isPackaged: true }).devTools).toBe(false);
    expect(buildWebPreferences({ ...settings, isPackaged: false }).devTools).toBe(true);
  });

  it('opens hidden at 1366x768, never smaller than 1024x700', () => {
    const options = buildWindowOptions(settings);
    expect(options).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 700, show: false });
    expect(DEFAULT_WINDOW_SIZE).toEqual({ width: 1366, height: 768 });
    expect(MINIMUM_WINDOW_SIZE).toEqual({ width: 1024, height: 700 });
  });

  it('hands exactly those options to the window class it is given', () => {
    const seen: unknown[] = [];
    class Recorder {
      constructor(options: unknown) {
        seen.push(options);
      }
    }
    const made = constructWindow(Recorder, settings);
    expect(made).toBeInstanceOf(Recorder);
    expect(seen).toEqual([buildWindowOptions(settings)]);
  });

  it('creates windows in exactly one place (window-options.ts), so no window escapes these options', () => {
    const root = path.resolve(__dirname, '../../electron');
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name));
    const creating = files.filter((f) =>
      /new\s+(BrowserWindow|BrowserView|WebContentsView)\s*\(/.test(readFileSync(f, 'utf8')),
    );
    expect(creating.map((f) => path.relative(root, f).split(path.sep).join('/'))).toEqual(['main/window-options.ts']);
  });
});
