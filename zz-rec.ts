import { createCore } from './electron/core';
const core = createCore({ dbPath: process.argv[2], log: { error(m: string, e: unknown) { console.error(m, e); }, info() {} } });
if (process.env.SYNC) core.db.pragma('synchronous = ' + process.env.SYNC);
async function main() {
  const login = await core.dispatch('auth.login', { username: 'admin.bench', password: 'Sawah-Hijau-Lebar-42' });
  const token = (login as any).value.token;
  const g = core.db.prepare('SELECT id FROM groups LIMIT 1 OFFSET 7').get() as { id: string };
  const actR = (await core.dispatch('activities.create', { groupId: g.id, startTime: '15:00', endTime: '16:00', kind: 'calistung', title: 'Bench', facilitator: 'Kak F', place: 'RE' }, { token }) as any);
  if (!actR.ok) throw new Error(JSON.stringify(actR));
  const act = actR.value;
  const sheet = (await core.dispatch('attendance.sheet', { activityId: act.id }, { token }) as any).value;
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const marks = sheet.rows.map((r: any, j: number) => ({ personId: r.personId, status: j === i % 40 ? 'absent' : 'present' }));
    const t = performance.now();
    const r = await core.dispatch('attendance.record', { activityId: act.id, marks }, { token });
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  times.sort((a, b) => a - b);
  console.log('sync', core.db.pragma('synchronous', { simple: true }), 'p50', times[150].toFixed(2), 'p95', times[285].toFixed(2));
  // Breakdown without dispatch: sheet build
  const { findActivityRow } = await import('./electron/core/edukasi/activities/repository');
  const { buildSheet } = await import('./electron/core/edukasi/attendance/sheet');
  const t2: number[] = [];
  for (let i = 0; i < 200; i++) { const t = performance.now(); buildSheet(core.db, findActivityRow(core.db, act.id)!, '2026-11-29'); t2.push(performance.now() - t); }
  t2.sort((a, b) => a - b);
  console.log('buildSheet p50', t2[100].toFixed(2), 'p95', t2[190].toFixed(2));
}
main();
