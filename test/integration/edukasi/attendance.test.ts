import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABSENCE_FROM_MARKS_SQL, ABSENCE_RUN_SQL } from '../../../electron/core/edukasi/alerts/absences';
import {
  futureActivity,
  MARK_WITHOUT_CONSENT,
  NOT_IN_GROUP,
  pastActivity,
  ROLL_CALL_NOT_SAVED,
} from '../../../electron/core/edukasi/attendance/record';
import { DUPLICATE_MARK, STATUS_MESSAGE } from '../../../electron/core/edukasi/attendance/schemas';
import {
  type Activity,
  ATTENDANCE_RATE_FORMULA,
  type AttendanceStatus,
  type ChildDetail,
} from '../../../electron/shared/edukasi';
import { tableCounts } from '../../support/core';
import { SAMPLE_ACTIVITY } from '../../support/sample-inputs';
import { activity, auditOf, count, edukasiCore, enrol, fails, groupOf, ok, relogin } from './support';

const presentAll = (people: { personId: string }[]) =>
  people.map((p) => ({ personId: p.personId, status: 'present' as AttendanceStatus }));

describe('activities', () => {
  it('numbers activities within their date; today is the default date', async () => {
    const { core, edu } = await edukasiCore();
    const { group } = await groupOf(core, edu, 1);
    const a = await activity(core, edu, group.id);
    const b = await activity(core, edu, undefined);
    const c = await activity(core, edu, group.id, '2026-11-27');
    expect([a.date, a.numberInDay, b.date, b.numberInDay, c.date, c.numberInDay]).toEqual([
      '2026-11-29',
      1,
      '2026-11-29',
      2,
      '2026-11-27',
      1,
    ]);
    expect(a).toMatchObject({ groupName: 'Kelas Melati', marked: 0, attended: 0, kind: 'calistung' });
    expect(b.groupId).toBeNull();
    const list = await ok(core, 'activities.list', { from: '2026-11-23', to: '2026-11-29' }, edu);
    expect(list.items.map((x) => x.id)).toEqual([c.id, a.id, b.id]);
    expect(
      (await ok(core, 'activities.list', { from: '2026-11-29', to: '2026-11-29', groupId: group.id }, edu)).items,
    ).toHaveLength(1);
    expect(await ok(core, 'activities.get', { id: a.id }, edu)).toEqual(a);
    const times = await fails(
      core,
      'activities.create',
      { ...SAMPLE_ACTIVITY, startTime: '16:00', endTime: '15:00' },
      edu,
    );
    expect(times.issues).toEqual([{ path: 'endTime', message: 'Jam selesai harus sesudah jam mulai.' }]);
    const badGroup = await fails(core, 'activities.create', { ...SAMPLE_ACTIVITY, groupId: 'tidak-ada' }, edu);
    expect(badGroup.issues?.[0]).toEqual({
      path: 'groupId',
      message: 'Kelompok tidak ditemukan. Pilih dari daftar kelompok.',
    });
    const year = await fails(core, 'activities.list', { from: '2025-01-01', to: '2026-11-29' }, edu);
    expect(year.issues?.[0].path).toBe('to');
  });
});

