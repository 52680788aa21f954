/**
 * Sandboxed preload: bundled into one CommonJS file (vite.preload.config.ts), because a sandboxed
 * preload can require only `electron` and a few Node built-ins. It exposes one object,
 * `window.balai`, with `call(method, input)` and `savePdf({ fileName })`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopBridge } from './desktop-bridge';

contextBridge.exposeInMainWorld('balai', createDesktopBridge(ipcRenderer));
