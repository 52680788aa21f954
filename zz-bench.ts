import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore } from './electron/core';
import { startHost } from './test/support/http';
import { benchEdukasi, seedEdukasi } from './scripts/bench/edukasi-dataset';
import { printTable } from './scripts/bench/stats';
const quiet = { error: (m: string, e: unknown) => console.error(m, e), info: () => {} };
async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'edk-bench-'));
  const children = Number(process.env.CHILDREN ?? 2000);
  const per = Number(process.env.PER ?? 50);
  try {
    const file = path.join(dir, 'b.db');
    let core = createCore({ dbPath: file, log: quiet });
    const r = await core.dispatch('setup.complete', { village: { name: 'Bench', regionCode: '32.12.16.2004', address: 'Jl. Fiktif 1' }, admin: { username: 'admin.bench', displayName: 'Admin', password: 'Sawah-Hijau-Lebar-42' } });
    if (!r.ok) throw new Error(JSON.stringify(r));
    const t0 = performance.now();
    const seed = await seedEdukasi(core, { children, activitiesPerGroup: per });
    console.log('seeded', seed.marks, 'marks,', seed.absentRuns, 'runs in', ((performance.now() - t0) / 1000).toFixed(1), 's');
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.close();
    core = createCore({ dbPath: file, log: quiet });
    const host = await startHost(createCore({ dbPath: file, log: quiet }));
    const login = await core.dispatch('auth.login', { username: 'admin.bench', password: 'Sawah-Hijau-Lebar-42' });
    const token = (login as { value: { token: string } }).value.token;
    const rows = await benchEdukasi(core, host.base, token, Number(process.env.N ?? 100));
    printTable(rows);
    const alerts = await core.dispatch('alerts.consecutiveAbsences', {}, { token });
    console.log('alert items', (alerts as { value: { items: unknown[] } }).value.items.length);
    await host.close();
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
main();
