/**
 * Rumah Edukasi bench data and measurements (issue 5). `seedEdukasi` writes fictional children,
 * their consents, groups of 40, activities on school days and one mark per member per activity,
 * straight into SQLite with prepared statements in ONE transaction (dispatch would take hours for
 * 2,000,000 marks). `benchEdukasi` then times the real calls through dispatch and through HTTP.
 * At the 10x scale: seedEdukasi(core, { children: 12_000, activitiesPerGroup: 167 }) ≈ 2,000,000 marks.
 */
import { randomUUID } from 'node:crypto';
import type { Core } from '../../electron/core';
import { jakartaDate } from '../../electron/core/clock';
import { addDays } from '../../electron/core/desk/dates';
import { ABSENCE_FROM_MARKS_SQL, ABSENCE_RUN_SQL } from '../../electron/core/edukasi/alerts/absences';
import { recomputeRun } from '../../electron/core/edukasi/attendance/runs';
import { nameKey } from '../../electron/core/people/name-key';
import type { AttendanceSheet, AttendanceStatus } from '../../electron/shared/edukasi';
import { type Row, summarise, time } from './stats';

export interface EdukasiSeedOptions {
  children: number;
  activitiesPerGroup: number;
  /** Children per group (a roll call of 40 is the target case). */
  groupSize?: number;
}

