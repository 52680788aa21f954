import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../electron/core/audit/audit-log';
import { memoryCore, tableCounts, VALID_SETUP } from '../../support/core';

const withAdmin = (admin: Partial<typeof VALID_SETUP.admin>) => ({
  ...VALID_SETUP,
  admin: { ...VALID_SETUP.admin, ...admin },
});
const withVillage = (village: Partial<typeof VALID_SETUP.village>) => ({
  ...VALID_SETUP,
  village: { ...VALID_SETUP.village, ...village },
});

describe('first-run setup', () => {
  it('reports needsSetup on an empty database and not after setup', async () => {
    const core = memoryCore();
    expect(await core.dispatch('setup.status', {})).toEqual({ ok: true, value: { needsSetup: true } });
    const done = await core.dispatch('setup.complete', VALID_SETUP);
    expect(done).toMatchObject({ ok: true, value: { user: { username: 'sekdes', role: 'admin', active: true } } });
    expect(await core.dispatch('setup.status', {})).toEqual({ ok: true, value: { needsSetup: false } });
  });

  it('stores the password only as scrypt with ASVS parameters, never in the audit log', async () => {
    const core = memoryCore();
    await core.dispatch('setup.complete', VALID_SETUP);
    const { password_hash } = core.db.prepare('SELECT password_hash FROM users').get() as { password_hash: string };
    expect(password_hash).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    const audit = JSON.stringify(core.db.prepare('SELECT * FROM audit_log').all());
    expect(audit).not.toContain(VALID_SETUP.admin.password);
    expect(audit).toContain('"action":"setup"');
    expect(verifyAuditChain(core.db)).toMatchObject({ ok: true });
  });

  it('answers CONFLICT once set up, and changes nothing', async () => {
    const core = memoryCore();
    await core.dispatch('setup.complete', VALID_SETUP);
    const before = tableCounts(core);
    const again = await core.dispatch('setup.complete', withAdmin({ username: 'penyusup' }));
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('lets only one of two simultaneous setups win', async () => {
    const core = memoryCore();
    const [a, b] = await Promise.all([
      core.dispatch('setup.complete', VALID_SETUP),
      core.dispatch('setup.complete', withAdmin({ username: 'kuwu' })),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect((core.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n).toBe(1);
  });

  it.each([
    ['a short password', withAdmin({ password: 'Ab1!' }), 'admin.password', /minimal 8 karakter/i],
    ['a common password', withAdmin({ password: 'password123' }), 'admin.password', /terlalu umum/],
    ['a common Indonesian password', withAdmin({ password: 'Bismillah123' }), 'admin.password', /terlalu umum/],
    ['the village name in the password', withAdmin({ password: 'Kenanga2026!' }), 'admin.password', /kenanga/],
    [
      'the username in the password',
      withAdmin({ username: 'wartini', password: 'Wartini#8812' }),
      'admin.password',
      /wartini/,
    ],
    ['an unknown region code', withVillage({ regionCode: '32.12.16.9999' }), 'village.regionCode', /Kemendagri/],
    ['a malformed region code', withVillage({ regionCode: '3212162004' }), 'village.regionCode', /kode wilayah/],
    ['a bad username', withAdmin({ username: 'bu sekdes!' }), 'admin.username', /Nama pengguna/],
    ['a missing village name', withVillage({ name: '   ' }), 'village.name', /Wajib diisi|Minimal/],
    ['an overlong address', withVillage({ address: 'x'.repeat(301) }), 'village.address', /Maksimal 300/],
    ['control characters', withVillage({ name: 'Ken\u0000anga' }), 'village.name', /tidak diizinkan/],
  ])('refuses %s with a field issue in Indonesian and writes nothing', async (_label, input, path, message) => {
    const core = memoryCore();
    const before = tableCounts(core);
    const r = await core.dispatch('setup.complete', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    const issue = r.error.issues?.find((i) => i.path === path);
    expect(issue?.message).toMatch(message);
    expect(tableCounts(core)).toEqual(before);
  });

  it('reports one issue per bad field for missing, wrong-type and hostile fields', async () => {
    const core = memoryCore();
    const r = await core.dispatch('setup.complete', {
      village: { name: 42, regionCode: null, address: 'Jl. Raya', extra: '<script>' },
      admin: { username: 'ok_user', password: ['x'] },
      __proto__: { polluted: true },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = (r.error.issues ?? []).map((i) => i.path).sort();
    expect(paths).toEqual(['', 'admin.displayName', 'admin.password', 'village', 'village.name', 'village.regionCode']);
    // Inherited keys from a hostile prototype are reported as unknown, not silently used.
    expect(r.error.issues?.find((i) => i.path === '')?.message).toMatch(/tidak dikenal: polluted/);
    expect(r.error.issues?.find((i) => i.path === 'admin.displayName')?.message).toBe('Wajib diisi.');
    expect(r.error.issues?.find((i) => i.path === 'village')?.message).toContain('extra');
  });

  it('lists the real Kemendagri villages of Kabupaten Indramayu with Desa Kenanga suggested', async () => {
    const core = memoryCore();
    const r = await core.dispatch('setup.regions', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as {
      regency: { name: string };
      villages: { code: string; name: string; districtName: string }[];
      suggestedCode: string;
    };
    expect(v.regency.name).toBe('Kabupaten Indramayu');
    expect(v.villages.length).toBeGreaterThan(300);
    expect(v.suggestedCode).toBe('32.12.16.2004');
    expect(v.villages.find((x) => x.code === '32.12.16.2004')).toEqual({
      code: '32.12.16.2004',
      name: 'Kenanga',
      level: 'village',
      districtName: 'Sindang',
    });
    expect(await core.dispatch('setup.regions', { regencyCode: '99.99' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