describe('roll call (attendance.sheet / attendance.record)', () => {
  it('shows every member as Hadir until saved, then saves 40 marks with five exceptions in one call', async () => {
    const { core, edu } = await edukasiCore();
    const { group, children } = await groupOf(core, edu, 40);
    const act = await activity(core, edu, group.id);
    const sheet = await ok(core, 'attendance.sheet', { activityId: act.id }, edu);
    expect(sheet.rows).toHaveLength(40);
    expect(sheet.rows.every((r) => r.status === 'present' && !r.saved)).toBe(true);
    expect([sheet.isPast, sheet.isFuture]).toEqual([false, false]);
    const marks = presentAll(sheet.rows);
    marks[3].status = 'late';
    marks[7].status = 'excused';
    marks[11].status = 'sick';
    marks[19].status = 'absent';
    marks[23].status = 'absent';
    const r = await ok(core, 'attendance.record', { activityId: act.id, marks }, edu);
    expect([r.saved, r.changed]).toEqual([40, 40]);
    expect(r.sheet.activity).toMatchObject({ marked: 40, attended: 36 });
    expect(r.sheet.rows.every((row) => row.saved)).toBe(true);
    expect(r.sheet.rows.filter((row) => row.status !== 'present').map((row) => row.status)).toEqual([
      'late',
      'excused',
      'sick',
      'absent',
      'absent',
    ]);
    expect(count(core, 'attendance')).toBe(40);
    // Saving the same sheet again changes nothing; one edit changes one mark.
    expect((await ok(core, 'attendance.record', { activityId: act.id, marks }, edu)).changed).toBe(0);
    marks[19] = { ...marks[19], status: 'present', note: 'Ternyata datang' } as (typeof marks)[number];
    expect((await ok(core, 'attendance.record', { activityId: act.id, marks }, edu)).changed).toBe(1);
    expect(children).toHaveLength(40);
  });

  it('refuses bad roll calls with clear messages and writes nothing', async () => {
    const { core, edu, clock } = await edukasiCore();
    const { group, children } = await groupOf(core, edu, 3);
    const outsider = await enrol(core, edu, 'Orang Luar Fiktif');
    const act = await activity(core, edu, group.id);
    const tomorrow = await activity(core, edu, group.id, '2026-11-30');
    const before = tableCounts(core);
    const base = presentAll(children);

    const notInGroup = await fails(
      core,
      'attendance.record',
      { activityId: act.id, marks: [base[0], { personId: outsider.personId, status: 'present' }] },
      edu,
    );
    expect(notInGroup).toEqual({
      code: 'VALIDATION',
      message: ROLL_CALL_NOT_SAVED,
      issues: [{ path: 'marks.1.personId', message: NOT_IN_GROUP }],
    });
    expect(NOT_IN_GROUP).toBe(
      'Bukan anggota kelompok ini pada tanggal kegiatan. Tambahkan dulu ke kelompok, atau hapus dari daftar absen.',
    );

    const duplicate = await fails(core, 'attendance.record', { activityId: act.id, marks: [...base, base[1]] }, edu);
    expect(duplicate.code).toBe('VALIDATION');
    expect(duplicate.issues).toEqual([{ path: 'marks.3.personId', message: DUPLICATE_MARK }]);
    expect(DUPLICATE_MARK).toBe('Orang ini muncul dua kali di daftar absen. Sisakan satu.');

    const status = await fails(
      core,
      'attendance.record',
      { activityId: act.id, marks: [{ personId: children[0].personId, status: 'bolos' }] },
      edu,
    );
    expect(status.issues).toEqual([{ path: 'marks.0.status', message: STATUS_MESSAGE }]);
    expect(STATUS_MESSAGE).toBe('Status tidak dikenal: pilih Hadir, Terlambat, Izin, Sakit, atau Alpa.');

    const future = await fails(core, 'attendance.record', { activityId: tomorrow.id, marks: base }, edu);
    expect(future).toEqual({
      code: 'VALIDATION',
      message: 'Kegiatan ini dijadwalkan 2026-11-30. Absen baru bisa diisi pada hari kegiatan.',
      issues: [{ path: 'activityId', message: futureActivity('2026-11-30') }],
    });
    expect((await ok(core, 'attendance.sheet', { activityId: tomorrow.id }, edu)).isFuture).toBe(true);

    const unknownActivity = await fails(core, 'attendance.record', { activityId: 'tidak-ada', marks: base }, edu);
    expect(unknownActivity.code).toBe('NOT_FOUND');
    const empty = await fails(core, 'attendance.record', { activityId: act.id, marks: [] }, edu);
    expect(empty.issues).toEqual([{ path: 'marks', message: 'Daftar absen kosong: tidak ada yang disimpan.' }]);

    // The sheet reads above wrote view rows to the audit log; nothing else changed.
    const after = tableCounts(core);
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
    expect(count(core, 'attendance')).toBe(0);
    // The next day the activity of "tomorrow" can be marked.
    clock.advance(24 * 3600_000);
    const fresh = await relogin(core, 'pendamping');
    const next = await ok(core, 'attendance.record', { activityId: tomorrow.id, marks: base }, fresh);
    expect(next.saved).toBe(3);
  });

  it('editing a past activity asks for confirmation, then is audited with the number of changed marks', async () => {
    const { core, edu } = await edukasiCore();
    const { group, children } = await groupOf(core, edu, 3);
    for (const c of children) {
      await ok(core, 'groups.removeMember', { groupId: group.id, personId: c.personId }, edu);
    }
    // Members since the start of the month, so last week's session has them on its roll call.
    await ok(
      core,
      'groups.addMembers',
      { groupId: group.id, personIds: children.map((c) => c.personId), from: '2026-11-01' },
      edu,
    );
    const past = await activity(core, edu, group.id, '2026-11-27');
    const marks = presentAll(children);
    const before = tableCounts(core);
    const ask = await fails(core, 'attendance.record', { activityId: past.id, marks }, edu);
    expect(ask).toEqual({ code: 'CONFLICT', message: pastActivity('2026-11-27') });
    expect(ask.message).toBe(
      'Kegiatan ini tanggal 2026-11-27, sudah lewat. Yakin mengubah absennya? Simpan lagi dengan konfirmasi.',
    );
    expect(tableCounts(core)).toEqual(before);
    const saved = await ok(core, 'attendance.record', { activityId: past.id, marks, confirmPastEdit: true }, edu);
    expect(saved.changed).toBe(3);
    marks[0].status = 'absent';
    expect(
      (await ok(core, 'attendance.record', { activityId: past.id, marks, confirmPastEdit: true }, edu)).changed,
    ).toBe(1);
    const rows = auditOf(core, 'attendance').filter((a) => a.action === 'update');
    expect(rows).toHaveLength(4);
    expect(JSON.parse(rows[3].details)).toEqual({ saved: 3, changed: 1, pastEdit: true, date: '2026-11-27' });
    expect(rows[3].subject_person_id).toBe(children[0].personId);
  });

  it('uses group membership on the activity date: removed members leave the sheet, a one-off event takes anyone with consent', async () => {
    const { core, edu } = await edukasiCore();
    const { group, children } = await groupOf(core, edu, 3);
    await ok(core, 'groups.removeMember', { groupId: group.id, personId: children[2].personId }, edu);
    const act = await activity(core, edu, group.id);
    const sheet = await ok(core, 'attendance.sheet', { activityId: act.id }, edu);
    expect(sheet.rows.map((r) => r.personId)).toEqual([children[0].personId, children[1].personId]);
    const removed = await fails(
      core,
      'attendance.record',
      { activityId: act.id, marks: presentAll([children[2]]) },
      edu,
    );
    expect(removed.issues).toEqual([{ path: 'marks.0.personId', message: NOT_IN_GROUP }]);

    const event = await activity(core, edu, undefined);
    expect((await ok(core, 'attendance.sheet', { activityId: event.id }, edu)).rows).toEqual([]);
    const adult = await ok(
      core,
      'people.create',
      {
        fullName: 'Warga Fiktif',
        consent: { givenBy: 'self', purposes: ['consultation'], method: 'written', textVersion: '2026-01' },
      },
      edu,
    );
    const mixed = await fails(
      core,
      'attendance.record',
      { activityId: event.id, marks: [...presentAll(children), { personId: adult.person.id, status: 'present' }] },
      edu,
    );
    expect(mixed.issues).toEqual([{ path: 'marks.3.personId', message: MARK_WITHOUT_CONSENT }]);
    await ok(core, 'attendance.record', { activityId: event.id, marks: presentAll(children) }, edu);
    expect((await ok(core, 'attendance.sheet', { activityId: event.id }, edu)).rows).toHaveLength(3);
  });

  it('withdrawing the Rumah Edukasi consent stops roll calls and activity lists for that child', async () => {
    const { core, edu } = await edukasiCore();
    const { group, children } = await groupOf(core, edu, 3);
    const act = await activity(core, edu, group.id);
    await ok(core, 'attendance.record', { activityId: act.id, marks: presentAll(children) }, edu);
    const withdrawn = children[1];
    await ok(core, 'people.withdrawConsent', { consentId: withdrawn.consent.id }, edu);

    const sheet = await ok(core, 'attendance.sheet', { activityId: act.id }, edu);
    expect(sheet.rows.map((r) => r.personId)).toEqual([children[0].personId, children[2].personId]);
    const before = tableCounts(core);
    const refused = await fails(
      core,
      'attendance.record',
      { activityId: act.id, marks: [{ personId: withdrawn.personId, status: 'absent' }] },
      edu,
    );
    expect(refused.issues).toEqual([{ path: 'marks.0.personId', message: MARK_WITHOUT_CONSENT }]);
    expect(tableCounts(core)).toEqual(before);
    const next = await activity(core, edu, group.id);
    expect((await ok(core, 'attendance.sheet', { activityId: next.id }, edu)).rows).toHaveLength(2);
    const detail = await ok(core, 'groups.get', { id: group.id }, edu);
    expect([detail.members.length, detail.withdrawnCount, detail.memberCount]).toEqual([2, 1, 2]);
    const list = await ok(core, 'children.list', { groupId: group.id }, edu);
    expect(list.items.map((c) => c.personId)).not.toContain(withdrawn.personId);
    expect((await ok(core, 'children.list', { status: 'consent_withdrawn' }, edu)).items.map((c) => c.id)).toEqual([
      withdrawn.id,
    ]);
    expect((await ok(core, 'children.get', { id: withdrawn.id }, edu)).consentActive).toBe(false);
    expect((await fails(core, 'children.update', { id: withdrawn.id, version: 1, kia: 'yes' }, edu)).code).toBe(
      'CONFLICT',
    );
    expect((await fails(core, 'attendance.history', { personId: withdrawn.personId }, edu)).code).toBe('CONFLICT');
    expect(
      (await fails(core, 'groups.addMembers', { groupId: group.id, personIds: [withdrawn.personId] }, edu)).issues?.[0]
        .message,
    ).toBe('Belum ada persetujuan Rumah Edukasi yang berlaku untuk orang ini (belum dicatat, atau sudah ditarik).');

    // A new consent from the parent lets the house process the child again.
    await ok(
      core,
      'people.addConsent',
      {
        personId: withdrawn.personId,
        consent: {
          givenBy: 'mother',
          givenByName: 'Ibu Fiktif',
          purposes: ['rumah_edukasi'],
          method: 'written',
          textVersion: '2026-02',
        },
      },
      edu,
    );
    expect((await ok(core, 'attendance.sheet', { activityId: act.id }, edu)).rows).toHaveLength(3);
  });
});

