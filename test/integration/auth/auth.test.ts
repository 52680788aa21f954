import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { THROTTLE } from '../../../electron/core/auth/login-throttle';
import { completeSetup, fakeClock, login, memoryCore, quietLog, tempDir, VALID_SETUP } from '../../support/core';

const { username, password } = VALID_SETUP.admin;
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function wrongTimes(core: ReturnType<typeof memoryCore>, n: number, user = username) {
  const results = [];
  for (let i = 0; i < n; i++)
    results.push(await core.dispatch('auth.login', { username: user, password: `salah-${i}` }));
  return results;
}

describe('auth.login / auth.me / auth.logout', () => {
  it('logs in, returns a session token that auth.me accepts, and logs out everywhere that token was used', async () => {
    const core = memoryCore();
    await completeSetup(core);
    const token = await login(core, 'SEKDES', password); // usernames are case-insensitive
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await core.dispatch('auth.me', {}, { token });
    expect(me).toMatchObject({ ok: true, value: { user: { username }, village: { name: 'Kenanga' } } });
    // The token itself is never stored, only its hash.
    expect(JSON.stringify(core.db.prepare('SELECT * FROM auth_sessions').all())).not.toContain(token);
    expect(await core.dispatch('auth.logout', {}, { token })).toEqual({ ok: true, value: { loggedOut: true } });
    expect(await core.dispatch('auth.me', {}, { token })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Sesi Anda sudah berakhir. Silakan masuk lagi.' },
    });
  });

  it('gives the same answer for an unknown username and a wrong password', async () => {
    const core = memoryCore();
    await completeSetup(core);
    const unknown = await core.dispatch('auth.login', { username: 'tidakada', password });
    const wrong = await core.dispatch('auth.login', { username, password: 'Salah-Sekali-99' });
    expect(unknown).toEqual(wrong);
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Nama pengguna atau kata sandi salah.' },
    });
    // Unknown usernames are not written to the audit log (they are often mistyped passwords).
    expect(JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all())).not.toContain('tidakada');
  });

  it('throttles an account after five wrong passwords, also for the right password, with a clear message', async () => {
    const core = memoryCore();
    await completeSetup(core);
    const results = await wrongTimes(core, THROTTLE.accountFailures);
    expect(results.slice(0, 4).every((r) => !r.ok && r.error.code === 'UNAUTHENTICATED')).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } });
    const right = await core.dispatch('auth.login', { username, password });
    expect(right).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: expect.stringMatching(/Terlalu banyak percobaan.*1 menit/) },
    });
    core.clock.advance(61_000);
    expect((await core.dispatch('auth.login', { username, password })).ok).toBe(true);
  });

  it('throttles unknown usernames exactly like known ones', async () => {
    const core = memoryCore();
    await completeSetup(core);
    const known = await wrongTimes(core, 5);
    const unknown = await wrongTimes(core, 5, 'hantu');
    expect(unknown.map((r) => !r.ok && r.error.code)).toEqual(known.map((r) => !r.ok && r.error.code));
  });

  it('keeps the lock across a restart and when the clock is set backwards', async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = path.join(t.dir, 'throttle.db');
    const clock = fakeClock();
    const first = createCore({ dbPath: file, clock, log: quietLog });
    await completeSetup(first);
    for (let i = 0; i < 5; i++) await first.dispatch('auth.login', { username, password: `salah-${i}` });
    first.close();

    clock.advance(-24 * 3600_000); // someone sets the PC clock back a day
    const second = createCore({ dbPath: file, clock, log: quietLog });
    expect(await second.dispatch('auth.login', { username, password })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    second.close();
  });

  it('locks everyone out for a while after too many failures across accounts (global throttle)', async () => {
    const core = memoryCore();
    await completeSetup(core);
    // Spread over many usernames so no single account locks first.
    for (let i = 0; i < 4; i++) await core.dispatch('auth.login', { username: `tamu${i}`, password: 'x' });
    // Fast-forward the stored window to one failure short of the limit (each scrypt takes ~0.2 s).
    core.db.prepare("UPDATE login_throttle SET failures = ? WHERE key = 'global'").run(THROTTLE.globalFailures - 1);
    expect(await core.dispatch('auth.login', { username: 'tamu99', password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', retryAfterSeconds: THROTTLE.globalLockSeconds },
    });
    expect(await core.dispatch('auth.login', { username, password })).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED' },
    });
    core.clock.advance(THROTTLE.globalLockSeconds * 1000 + 1000);
    expect((await core.dispatch('auth.login', { username, password })).ok).toBe(true);
  });

  it('ends a session after 10 idle minutes and after 10 hours in any case', async () => {
    const core = memoryCore();
    await completeSetup(core);
    const token = await login(core, username, password);
    core.clock.advance(9 * 60_000);
    expect((await core.dispatch('auth.me', {}, { token })).ok).toBe(true);
    core.clock.advance(11 * 60_000);
    expect(await core.dispatch('auth.me', {}, { token })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });

    const busy = await login(core, username, password);
    for (let minutes = 0; minutes < 10 * 60; minutes += 9) {
      core.clock.advance(9 * 60_000);
      const r = await core.dispatch('auth.me', {}, { token: busy });
      if (!r.ok) {
        expect(minutes + 9).toBeGreaterThanOrEqual(10 * 60);
        return;
      }
    }
    core.clock.advance(9 * 60_000);
    expect((await core.dispatch('auth.me', {}, { token: busy })).ok).toBe(false);
  });

  it('refuses a disabled account with the generic message', async () => {
    const core = memoryCore();
    await completeSetup(core);
    core.db.prepare('UPDATE users SET active = 0').run();
    expect(await core.dispatch('auth.login', { username, password })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('records logins, failures and logouts in an intact audit chain without secrets', async () => {
    const core = memoryCore();
    await completeSetup(core);
    await wrongTimes(core, 1);
    const token = await login(core, username, password);
    await core.dispatch('auth.logout', {}, { token });
    // Only the account's own trail (content seeding at start-up also writes audit rows).
    const actions = (
      core.db.prepare("SELECT action FROM audit_log WHERE entity IN ('auth', 'settings') ORDER BY seq").all() as {
        action: string;
      }[]
    ).map((r) => r.action);
    expect(actions).toEqual(['setup', 'login_failed', 'login', 'logout']);
    const dump = JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all());
    expect(dump).not.toContain(password);
    expect(dump).not.toContain(token);
    expect(verifyAuditChain(core.db)).toMatchObject({ ok: true });
  });

  it('validates login input: missing, wrong type, overlong, hostile', async () => {
    const core = memoryCore();
    await completeSetup(core);
    const r = await core.dispatch('auth.login', { username: 'x'.repeat(65), password: 5, role: 'admin' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.issues).toEqual([
      { path: 'username', message: 'Nama pengguna terlalu panjang.' },
      { path: 'password', message: 'Jenis isian tidak sesuai.' },
      { path: '', message: 'Kolom tidak dikenal: role.' },
    ]);
    expect(await core.dispatch('auth.login', null)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
