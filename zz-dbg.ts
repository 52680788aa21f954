import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore } from './electron/core';
import { startHost } from './test/support/http';
import { seedEdukasi } from './scripts/bench/edukasi-dataset';
const quiet = { error: (m: string, e: unknown) => console.error(m, e), info: () => {} };
async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'edk-bench-'));
  const file = path.join(dir, 'b.db');
  let core = createCore({ dbPath: file, log: quiet });
  await core.dispatch('setup.complete', { village: { name: 'Bench', regionCode: '32.12.16.2004', address: 'Jl. Fiktif 1' }, admin: { username: 'admin.bench', displayName: 'Admin', password: 'Sawah-Hijau-Lebar-42' } });
  await seedEdukasi(core, { children: Number(process.env.CHILDREN), activitiesPerGroup: Number(process.env.PER) });
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  core = createCore({ dbPath: file, log: quiet });
  const t0 = performance.now();
  const hostCore = createCore({ dbPath: file, log: quiet });
  console.log('host core open ms', performance.now() - t0);
  const host = await startHost(hostCore);
  const login = await core.dispatch('auth.login', { username: 'admin.bench', password: 'Sawah-Hijau-Lebar-42' });
  const token = (login as { value: { token: string } }).value.token;
  const g = core.db.prepare("SELECT id FROM groups LIMIT 1").get() as { id: string };
  const act = await core.dispatch('activities.create', { groupId: g.id, startTime: '15:00', endTime: '16:00', kind: 'calistung', title: 'Bench', facilitator: 'Kak F', place: 'RE' }, { token });
  const sheet = await core.dispatch('attendance.sheet', { activityId: (act as any).value.id }, { token });
  const marks = (sheet as any).value.rows.map((r: any) => ({ personId: r.personId, status: 'present' }));
  for (let i = 0; i < 50; i++) await core.dispatch('attendance.record', { activityId: (act as any).value.id, marks }, { token });
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    try {
      const res = await fetch(`${host.base}/rpc/attendance.record`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ activityId: (act as any).value.id, marks }) });
      console.log('record', res.status, (await res.text()).slice(0, 200), performance.now() - t);
    } catch (e) { console.log('record ERR', (e as Error).message, (e as any).cause?.message, performance.now() - t); }
  }
  const { ABSENCE_RUN_SQL, consecutiveAbsences } = await import('./electron/core/edukasi/alerts/absences');
  const { appendAudit } = await import('./electron/core/audit/audit-log');
  const st = core.db.prepare(ABSENCE_RUN_SQL);
  for (let i = 0; i < 5; i++) { const t = performance.now(); const rows = st.all({ n: 3 }); console.log('bare', rows.length, (performance.now() - t).toFixed(1)); }
  for (let i = 0; i < 3; i++) { const t = performance.now(); const rows = consecutiveAbsences(core.db, 3, '2026-11-29'); console.log('with details', rows.length, (performance.now() - t).toFixed(1)); }
  { const t = performance.now(); core.db.transaction(() => { for (let i = 0; i < 238; i++) appendAudit(core.db, { at: 'x', actorUserId: null, actorLabel: 'x', action: 'view', entity: 'children', entityId: 'x', subjectPersonId: 'p', details: { via: 'a' } }); })(); console.log('238 audits', (performance.now() - t).toFixed(1)); }
  for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await core.dispatch('alerts.consecutiveAbsences', {}, { token }); console.log('alerts direct', r.ok, (r as any).value?.items.length, performance.now() - t); }
  for (const m of ['alerts.consecutiveAbsences', 'alerts.consecutiveAbsences', 'alerts.consecutiveAbsences']) {
    const t = performance.now();
    try {
      const res = await fetch(`${host.base}/rpc/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{}' });
      console.log(m, res.status, (await res.text()).length, performance.now() - t);
    } catch (e) { console.log(m, 'ERR', (e as Error).message, performance.now() - t); }
  }
  await host.close(); core.close(); if (process.env.KEEP) console.log('KEPT', file); else rmSync(dir, { recursive: true, force: true });
}
main();
