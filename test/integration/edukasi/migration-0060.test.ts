import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { ABSENCE_FROM_MARKS_SQL, ABSENCE_RUN_SQL } from '../../../electron/core/edukasi/alerts/absences';
import { HISTORY_SQL } from '../../../electron/core/edukasi/attendance/history';
import { UPSERT_MARK_SQL } from '../../../electron/core/edukasi/attendance/record';
import { SAVED_MARKS_SQL } from '../../../electron/core/edukasi/attendance/sheet';
import { WITHOUT_DOCUMENTS_SQL } from '../../../electron/core/edukasi/children/repository';
import { MEMBERS_SQL } from '../../../electron/core/edukasi/groups/repository';
import { peopleForeignKeys } from '../../../electron/core/people/references';
import { VALID_SETUP } from '../../support/core';
import { activity, edukasiCore, enrol, groupOf, ok } from './support';

const plan = (db: ReturnType<typeof openDatabase>, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 0060 (Rumah Edukasi)', () => {
  it('applies on top of 0050 and is the latest schema', () => {
    const db = openDatabase(':memory:');
    migrate(db, MIGRATIONS, 50);
    expect(schemaVersion(db)).toBe(50);
    migrate(db, MIGRATIONS);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(60);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    for (const t of [
      'households',
      'household_members',
      'children',
      'child_parents_abroad',
      'caregivers',
      'care_arrangements',
      'groups',
      'group_members',
      'activities',
      'attendance',
      'attendance_runs',
      'parent_contacts',
    ]) {
      expect(tables).toContain(t);
    }
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    db.close();
  });

  it('makes every Rumah Edukasi link to a person a reference, so deleting a child anonymises instead', async () => {
    const { core, edu, tokens } = await edukasiCore();
    const keys = peopleForeignKeys(core.db).map((k) => `${k.table}.${k.column}`);
    for (const k of [
      'children.person_id',
      'household_members.person_id',
      'caregivers.person_id',
      'group_members.person_id',
      'attendance.person_id',
    ]) {
      expect(keys).toContain(k);
    }
    const child = await enrol(core, edu, 'Hapus Fiktif');
    // A desk officer cannot see children at all (people module hides them); the admin can delete.
    await ok(core, 'auth.confirmPassword', { password: VALID_SETUP.admin.password }, tokens.admin);
    const removed = await ok(core, 'people.delete', { id: child.personId }, tokens.admin);
    expect(removed.outcome).toBe('anonymised');
    // The anonymisation withdrew the consent: the child drops out of every Rumah Edukasi list.
    expect((await ok(core, 'children.list', {}, edu)).items).toEqual([]);
    expect((await ok(core, 'children.get', { id: child.id }, edu)).consentActive).toBe(false);
  });

  it('enforces the codes, one enrolment at a time, one number per day, and keeps mark dates in step', async () => {
    const { core, edu } = await edukasiCore();
    const { group, children } = await groupOf(core, edu, 1);
    const act = await activity(core, edu, group.id);
    await ok(
      core,
      'attendance.record',
      { activityId: act.id, marks: [{ personId: children[0].personId, status: 'present' }] },
      edu,
    );
    const db = core.db;
    expect(() => db.prepare("UPDATE attendance SET status = 'bolos'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE children SET kia = 'mungkin'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE children SET left_on = '2000-01-01'").run()).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO children (id, person_id, birth_certificate, kia, born_abroad, school_level, enrolled_on, consent_id,
             consent_giver, created_at, created_by, updated_at, updated_by)
           SELECT 'x', person_id, 'yes', 'yes', 0, 'sd', '2026-11-29', consent_id, 'guardian', created_at, created_by, updated_at, updated_by FROM children`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO activities SELECT 'y', group_id, date, start_time, end_time, kind, title, facilitator, place, number_in_day, created_at, created_by, updated_at, updated_by, 1 FROM activities",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE activities SET end_time = '01:00'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE activities SET date = '2026-11-28', number_in_day = 4 WHERE id = ?").run(act.id);
    expect(db.prepare('SELECT on_date, number_in_day FROM attendance').get()).toEqual({
      on_date: '2026-11-28',
      number_in_day: 4,
    });
  });

  it('answers the hot queries from indexes (EXPLAIN QUERY PLAN)', async () => {
    const { core } = await edukasiCore();
    const db = core.db;
    // Absence alert: an index range on the stored runs, never a walk through the marks.
    const absences = plan(db, ABSENCE_RUN_SQL, { n: 3 });
    expect(absences).toMatch(/SEARCH r USING (COVERING )?INDEX attendance_runs_absent \(absent_run>\?\)/);
    expect(absences).not.toMatch(/attendance_person|SCAN r\b/);
    // Its ground truth: per child, a backwards walk of attendance_person, never a scan of attendance.
    const truth = plan(db, ABSENCE_FROM_MARKS_SQL, { n: 3 });
    expect(truth).toMatch(/SEARCH t USING COVERING INDEX attendance_person \(person_id=\?\)/);
    expect(truth).not.toMatch(/SCAN t\b/);
    // History: a range of one person's marks, already in order.
    const history = plan(db, HISTORY_SQL, 'p', '2026-01-01', '2026-12-31');
    expect(history).toMatch(/SEARCH t USING INDEX attendance_person \(person_id=\? AND on_date>\? AND on_date<\?\)/);
    expect(history).not.toMatch(/TEMP B-TREE/);
    // Roll call: the saved marks of one activity by primary key, the members by group.
    expect(plan(db, SAVED_MARKS_SQL, 'a')).toMatch(/SEARCH t USING PRIMARY KEY \(activity_id=\?\)/);
    expect(plan(db, MEMBERS_SQL, { groupId: 'g', day: '2026-11-29' })).toMatch(
      /SEARCH m USING INDEX group_members_group \(group_id=\?\)/,
    );
    expect(plan(db, UPSERT_MARK_SQL, 'a', 'p', '2026-11-29', 1, 'present', null, 't', 'u')).not.toMatch(/SCAN/);
    // Disdukcapil list: the partial index holds exactly those children.
    expect(plan(db, WITHOUT_DOCUMENTS_SQL)).toMatch(/SCAN c USING INDEX children_without_documents/);
  });
});