describe('history and alerts', () => {
  /** Sessions on consecutive days before today (Sunday 29 Nov), all members marked. */
  async function sessions(
    core: Awaited<ReturnType<typeof edukasiCore>>['core'],
    edu: string,
    groupId: string,
    statuses: Record<string, AttendanceStatus[]>,
  ) {
    const days = Object.values(statuses)[0].length;
    for (let i = 0; i < days; i++) {
      const date = `2026-11-${String(29 - days + 1 + i).padStart(2, '0')}`;
      const act = await activity(core, edu, groupId, date);
      const marks = Object.entries(statuses).map(([personId, list]) => ({ personId, status: list[i] }));
      await ok(core, 'attendance.record', { activityId: act.id, marks, confirmPastEdit: true }, edu);
    }
  }

  async function groupSince(n: number) {
    const env = await edukasiCore();
    const group = await ok(env.core, 'groups.create', { name: 'Kelas Mawar', audience: 'children' }, env.edu);
    const children = [];
    for (let i = 0; i < n; i++)
      children.push(await enrol(env.core, env.edu, `Anak Fiktif ${String.fromCharCode(65 + i)}`));
    await ok(
      env.core,
      'groups.addMembers',
      { groupId: group.id, personIds: children.map((c) => c.personId), from: '2026-11-01' },
      env.edu,
    );
    return { ...env, group, children };
  }

  it('attendance.history gives the marks and the rate (Hadir + Terlambat) / sessions for 7, 30, 365 days or a custom range', async () => {
    const { core, edu, group, children } = await groupSince(1);
    const p = children[0].personId;
    await sessions(core, edu, group.id, {
      [p]: ['present', 'absent', 'late', 'sick', 'excused', 'present', 'present', 'absent', 'present', 'present'],
    });
    const week = await ok(core, 'attendance.history', { personId: p, preset: '7d' }, edu);
    expect([week.from, week.to]).toEqual(['2026-11-23', '2026-11-29']);
    expect(week.counts).toEqual({ present: 4, late: 0, excused: 1, sick: 1, absent: 1, sessions: 7 });
    expect(week.rate).toBeCloseTo(4 / 7);
    expect(week.formula).toBe(ATTENDANCE_RATE_FORMULA);
    expect(week.marks[0]).toMatchObject({
      date: '2026-11-29',
      status: 'present',
      groupName: 'Kelas Mawar',
      title: SAMPLE_ACTIVITY.title,
    });
    const month = await ok(core, 'attendance.history', { personId: p }, edu);
    expect([month.from, month.counts.sessions, month.rate]).toEqual(['2026-10-31', 10, 0.6]);
    const custom = await ok(core, 'attendance.history', { personId: p, from: '2026-11-20', to: '2026-11-21' }, edu);
    expect(custom.marks.map((m) => m.status)).toEqual(['absent', 'present']);
    const none = await ok(core, 'attendance.history', { personId: p, from: '2025-01-01', to: '2025-01-31' }, edu);
    expect([none.rate, none.counts.sessions]).toEqual([null, 0]);
    const both = await fails(core, 'attendance.history', { personId: p, preset: '7d', from: '2026-11-01' }, edu);
    expect(both.issues?.[0].path).toBe('preset');
    const reversed = await fails(
      core,
      'attendance.history',
      { personId: p, from: '2026-11-20', to: '2026-11-01' },
      edu,
    );
    expect(reversed.issues).toEqual([{ path: 'to', message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' }]);
  });

  it('lists a child after three absences in a row; a Hadir in between breaks the run, Izin/Sakit do not', async () => {
    const { core, edu, group, children } = await groupSince(4);
    const [a, b, c, d] = children.map((x) => x.personId);
    await ok(
      core,
      'caregivers.add',
      {
        childId: children[0].id,
        person: { kind: 'new', fullName: 'Nenek Fiktif', phone: '081234567890' },
        consent: { method: 'written', textVersion: '2026-01' },
        relation: 'grandmother',
        primary: true,
      },
      edu,
    );
    await sessions(core, edu, group.id, {
      [a]: ['present', 'absent', 'absent', 'absent'],
      [b]: ['absent', 'absent', 'present', 'absent'],
      [c]: ['absent', 'sick', 'absent', 'absent'],
      [d]: ['absent', 'absent', 'absent', 'excused'],
    });
    const alert = await ok(core, 'alerts.consecutiveAbsences', {}, edu);
    expect(alert.threshold).toBe(3);
    expect(alert.items.map((i) => i.personId)).toEqual([a, c, d]);
    expect(alert.items[0]).toMatchObject({
      absentDates: ['2026-11-29', '2026-11-28', '2026-11-27'],
      lastAttendedOn: '2026-11-26',
      groups: ['Kelas Mawar'],
      primaryCaregiver: { fullName: 'Nenek Fiktif', phone: '+6281234567890', relation: 'grandmother' },
    });
    expect(alert.items[2].absentDates).toEqual(['2026-11-28', '2026-11-27', '2026-11-26']);
    expect((await ok(core, 'alerts.consecutiveAbsences', { threshold: 4 }, edu)).items).toEqual([]);
    expect((await ok(core, 'alerts.consecutiveAbsences', { threshold: 1 }, edu)).items.map((i) => i.personId)).toEqual([
      a,
      b,
      c,
      d,
    ]);
    // The default threshold comes from settings; a child who left is not listed any more.
    core.db.prepare("UPDATE settings SET value = '2' WHERE key = 'edukasi.absenceThreshold'").run();
    await ok(core, 'children.leave', { id: children[0].id, leftOn: '2026-11-29' }, edu);
    const two = await ok(core, 'alerts.consecutiveAbsences', {}, edu);
    expect([two.threshold, two.items.map((i) => i.personId)]).toEqual([2, [c, d]]);
    expect((await fails(core, 'alerts.consecutiveAbsences', { threshold: 0 }, edu)).code).toBe('VALIDATION');
  });

  it('lists groups without an activity in the week (Monday to Sunday)', async () => {
    const { core, edu } = await edukasiCore();
    const busy = await ok(core, 'groups.create', { name: 'Kelas Aktif', audience: 'children' }, edu);
    const idle = await ok(core, 'groups.create', { name: 'Kelas Sepi', audience: 'caregivers' }, edu);
    await activity(core, edu, busy.id, '2026-11-23');
    const week = await ok(core, 'alerts.groupsWithoutActivity', {}, edu);
    expect([week.weekStart, week.weekEnd]).toEqual(['2026-11-23', '2026-11-29']);
    expect(week.items).toEqual([{ id: idle.id, name: 'Kelas Sepi', audience: 'caregivers', lastActivityOn: null }]);
    const next = await ok(core, 'alerts.groupsWithoutActivity', { weekOf: '2026-12-02' }, edu);
    expect([next.weekStart, next.items.map((g) => g.name)]).toEqual(['2026-11-30', ['Kelas Aktif', 'Kelas Sepi']]);
    expect(next.items[0].lastActivityOn).toBe('2026-11-23');
    // Groups created after the week are not "without activity" in it.
    expect((await ok(core, 'alerts.groupsWithoutActivity', { weekOf: '2026-11-01' }, edu)).items).toEqual([]);
  });
});

describe('groups', () => {
  it('checks who may join: names are unique, children groups take enrolled children, ages outside the band warn', async () => {
    const { core, edu } = await edukasiCore();
    const group = await ok(
      core,
      'groups.create',
      { name: 'Kelas Kecil', audience: 'children', ageMin: 6, ageMax: 8 },
      edu,
    );
    const dup = await fails(core, 'groups.create', { name: 'kelas  KECIL', audience: 'mixed' }, edu);
    expect(dup.issues?.[0].path).toBe('name');
    const band = await fails(
      core,
      'groups.create',
      { name: 'Kelas Salah', audience: 'children', ageMin: 10, ageMax: 6 },
      edu,
    );
    expect(band.issues).toEqual([{ path: 'ageMax', message: 'Umur sampai tidak boleh lebih kecil dari umur mulai.' }]);
    const young = await enrol(core, edu, 'Adik Fiktif', { birthDate: '2019-01-01' });
    const older = await enrol(core, edu, 'Kakak Fiktif', { birthDate: '2014-01-01' });
    const adult = await ok(
      core,
      'people.create',
      {
        fullName: 'Warga Fiktif',
        consent: { givenBy: 'self', purposes: ['rumah_edukasi'], method: 'written', textVersion: '2026-01' },
      },
      edu,
    );
    const before = tableCounts(core);
    const refused = await fails(
      core,
      'groups.addMembers',
      { groupId: group.id, personIds: [young.personId, adult.person.id] },
      edu,
    );
    expect(refused.issues).toEqual([
      {
        path: 'personIds.1',
        message: 'Kelompok ini untuk anak; orang ini belum terdaftar sebagai anak Rumah Edukasi.',
      },
    ]);
    expect(tableCounts(core)).toEqual(before);
    const added = await ok(
      core,
      'groups.addMembers',
      { groupId: group.id, personIds: [young.personId, older.personId] },
      edu,
    );
    expect([added.added, added.alreadyMembers]).toEqual([2, 0]);
    expect(added.warnings).toEqual([
      { path: 'personIds.1', message: 'Umur 12 tahun, di luar rentang kelompok ini (6–8 tahun).' },
    ]);
    expect(
      (await ok(core, 'groups.addMembers', { groupId: group.id, personIds: [young.personId] }, edu)).alreadyMembers,
    ).toBe(1);
    const list = await ok(core, 'groups.list', {}, edu);
    expect(list.items.map((g) => [g.name, g.memberCount])).toEqual([['Kelas Kecil', 2]]);
    const gone = await fails(core, 'groups.removeMember', { groupId: group.id, personId: adult.person.id }, edu);
    expect(gone.code).toBe('NOT_FOUND');
    const early = await fails(
      core,
      'groups.removeMember',
      { groupId: group.id, personId: young.personId, on: '2026-11-01' },
      edu,
    );
    expect(early.issues?.[0].path).toBe('on');
  });
});

describe('property: the stored runs of Alpa marks always match the marks', () => {
  it('after any sequence of roll calls and past edits, the alert list equals the one computed from all marks', async () => {
    const { core, edu } = await edukasiCore();
    const group = await ok(core, 'groups.create', { name: 'Kelas Acak', audience: 'children' }, edu);
    const children: ChildDetail[] = [];
    for (let i = 0; i < 5; i++) children.push(await enrol(core, edu, `Acak Fiktif ${String.fromCharCode(65 + i)}`));
    await ok(
      core,
      'groups.addMembers',
      { groupId: group.id, personIds: children.map((c) => c.personId), from: '2026-11-01' },
      edu,
    );
    const acts: Activity[] = [];
    for (const date of ['2026-11-24', '2026-11-25', '2026-11-25', '2026-11-27', '2026-11-28', '2026-11-29']) {
      acts.push(await activity(core, edu, group.id, date));
    }
    const statuses = ['present', 'late', 'excused', 'sick', 'absent', 'absent', 'absent'] as const;
    const fromMarks = core.db.prepare(ABSENCE_FROM_MARKS_SQL);
    const fromRuns = core.db.prepare(ABSENCE_RUN_SQL);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: acts.length - 1 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom(...statuses)), {
          minLength: 1,
          maxLength: 5,
        }),
        async (a, changes) => {
          const marks = new Map(changes.map(([i, status]) => [children[i].personId, status]));
          await ok(
            core,
            'attendance.record',
            {
              activityId: acts[a].id,
              marks: [...marks].map(([personId, status]) => ({ personId, status })),
              confirmPastEdit: true,
            },
            edu,
          );
          for (const n of [1, 2, 3, 4]) {
            const truth = (fromMarks.all({ n }) as { person_id: string }[]).map((r) => r.person_id).sort();
            const stored = (fromRuns.all({ n }) as { person_id: string }[]).map((r) => r.person_id).sort();
            expect(stored, `threshold ${n}`).toEqual(truth);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
