/**
 * Sandboxed preload: bundled into one CommonJS file (vite.preload.config.ts), because a sandboxed
 * preload can require only `electron` and a few Node built-ins. It exposes `window.balai` with the
 * single method `call(method, input)`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createIpcTransport } from './ipc-transport';

contextBridge.exposeInMainWorld('balai', createIpcTransport(ipcRenderer));