export interface EdukasiSeed {
  groupIds: string[];
  childPersonIds: string[];
  marks: number;
  /** Children seeded to end on a run of Alpa marks (what the alert should find, at threshold 3). */
  absentRuns: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same village. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ayu', 'Bima', 'Citra', 'Dimas', 'Eka', 'Fajar', 'Gita', 'Hana', 'Irfan', 'Joko', 'Kirana', 'Lintang'];
const LAST = ['Contoh', 'Fiktif', 'Sampel', 'Rekaan', 'Uji'];

/** School days (Monday–Saturday) going back from yesterday, oldest first. */
function schoolDays(today: string, count: number): string[] {
  const out: string[] = [];
  for (let d = addDays(today, -1); out.length < count; d = addDays(d, -1)) {
    if (new Date(`${d}T00:00:00Z`).getUTCDay() !== 0) out.push(d);
  }
  return out.reverse();
}

export async function seedEdukasi(core: Core, options: EdukasiSeedOptions): Promise<EdukasiSeed> {
  const db = core.db;
  const admin = db.prepare("SELECT id FROM users WHERE role = 'admin' ORDER BY created_at LIMIT 1").get() as
    | { id: string }
    | undefined;
  if (!admin) throw new Error('seedEdukasi needs a set-up village (an admin account)');
  const by = admin.id;
  const size = options.groupSize ?? 40;
  const random = generator(20261129);
  const today = jakartaDate(Date.now());
  const days = schoolDays(today, options.activitiesPerGroup);
  const at = new Date().toISOString();
  const groupIds: string[] = [];
  const childPersonIds: string[] = [];
  let marks = 0;
  let absentRuns = 0;

  db.transaction(() => {
    const person = db.prepare(
      `INSERT INTO people (id, full_name, name_key, sex, birth_date, created_at, created_by, updated_at, updated_by, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    );
    const consent = db.prepare(
      `INSERT INTO consents (id, subject_person_id, given_by_name, relation, purposes, method, evidence_ref, text_version,
         given_at, recorded_by) VALUES (?, ?, 'Orang Tua Fiktif', 'mother', '["rumah_edukasi"]', 'recorded_call', ?,
         '2026-01', ?, ?)`,
    );
    const child = db.prepare(
      `INSERT INTO children (id, person_id, birth_certificate, kia, born_abroad, school_level, enrolled_on, consent_id,
         consent_giver, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, 0, 'sd', ?, ?, 'parent_abroad', ?, ?, ?, ?)`,
    );
    const group = db.prepare(
      `INSERT INTO groups (id, name, name_key, audience, age_min, age_max, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, 'children', 6, 12, ?, ?, ?, ?)`,
    );
    const member = db.prepare(
      `INSERT INTO group_members (id, group_id, person_id, from_date, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const activity = db.prepare(
      `INSERT INTO activities (id, group_id, date, start_time, end_time, kind, title, facilitator, place, number_in_day,
         created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, '15:00', '16:30', 'calistung', 'Belajar bersama', 'Kak Fiktif', 'Rumah Edukasi', ?, ?, ?, ?, ?)`,
    );
    const mark = db.prepare(
      `INSERT INTO attendance (activity_id, person_id, on_date, number_in_day, status, marked_at, marked_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const enrolledOn = days[0] ?? today;
    const groups = Math.ceil(options.children / size);
    for (let g = 0; g < groups; g++) {
      const groupId = randomUUID();
      const name = `Kelompok Fiktif ${String(g + 1).padStart(4, '0')}`;
      group.run(groupId, name, nameKey(name), at, by, at, by);
      groupIds.push(groupId);
      const members: { personId: string; absentRun: boolean }[] = [];
      for (let i = 0; i < size && childPersonIds.length < options.children; i++) {
        const n = childPersonIds.length;
        const personId = randomUUID();
        const fullName = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]} ${n}`;
        const birth = `${2014 + (n % 6)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
        person.run(personId, fullName, nameKey(fullName), n % 2 ? 'L' : 'P', birth, at, by, at, by);
        const consentId = randomUUID();
        consent.run(consentId, personId, `REK-${n}`, at, by);
        const docs = random();
        child.run(
          randomUUID(),
          personId,
          docs < 0.1 ? 'no' : 'yes',
          docs < 0.3 ? 'no' : 'yes',
          enrolledOn,
          consentId,
          at,
          by,
          at,
          by,
        );
        member.run(randomUUID(), groupId, personId, enrolledOn, at, by);
        childPersonIds.push(personId);
        const absentRun = random() < 0.02;
        if (absentRun) absentRuns++;
        members.push({ personId, absentRun });
      }
      days.forEach((date, d) => {
        const activityId = randomUUID();
        activity.run(activityId, groupId, date, g + 1, at, by, at, by);
        const tail = d >= days.length - 4;
        for (const m of members) {
          let status: AttendanceStatus;
          if (m.absentRun && tail) status = 'absent';
          else {
            const r = random();
            status = r < 0.8 ? 'present' : r < 0.85 ? 'late' : r < 0.89 ? 'excused' : r < 0.93 ? 'sick' : 'absent';
            // Keep accidental runs rare so the alert list stays close to the seeded runs.
            if (tail && status === 'absent') status = 'present';
          }
          mark.run(activityId, m.personId, date, g + 1, status, at, by);
          marks++;
        }
      });
    }
    // The per-person runs of Alpa marks, as attendance.record keeps them.
    for (const personId of childPersonIds) recomputeRun(db, personId, at);
  })();
  return { groupIds, childPersonIds, marks, absentRuns };
}

async function rpc(base: string, token: string, method: string, input: unknown): Promise<void> {
  const send = () =>
    fetch(`${base}/rpc/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
  // A keep-alive socket left idle during the direct measurements may be closed by the host just
  // as it is reused (ECONNRESET); that is the idle race, not the call, so send once more.
  const res = await send().catch(send);
  const body = (await res.json()) as { ok: boolean; error?: unknown };
  if (!body.ok) throw new Error(`${method} over HTTP failed: ${JSON.stringify(body.error)}`);
}

async function call<T>(core: Core, token: string, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input, { token });
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/**
 * Times the Rumah Edukasi hot paths on a seeded database: a roll call of 40 marks, a child's
 * 365-day history with its rate, and the consecutive-absence list (plus its bare SQL, the floor).
 */
export async function benchEdukasi(core: Core, base: string, token: string, n: number): Promise<Row[]> {
  const rows: Row[] = [];
  const group = core.db
    .prepare(
      `SELECT g.id FROM groups g WHERE g.archived_at IS NULL
         AND (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND m.to_date IS NULL) = 40 LIMIT 1`,
    )
    .get() as { id: string } | undefined;
  if (!group) throw new Error('benchEdukasi needs a group of 40 (run seedEdukasi first)');
  const activity = await call<{ id: string }>(core, token, 'activities.create', {
    groupId: group.id,
    startTime: '15:00',
    endTime: '16:30',
    kind: 'calistung',
    title: 'Bench absen',
    facilitator: 'Kak Fiktif',
    place: 'Rumah Edukasi',
  });
  const sheet = await call<AttendanceSheet>(core, token, 'attendance.sheet', { activityId: activity.id });
  let flip = 0;
  // Each save changes one mark (so it writes), the other 39 go through the same upsert.
  const marks = () => {
    flip++;
    return sheet.rows.map((r, i) => ({
      personId: r.personId,
      status: (i === flip % sheet.rows.length ? 'absent' : i % 9 === 0 ? 'late' : 'present') as AttendanceStatus,
    }));
  };
  const record = (via: (input: unknown) => Promise<unknown>) => () => via({ activityId: activity.id, marks: marks() });
  rows.push(
    summarise(
      'attendance.record (40 marks)',
      'direct',
      await time(
        record((i) => call(core, token, 'attendance.record', i)),
        n,
      ),
      '≤ 10 ms',
    ),
    summarise(
      'attendance.record (40 marks)',
      'http',
      await time(
        record((i) => rpc(base, token, 'attendance.record', i)),
        n,
      ),
      '≤ 20 ms p95',
    ),
  );

  const people = core.db
    .prepare('SELECT person_id FROM children WHERE left_on IS NULL ORDER BY rowid LIMIT 500')
    .all() as { person_id: string }[];
  let k = 0;
  const history = () => ({ personId: people[k++ % people.length].person_id, preset: '365d' });
  rows.push(
    summarise(
      'attendance.history 365d + rate',
      'direct',
      await time(() => call(core, token, 'attendance.history', history()), n),
      '≤ 100 ms',
    ),
    summarise(
      'attendance.history 365d + rate',
      'http',
      await time(() => rpc(base, token, 'attendance.history', history()), n),
      '≤ 100 ms',
    ),
  );

  const few = Math.max(5, Math.min(n, 60));
  const floor = core.db.prepare(ABSENCE_RUN_SQL);
  const fromMarks = core.db.prepare(ABSENCE_FROM_MARKS_SQL);
  rows.push(
    summarise('absence list: bare SQL on runs (floor)', 'direct', await time(() => floor.all({ n: 3 }), few, 3)),
    summarise('absence list: from all marks (no runs)', 'direct', await time(() => fromMarks.all({ n: 3 }), 10, 2)),
    summarise(
      'alerts.consecutiveAbsences',
      'direct',
      await time(() => call(core, token, 'alerts.consecutiveAbsences', {}), few, 3),
      '≤ 100 ms',
    ),
    summarise(
      'alerts.consecutiveAbsences',
      'http',
      await time(() => rpc(base, token, 'alerts.consecutiveAbsences', {}), few, 3),
      '≤ 100 ms',
    ),
  );
  return rows;
}
