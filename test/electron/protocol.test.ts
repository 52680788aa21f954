import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleAppProtocol, registerAppScheme, serveAppRequest } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { tempDir } from '../support/core';

vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));

let dir: ReturnType<typeof tempDir>;
let dist: string;

beforeEach(() => {
  vi.mocked(protocol.handle).mockClear();
  dir = tempDir('balai-protocol-');
  dist = path.join(dir.dir, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Balai Migran</title>');
  writeFileSync(path.join(dist, 'assets', 'index-1a2b.js'), 'console.log("balai")');
  writeFileSync(path.join(dir.dir, 'balai-migran.db'), 'SQLite format 3');
});
afterEach(() => dir.cleanup());

describe('app:// scheme', () => {
  it('is registered as a standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme();
    const [schemes] = vi.mocked(protocol.registerSchemesAsPrivileged).mock.calls[0];
    expect(schemes).toHaveLength(1);
    expect(schemes[0].scheme).toBe('app');
    expect(schemes[0].privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(schemes[0].privileges?.bypassCSP).toBeUndefined();
    expect(schemes[0].privileges?.allowServiceWorkers).toBeUndefined();
  });

  it('handles app:// with the build folder', async () => {
    handleAppProtocol(dist);
    expect(vi.mocked(protocol.handle).mock.calls).toHaveLength(1);
    const [scheme, handler] = vi.mocked(protocol.handle).mock.calls[0];
    expect(scheme).toBe('app');
    const res = await handler(new Request('app://balai/') as never);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Balai Migran</title>');
  });
});

describe('serveAppRequest (real files)', () => {
  it('serves index.html and assets with MIME type and the shared CSP', async () => {
    const page = await serveAppRequest(new Request('app://balai/'), dist);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const script = await serveAppRequest(new Request('app://balai/assets/index-1a2b.js'), dist);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("balai")');
  });

  it('falls back to index.html for routes', async () => {
    const res = await serveAppRequest(new Request('app://balai/staff/login'), dist);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Balai Migran');
  });

  it('never reads outside the build folder, and says so with a CSP-bearing error', async () => {
    const res = await serveAppRequest(new Request('app://balai/..%2fbalai-migran.db'), dist);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe('');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses other methods and hosts, and 404s missing assets', async () => {
    expect((await serveAppRequest(new Request('app://balai/', { method: 'POST', body: 'x' }), dist)).status).toBe(405);
    expect((await serveAppRequest(new Request('app://evil/'), dist)).status).toBe(403);
    expect((await serveAppRequest(new Request('app://balai/assets/nope.js'), dist)).status).toBe(404);
  });
});
