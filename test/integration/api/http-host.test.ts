import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp';
import { completeSetup, memoryCore, tableCounts, tempDir, VALID_SETUP } from '../../support/core';
import { startHost } from '../../support/http';

let host: Awaited<ReturnType<typeof startHost>>;
let core: ReturnType<typeof memoryCore>;
let dir: ReturnType<typeof tempDir>;
const { username, password } = VALID_SETUP.admin;

beforeEach(async () => {
  core = memoryCore();
  dir = tempDir();
  mkdirSync(path.join(dir.dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(path.join(dir.dir, 'dist', 'index.html'), '<!doctype html><title>Balai Migran</title>');
  writeFileSync(path.join(dir.dir, 'dist', 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(path.join(dir.dir, 'secret.txt'), 'rahasia');
  host = await startHost(core, path.join(dir.dir, 'dist'));
});
afterEach(async () => {
  await host.close();
  core.close();
  dir.cleanup();
});

describe('HTTP host: POST /rpc/<method>', () => {
  it('answers 200 with the result object', async () => {
    const res = await host.rpc('system.health', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: true,
      value: { ok: true, version: '0.1.0', schemaVersion: expect.any(Number) },
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('maps error codes to 400/401/403/404/409/429', async () => {
    expect((await host.rpc('setup.complete', { village: {} })).status).toBe(400);
    expect((await host.rpc('auth.me', {})).status).toBe(401);
    expect((await host.rpc('tidak.ada', {})).status).toBe(404);
    await completeSetup(core);
    expect((await host.rpc('setup.complete', VALID_SETUP)).status).toBe(409);
    for (let i = 0; i < 4; i++) await host.rpc('auth.login', { username, password: 'salah' });
    const limited = await host.rpc('auth.login', { username, password: 'salah' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(((await limited.json()) as { error: { message: string } }).error.message).toMatch(
      /Terlalu banyak percobaan/,
    );
  });

  it('answers 403 when a staff role may not call a method', async () => {
    // No staff-only-for-admin method exists yet besides setup.complete, which is public-only.
    await completeSetup(core);
    const login = await host.rpc('auth.login', { username, password });
    const { value } = (await login.json()) as { value: { token: string } };
    const res = await host.rpc('setup.complete', VALID_SETUP, { Authorization: `Bearer ${value.token}` });
    expect(res.status).toBe(403);
  });

  it('sets an HttpOnly SameSite=Strict cookie on login and honours it from the same origin', async () => {
    await completeSetup(core);
    const login = await host.rpc('auth.login', { username, password });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^bm_session=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=\//);
    const pair = cookie.split(';')[0];
    const sameOrigin = await host.rpc('auth.me', {}, { Cookie: pair, Origin: host.base });
    expect(sameOrigin.status).toBe(200);
    // Without an Origin header the cookie is not honoured (a browser always sends one on POST).
    expect((await host.rpc('auth.me', {}, { Cookie: pair })).status).toBe(401);
    const logout = await host.rpc('auth.logout', {}, { Cookie: pair, Origin: host.base });
    expect(logout.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await host.rpc('auth.me', {}, { Cookie: pair, Origin: host.base })).status).toBe(401);
  });

  it('accepts a bearer token', async () => {
    await completeSetup(core);
    const { value } = (await (await host.rpc('auth.login', { username, password })).json()) as {
      value: { token: string };
    };
    const me = await host.rpc('auth.me', {}, { Authorization: `Bearer ${value.token}` });
    expect(me.status).toBe(200);
  });

  it('refuses a request carrying a cookie from a foreign Origin, and changes nothing', async () => {
    await completeSetup(core);
    const login = await host.rpc('auth.login', { username, password });
    const pair = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const before = tableCounts(core);
    const res = await host.rpc('auth.logout', {}, { Cookie: pair, Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(tableCounts(core)).toEqual(before);
    expect((await host.rpc('auth.me', {}, { Cookie: pair, Origin: host.base })).status).toBe(200);
  });

  it('refuses a body that is not JSON with a clear message', async () => {
    const res = await host.rpc('setup.status', '{not json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Isi permintaan bukan JSON yang sah.' },
    });
  });

  it('refuses a body over 1 MB with 413 and writes nothing', async () => {
    const before = tableCounts(core);
    const res = await host.rpc('setup.complete', { ...VALID_SETUP, pad: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/terlalu besar/);
    expect(tableCounts(core)).toEqual(before);
  });

  it('gives only CSV imports a larger body limit (8 MB), still refusing more', async () => {
    const twoMb = await host.rpc('agencies.import', { csv: 'x'.repeat(2 * 1024 * 1024) });
    expect(twoMb.status).not.toBe(413); // reaches the core (which asks for a login)
    const tooBig = await host.rpc('agencies.import', { csv: 'x'.repeat(9 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { message: string } }).error.message).toMatch(/maksimal 8 MB/);
    expect((await host.rpc('setup.status', { pad: 'x'.repeat(2 * 1024 * 1024) })).status).toBe(413);
  });

  it('answers an unknown method with NOT_FOUND and GET on /rpc with 405', async () => {
    const res = await host.rpc('system.hapusSemua', {});
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Layanan yang diminta tidak dikenal.' },
    });
    expect((await fetch(`${host.base}/rpc/system.health`)).status).toBe(405);
  });
});

describe('HTTP host: static renderer', () => {
  it('serves the app with the strict CSP and security headers, and falls back to index.html for routes', async () => {
    const res = await fetch(`${host.base}/staf/beranda`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|http:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Balai Migran</title>');
    const asset = await fetch(`${host.base}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toMatch(/text\/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${host.base}/assets/missing.js`)).status).toBe(404);
  });

  it('never serves files outside the build folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await fetch(`${host.base}${p}`);
      expect(await res.text()).not.toContain('rahasia');
    }
  });
});
