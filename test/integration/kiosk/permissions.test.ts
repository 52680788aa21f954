import { beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../electron/core/api/permissions';
import { METHOD_NAMES } from '../../../electron/shared/contract';
import type { MethodDescription } from '../../../electron/shared/domain';
import { type Harness, harness, setUpVillage, staffToken } from './helpers';

const PUBLIC_CALLS: [string, unknown][] = [
  ['kiosk.profile', {}],
  ['agencies.search', { q: 'contoh' }],
  ['hotlines.list', {}],
  ['destinations.list', { lang: 'id' }],
  ['destinations.get', { code: 'TW' }],
  ['calo.questions', {}],
  ['calo.evaluate', { answers: { 'bayar-dulu': 'no' } }],
  ['checklist.get', { scheme: 'p_to_p', marital: 'single' }],
  ['queue.take', { service: 'konsultasi' }],
];
const IMPORT = {
  csv: 'nama,nomor izin,status,berlaku sampai\nPT Contoh Fiktif,CONTOH-001,aktif,\n',
  dataAsOf: '2026-03-01',
  source: 'uji',
  mode: 'valid_rows',
};

describe('kiosk permissions', () => {
  let h: Harness;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    h = harness();
    setUpVillage(h.core.db);
    for (const role of ['admin', 'desk_officer', 'educator', 'viewer'] as const)
      tokens[role] = await staffToken(h, role);
  });

  it('the matrix opens every kiosk service to the public and all staff, and the import to admins only', () => {
    for (const [method] of PUBLIC_CALLS) {
      expect(PERMISSIONS[method as keyof typeof PERMISSIONS]).toEqual([
        'public',
        'admin',
        'desk_officer',
        'educator',
        'viewer',
      ]);
    }
    expect(PERMISSIONS['agencies.import']).toEqual(['admin']);
    for (const [method] of PUBLIC_CALLS) expect(METHOD_NAMES).toContain(method);
    expect(METHOD_NAMES).toContain('agencies.import');
  });

  it('every kiosk service answers a visitor without login and every staff role', async () => {
    for (const token of [undefined, ...Object.values(tokens)]) {
      for (const [method, input] of PUBLIC_CALLS) {
        const r = await h.call(method, input, token);
        expect(r.ok, `${method} as ${token ? 'staff' : 'public'}: ${JSON.stringify(r)}`).toBe(true);
      }
    }
  });

  it('agencies.import: visitor UNAUTHENTICATED, other staff FORBIDDEN, admin allowed', async () => {
    const anon = await h.call('agencies.import', IMPORT);
    expect(anon.ok ? null : anon.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' });
    const expired = await h.call('agencies.import', IMPORT, 'token-yang-tidak-ada');
    expect(expired.ok ? null : expired.error).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Sesi Anda sudah berakhir. Silakan masuk lagi.',
    });
    for (const role of ['desk_officer', 'educator', 'viewer']) {
      const r = await h.call('agencies.import', IMPORT, tokens[role]);
      expect(r.ok ? null : r.error.code, role).toBe('FORBIDDEN');
    }
    expect((await h.call('agencies.import', IMPORT, tokens.admin)).ok).toBe(true);
    // The role check runs before validation: a bad body from a visitor still only says "log in".
    const bad = await h.call('agencies.import', { csv: 1 });
    expect(bad.ok ? null : bad.error.code).toBe('UNAUTHENTICATED');
  });

  it('system.describe lists every kiosk method with its roles and a JSON schema', async () => {
    const r = await h.ok<{ methods: MethodDescription[] }>('system.describe', {});
    const byName = new Map(r.methods.map((m) => [m.name, m]));
    for (const [method] of [...PUBLIC_CALLS, ['agencies.import']]) {
      const m = byName.get(method as string);
      expect(m?.description.length).toBeGreaterThan(10);
      expect(m?.inputSchema).toMatchObject({ type: 'object' });
    }
    expect(byName.get('agencies.import')?.roles).toEqual(['admin']);
  });
});
