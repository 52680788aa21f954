import { describe, expect, it } from 'vitest';
import { disableBlocker } from '../../../electron/core/users/methods';
import { MUST_CHANGE_PASSWORD_MESSAGE } from '../../../electron/shared/users';
import { tableCounts } from '../../support/core';
import { ADMIN, auditRows, fail, ok, setUp, signIn } from '../people/support';

const NEW = {
  username: 'petugas1',
  displayName: 'Petugas Satu',
  role: 'desk_officer' as const,
  password: 'Kali-Cimanuk-2027',
};

describe('users.create / users.list', () => {
  it('creates an account that can sign in at once, and lists it', async () => {
    const { core, admin } = await setUp();
    const { user } = await ok(core, 'users.create', { ...NEW, username: ' Petugas1 ' }, admin);
    expect(user).toMatchObject({ username: 'petugas1', role: 'desk_officer', active: true, mustChangePassword: false });
    const token = (await ok(core, 'auth.login', { username: 'petugas1', password: NEW.password })).token;
    expect((await ok(core, 'auth.me', {}, token)).user.id).toBe(user.id);
    const { users } = await ok(core, 'users.list', {}, admin);
    expect(users.map((u) => [u.username, u.role])).toEqual([
      ['sekdes', 'admin'],
      ['petugas1', 'desk_officer'],
    ]);
    expect(users[1].lastActiveAt).toBe(new Date(core.clock.now()).toISOString());
    expect(JSON.stringify(users)).not.toContain('scrypt');
  });

  it('applies the setup password policy and refuses a taken username; nothing written', async () => {
    const { core, admin } = await setUp();
    const before = tableCounts(core);
    const weak = await fail(core, 'users.create', { ...NEW, password: 'pendek' }, admin);
    expect(weak).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'password', message: 'Kata sandi minimal 8 karakter.' }],
    });
    const named = await fail(core, 'users.create', { ...NEW, password: 'petugas1-rahasia' }, admin);
    expect(named.issues?.[0].message).toMatch(/tidak boleh memuat "petugas1"/);
    const taken = await fail(core, 'users.create', { ...NEW, username: 'SEKDES' }, admin);
    expect(taken).toMatchObject({ code: 'CONFLICT', message: 'Nama pengguna ini sudah dipakai. Pilih nama lain.' });
    const role = await fail(core, 'users.create', { ...NEW, role: 'superuser' }, admin);
    expect(role.issues?.[0].path).toBe('role');
    expect(tableCounts(core)).toEqual(before);
  });
});

describe('users.disable / users.enable', () => {
  it('disables an account and ends its sessions at once; enabling does not revive old sessions', async () => {
    const { core, admin } = await setUp();
    const { user } = await ok(core, 'users.create', NEW, admin);
    const token = (await ok(core, 'auth.login', { username: NEW.username, password: NEW.password })).token;
    const disabled = await ok(core, 'users.disable', { id: user.id }, admin);
    expect(disabled).toMatchObject({ user: { active: false }, sessionsEnded: 1 });
    expect((await fail(core, 'auth.me', {}, token)).code).toBe('UNAUTHENTICATED');
    expect((await fail(core, 'auth.login', { username: NEW.username, password: NEW.password })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await ok(core, 'users.enable', { id: user.id }, admin)).user.active).toBe(true);
    expect((await fail(core, 'auth.me', {}, token)).code).toBe('UNAUTHENTICATED');
    expect((await ok(core, 'auth.login', { username: NEW.username, password: NEW.password })).user.id).toBe(user.id);
  });

  it('an admin cannot disable themself, so one active admin always remains', async () => {
    const { core, admin } = await setUp();
    const sekdes = (await ok(core, 'auth.me', {}, admin)).user;
    const self = 'Anda tidak dapat menonaktifkan akun Anda sendiri. Minta admin lain.';
    expect(await fail(core, 'users.disable', { id: sekdes.id }, admin)).toEqual({ code: 'CONFLICT', message: self });
    const { user: kuwu } = await ok(core, 'users.create', { ...NEW, username: 'kuwu', role: 'admin' }, admin);
    const kuwuToken = (await ok(core, 'auth.login', { username: 'kuwu', password: NEW.password })).token;
    await ok(core, 'users.disable', { id: sekdes.id }, kuwuToken);
    // kuwu is now the last active admin and cannot switch themself off either.
    expect(await fail(core, 'users.disable', { id: kuwu.id }, kuwuToken)).toEqual({ code: 'CONFLICT', message: self });
    expect(core.db.prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1").get()).toEqual({
      n: 1,
    });
  });

  it('refuses to disable the last active admin even when asked by someone else', async () => {
    const { core, admin } = await setUp();
    const sekdes = (await ok(core, 'auth.me', {}, admin)).user;
    const target = core.db.prepare('SELECT id, role, active FROM users WHERE id = ?').get(sekdes.id) as {
      id: string;
      role: string;
      active: number;
    };
    expect(disableBlocker(core.db, 'someone-else', target)).toBe(
      'Ini satu-satunya admin yang aktif. Buat atau aktifkan admin lain terlebih dahulu.',
    );
    await ok(core, 'users.create', { ...NEW, username: 'kuwu', role: 'admin' }, admin);
    expect(disableBlocker(core.db, 'someone-else', target)).toBeNull();
  });
});

