/**
 * Stand-ins for the Electron objects the main process wires up. Electron's binary cannot run on
 * CI, so tests mock the `electron` module with these (vi.mock) and drive them like Electron would.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron event: records whether a handler vetoed it. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type OpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends EventEmitter {
  openHandler: OpenHandler | null = null;
  constructor(readonly id = 1) {
    super();
  }
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  /** Emits a navigation-like event and says whether it was allowed. */
  tryEvent(name: string, url: string): boolean {
    const event = new FakeEvent(url);
    this.emit(name, event, url, false, true);
    return !event.defaultPrevented;
  }
}

export class FakeSession {
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  checkHandler: ((contents: unknown, permission: string) => boolean) | null = null;
  deviceHandler: ((details: unknown) => boolean) | null = null;
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['deviceHandler']): void {
    this.deviceHandler = handler;
  }
  /** What the request handler answers for a permission (undefined if it never answered). */
  request(permission: string): boolean | undefined {
    let answer: boolean | undefined;
    this.requestHandler?.(null, permission, (granted) => {
      answer = granted;
    });
    return answer;
  }
}

/** Electron's BrowserWindow: records its options and the calls main makes. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  minimized = false;
  destroyed = false;
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** ipcMain: keeps the handlers so a test can invoke them like a renderer would. */
export class FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
}

/** The `event` ipcMain.handle receives, for a frame with this URL. */
export function invokeEvent(
  url: string,
  options: { subFrame?: boolean; contents?: FakeWebContents; noFrame?: boolean } = {},
) {
  const top = { url, parent: null };
  const frame = options.subFrame ? { url, parent: top } : top;
  return { sender: options.contents ?? new FakeWebContents(), senderFrame: options.noFrame ? null : frame };
}
