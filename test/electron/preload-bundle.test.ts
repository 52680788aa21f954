import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RPC_CHANNEL } from '../../electron/shared/contract';
import { SAVE_PDF_CHANNEL } from '../../electron/shared/desktop';
import { tempDir } from '../support/core';

// Builds the preload with the real vite.preload.config.ts into a temp folder.
const ROOT = path.resolve(__dirname, '../..');
let out: ReturnType<typeof tempDir>;
let code: string;

beforeAll(async () => {
  out = tempDir('balai-preload-');
  await build({
    configFile: path.join(ROOT, 'vite.preload.config.ts'),
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: out.dir, emptyOutDir: true },
  });
  code = readFileSync(path.join(out.dir, 'index.js'), 'utf8');
});
afterAll(() => out.cleanup());

describe('preload bundle (sandboxed preload rules)', () => {
  it('is one CommonJS file', () => {
    expect(readdirSync(out.dir)).toEqual(['index.js']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('requires only electron (a sandboxed preload cannot load our other files)', () => {
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\(/);
  });

  it('inlines the shared contract and PDF channel and exposes window.balai', () => {
    expect(code).toContain(JSON.stringify(RPC_CHANNEL));
    expect(code).toContain(JSON.stringify(SAVE_PDF_CHANNEL));
    expect(code).toContain('exposeInMainWorld("balai"');
    expect(code).not.toMatch(/ipcRenderer\.(send|sendSync|on)\(/);
  });
});
