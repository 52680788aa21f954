import type { Core } from '../../electron/core';
import { appendAudit } from '../../electron/core/audit/audit-log';
import { hashPassword } from '../../electron/core/auth/password-hash';

export const BENCH_ADMIN = { username: 'admin.bench', password: 'Sawah-Hijau-Lebar-42' };

/**
 * Foundation-scale data: a set-up village, staff accounts, and a long audit log (every later
 * feature writes to it, so its size is what stresses the append path). Later issues add theirs.
 */
export async function seedFoundation(core: Core, scale: { auditRows: number; users: number }) {
  const r = await core.dispatch('setup.complete', {
    village: { name: 'Desa Contoh Bench', regionCode: '32.12.16.2004', address: 'Jl. Fiktif No. 1' },
    admin: { username: BENCH_ADMIN.username, displayName: 'Admin Bench', password: BENCH_ADMIN.password },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const hash = await hashPassword('Petugas-Fiktif-2026');
  const roles = ['desk_officer', 'educator', 'viewer'];
  core.db.transaction(() => {
    const insertUser = core.db.prepare(
      `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    );
    for (let i = 0; i < scale.users; i++)
      insertUser.run(`bench-user-${i}`, `petugas${i}`, `Petugas ${i}`, roles[i % 3], hash);
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let i = 0; i < scale.auditRows; i++) {
      appendAudit(core.db, {
        at: new Date(start + i * 60_000).toISOString(),
        actorUserId: `bench-user-${i % scale.users}`,
        actorLabel: `petugas${i % scale.users}`,
        action: i % 5 === 0 ? 'update' : 'view',
        entity: 'people',
        entityId: `person-${i % 40_000}`,
      });
    }
  })();
}
