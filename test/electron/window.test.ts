import { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, focusWindow } from '../../electron/main/window';
import { buildWindowOptions } from '../../electron/main/window-options';
import { FakeBrowserWindow } from './fakes';

vi.mock('electron', async () => {
  const { FakeBrowserWindow } = await import('./fakes');
  return { BrowserWindow: FakeBrowserWindow };
});

const settings = { preloadPath: '/app/dist-electron/preload/index.js', isPackaged: true };

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0;
});

describe('createMainWindow', () => {
  it('creates an Electron BrowserWindow with the secure options', () => {
    const window = createMainWindow(settings) as unknown as FakeBrowserWindow;
    expect(window).toBeInstanceOf(BrowserWindow);
    expect(window.options).toEqual(buildWindowOptions(settings));
  });

  it('loads app://balai/ and shows the window only when it is ready to show', () => {
    const window = createMainWindow(settings) as unknown as FakeBrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('app://balai/');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});

describe('focusWindow (a second start of the app)', () => {
  it('restores a minimised window and brings it to the front', () => {
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    focusWindow(window as unknown as BrowserWindow);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.isMinimized()).toBe(false);
  });

  it('leaves a destroyed window alone', () => {
    const window = new FakeBrowserWindow({});
    window.destroyed = true;
    focusWindow(window as unknown as BrowserWindow);
    expect(window.focus).not.toHaveBeenCalled();
  });
});
