import type { AttendanceSheet, AttendanceSheetRow, AttendanceStatus } from '../../../shared/edukasi';
import type { Sex } from '../../../shared/people';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { type ActivityRow, toActivity } from '../activities/repository';
import { activeConsentSql } from '../consent';
import { membersOn } from '../groups/repository';

interface SavedRow {
  person_id: string;
  full_name: string;
  name_key: string;
  sex: Sex | null;
  status: AttendanceStatus;
  note: string | null;
  consent_active: number;
}

export const SAVED_MARKS_SQL = `SELECT t.person_id, p.full_name, p.name_key, p.sex, t.status, t.note,
  ${activeConsentSql('t.person_id')} AS consent_active
  FROM attendance t JOIN people p ON p.id = t.person_id WHERE t.activity_id = ?`;

export function savedMarks(db: Db, activityId: string): SavedRow[] {
  return stmt(db, SAVED_MARKS_SQL).all(activityId) as SavedRow[];
}

/**
 * Who is on the roll call of an activity, and who may be marked: the group's members on the
 * activity's date plus anyone already marked (so a later edit can keep their mark), minus every
 * person whose Rumah Edukasi consent is not active (withdrawal stops processing). A one-off event
 * without a group lists whoever has been marked.
 */
export function rollCall(db: Db, activity: ActivityRow) {
  const saved = savedMarks(db, activity.id);
  const members = activity.group_id ? membersOn(db, activity.group_id, activity.date) : [];
  const rows = new Map<string, AttendanceSheetRow & { key: string }>();
  const blocked = new Set<string>();
  for (const m of members) {
    if (m.consent_active !== 1) blocked.add(m.person_id);
    else {
      rows.set(m.person_id, {
        personId: m.person_id,
        fullName: m.full_name,
        sex: m.sex,
        status: 'present',
        note: null,
        saved: false,
        key: m.name_key,
      });
    }
  }
  for (const s of saved) {
    if (s.consent_active !== 1) {
      blocked.add(s.person_id);
      continue;
    }
    rows.set(s.person_id, {
      personId: s.person_id,
      fullName: s.full_name,
      sex: s.sex,
      status: s.status,
      note: s.note,
      saved: true,
      key: s.name_key,
    });
  }
  const ordered = [...rows.values()].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.personId < b.personId ? -1 : 1,
  );
  return {
    rows: ordered.map(({ key: _key, ...row }) => row),
    allowed: new Set(rows.keys()),
    blocked,
    saved: new Map(saved.map((s) => [s.person_id, s])),
  };
}

export function buildSheet(db: Db, activity: ActivityRow, today: string): AttendanceSheet {
  return {
    activity: toActivity(activity),
    rows: rollCall(db, activity).rows,
    isPast: activity.date < today,
    isFuture: activity.date > today,
  };
}