describe('users.resetPassword and the must-change-password gate', () => {
  it('forces a new password: every other staff method is FORBIDDEN until it is changed', async () => {
    const { core, admin } = await setUp();
    const { user } = await ok(core, 'users.create', NEW, admin);
    const old = (await ok(core, 'auth.login', { username: NEW.username, password: NEW.password })).token;
    const reset = await ok(
      core,
      'users.resetPassword',
      { id: user.id, temporaryPassword: 'Sementara-Baru-2026' },
      admin,
    );
    expect(reset).toMatchObject({ user: { mustChangePassword: true }, sessionsEnded: 1 });
    expect((await fail(core, 'auth.me', {}, old)).code).toBe('UNAUTHENTICATED');

    const temp = await ok(core, 'auth.login', { username: NEW.username, password: 'Sementara-Baru-2026' });
    expect(temp.user.mustChangePassword).toBe(true);
    const token = temp.token;
    expect(await fail(core, 'people.search', { q: 'siti' }, token)).toEqual({
      code: 'FORBIDDEN',
      message: MUST_CHANGE_PASSWORD_MESSAGE,
    });
    expect((await fail(core, 'auth.confirmPassword', { password: 'Sementara-Baru-2026' }, token)).message).toBe(
      MUST_CHANGE_PASSWORD_MESSAGE,
    );
    // Still open: who am I, public kiosk methods, changing the password, leaving.
    expect((await ok(core, 'auth.me', {}, token)).user.mustChangePassword).toBe(true);
    expect((await ok(core, 'system.health', {}, token)).ok).toBe(true);

    const same = await fail(
      core,
      'auth.changePassword',
      { currentPassword: 'Sementara-Baru-2026', newPassword: 'Sementara-Baru-2026' },
      token,
    );
    expect(same.issues).toEqual([
      { path: 'newPassword', message: 'Kata sandi baru harus berbeda dari kata sandi lama.' },
    ]);
    const changed = await ok(
      core,
      'auth.changePassword',
      { currentPassword: 'Sementara-Baru-2026', newPassword: 'Jembatan-Merah-88' },
      token,
    );
    expect(changed.user.mustChangePassword).toBe(false);
    expect((await ok(core, 'people.search', { q: 'siti' }, token)).items).toEqual([]);
    expect((await fail(core, 'auth.login', { username: NEW.username, password: 'Sementara-Baru-2026' })).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('an admin resets their own password through changePassword, not resetPassword', async () => {
    const { core, admin } = await setUp();
    const me = (await ok(core, 'auth.me', {}, admin)).user;
    const error = await fail(
      core,
      'users.resetPassword',
      { id: me.id, temporaryPassword: 'Sementara-Baru-2026' },
      admin,
    );
    expect(error.code).toBe('CONFLICT');
  });

  it('a reset also lifts a failed-login lock', async () => {
    const { core, admin } = await setUp();
    const { user } = await ok(core, 'users.create', NEW, admin);
    for (let i = 0; i < 5; i++) await core.dispatch('auth.login', { username: NEW.username, password: `salah-${i}` });
    expect((await fail(core, 'auth.login', { username: NEW.username, password: NEW.password })).code).toBe(
      'RATE_LIMITED',
    );
    await ok(core, 'users.resetPassword', { id: user.id, temporaryPassword: 'Sementara-Baru-2026' }, admin);
    expect((await ok(core, 'auth.login', { username: NEW.username, password: 'Sementara-Baru-2026' })).user.id).toBe(
      user.id,
    );
  });
});

describe('auth.changePassword / auth.logoutEverywhere', () => {
  it('changing the password keeps this session and ends the others', async () => {
    const { core, admin } = await setUp();
    const other = (await ok(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password })).token;
    const wrong = await fail(
      core,
      'auth.changePassword',
      { currentPassword: 'bukan-ini', newPassword: 'Jembatan-Merah-88' },
      admin,
    );
    expect(wrong).toMatchObject({
      code: 'FORBIDDEN',
      issues: [{ path: 'currentPassword', message: 'Kata sandi salah.' }],
    });
    await ok(core, 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'Jembatan-Merah-88' }, admin);
    expect((await ok(core, 'auth.me', {}, admin)).user.username).toBe('sekdes');
    expect((await fail(core, 'auth.me', {}, other)).code).toBe('UNAUTHENTICATED');
  });

  it('logout everywhere ends every session of the account, this one included', async () => {
    const { core, admin } = await setUp();
    const other = (await ok(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password })).token;
    const desk = await signIn(core, 'desk_officer');
    expect(await ok(core, 'auth.logoutEverywhere', {}, admin)).toEqual({ sessionsEnded: 2 });
    expect((await fail(core, 'auth.me', {}, admin)).code).toBe('UNAUTHENTICATED');
    expect((await fail(core, 'auth.me', {}, other)).code).toBe('UNAUTHENTICATED');
    expect((await ok(core, 'auth.me', {}, desk)).user.role).toBe('desk_officer');
  });

  it('audits account changes without any password', async () => {
    const { core, admin } = await setUp();
    const { user } = await ok(core, 'users.create', NEW, admin);
    await ok(core, 'users.resetPassword', { id: user.id, temporaryPassword: 'Sementara-Baru-2026' }, admin);
    await ok(core, 'users.disable', { id: user.id }, admin);
    await ok(core, 'users.enable', { id: user.id }, admin);
    await ok(core, 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'Jembatan-Merah-88' }, admin);
    const rows = auditRows(core);
    expect(rows.filter((r) => r.entity === 'user').map((r) => [r.action, r.entity_id])).toEqual([
      ['create', user.id],
      ['password_reset', user.id],
      ['account_disable', user.id],
      ['account_enable', user.id],
      ['password_change', expect.any(String)],
    ]);
    const dump = JSON.stringify(rows);
    for (const secret of [NEW.password, 'Sementara-Baru-2026', 'Jembatan-Merah-88', ADMIN.password]) {
      expect(dump).not.toContain(secret);
    }
  });
});
