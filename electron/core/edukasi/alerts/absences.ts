import type { AbsenceAlert, CareRelation } from '../../../shared/edukasi';
import type { Sex } from '../../../shared/people';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { getSetting, SETTING_DEFAULTS } from '../../settings/repository';
import { COUNTED_STATUSES } from '../attendance/runs';
import { activeConsentSql } from '../consent';
import { ageOrNull } from '../dates';

export const MAX_THRESHOLD = 30;

/** The threshold in settings, or the default when the stored value is missing or odd. */
export function absenceThreshold(db: Db): number {
  const fallback = SETTING_DEFAULTS['edukasi.absenceThreshold'];
  const value = getSetting<unknown>(db, 'edukasi.absenceThreshold', fallback);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_THRESHOLD
    ? value
    : fallback;
}

/**
 * Children still enrolled, with an active consent, whose stored run of Alpa marks reaches @n
 * (attendance_runs, kept by attendance.record): an index range on absent_run, a few hundred rows
 * at most, whatever the number of marks.
 */
export const ABSENCE_RUN_SQL = `SELECT c.id, c.person_id, p.full_name, p.sex, p.birth_date, h.label AS household_label
  FROM attendance_runs r JOIN children c ON c.person_id = r.person_id AND c.left_on IS NULL
  JOIN people p ON p.id = c.person_id LEFT JOIN households h ON h.id = c.household_id
  WHERE r.absent_run >= @n AND ${activeConsentSql('c.person_id')}
  ORDER BY p.name_key, c.id`;

/**
 * The same list computed from the marks themselves, the ground truth the stored runs must match
 * (tests compare the two): for each child a backwards walk of attendance_person that stops after
 * @n counted marks. Cost: children × n index steps.
 */
export const ABSENCE_FROM_MARKS_SQL = `SELECT c.id, c.person_id FROM children c
  WHERE c.left_on IS NULL
    AND (SELECT COUNT(*) FROM (
          SELECT t.status FROM attendance t
          WHERE t.person_id = c.person_id AND t.status IN ${COUNTED_STATUSES}
          ORDER BY t.on_date DESC, t.number_in_day DESC LIMIT @n
        ) r WHERE r.status = 'absent') = @n
    AND ${activeConsentSql('c.person_id')}
  ORDER BY c.id`;

export function consecutiveAbsences(db: Db, threshold: number, today: string): AbsenceAlert[] {
  const rows = stmt(db, ABSENCE_RUN_SQL).all({ n: threshold }) as {
    id: string;
    person_id: string;
    full_name: string;
    sex: Sex | null;
    birth_date: string | null;
    household_label: string | null;
  }[];
  const dates = stmt(
    db,
    `SELECT on_date FROM attendance WHERE person_id = ? AND status IN ${COUNTED_STATUSES}
     ORDER BY on_date DESC, number_in_day DESC LIMIT ?`,
  );
  const lastAttended = stmt(
    db,
    "SELECT MAX(on_date) AS d FROM attendance WHERE person_id = ? AND status IN ('present', 'late')",
  );
  const groups = stmt(
    db,
    `SELECT g.name FROM group_members m JOIN groups g ON g.id = m.group_id
     WHERE m.person_id = ? AND m.to_date IS NULL AND g.archived_at IS NULL ORDER BY g.name_key`,
  );
  const caregiver = stmt(
    db,
    `SELECT p.full_name, p.phone_e164, a.relation FROM care_arrangements a JOIN caregivers g ON g.id = a.caregiver_id
     JOIN people p ON p.id = g.person_id WHERE a.child_id = ? AND a.is_primary = 1 AND a.to_date IS NULL`,
  );
  return rows.map((r) => {
    const primary = caregiver.get(r.id) as
      | { full_name: string; phone_e164: string | null; relation: CareRelation }
      | undefined;
    return {
      childId: r.id,
      personId: r.person_id,
      fullName: r.full_name,
      sex: r.sex,
      age: ageOrNull(r.birth_date, today),
      absentDates: (dates.all(r.person_id, threshold) as { on_date: string }[]).map((d) => d.on_date),
      lastAttendedOn: (lastAttended.get(r.person_id) as { d: string | null }).d,
      groups: (groups.all(r.person_id) as { name: string }[]).map((g) => g.name),
      householdLabel: r.household_label,
      primaryCaregiver: primary
        ? { fullName: primary.full_name, phone: primary.phone_e164, relation: primary.relation }
        : null,
    };
  });
}
