import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { activeConsentSql } from '../../edukasi/consent';
import type { PeriodBounds } from '../periods';
import { abroadOnSql } from '../sql';

/**
 * The Rumah Edukasi figures of a period in three queries. Enrolment dates follow migration 0060:
 * `left_on` and `to_date` are the first day NO LONGER in effect, so a child is enrolled on day d
 * when `enrolled_on <= d AND (left_on IS NULL OR d < left_on)`. Snapshots ("registered children",
 * "caregivers") are taken on the period's last counted day @to.
 * Children and caregivers whose Rumah Edukasi consent was withdrawn are not counted (withdrawal
 * stops the processing it covered, UU PDP); their past attendance marks stay in the totals.
 *
 * Why rows and not GROUP BY: grouping a few thousand rows by many columns makes SQLite sort them
 * in a temporary b-tree, which cost more (measured at 10x: 40 ms against 10 ms) than handing the
 * rows over and adding them up in JavaScript. Roll-call marks come from attendance_totals
 * (migration 0070, kept by triggers): one row per activity, however many marks a period holds.
 * Parameters: @from @to (days).
 */
export const EDUKASI_SQL = {
  /**
   * One row per enrolment active on some day of the period: the child's sex and birth date,
   * documents, the parents abroad on @to, and every care arrangement in effect on @to as
   * "relation|caregiver id|trained on|consent active|primary|from", joined by ';'.
   */
  children: `SELECT p.sex, p.birth_date AS birth, c.school_level AS school, c.birth_certificate AS akta, c.kia,
      c.born_abroad AS bornAbroad, c.enrolled_on AS enrolled, c.left_on AS leftOn,
      (SELECT group_concat(DISTINCT cpa.role) FROM child_parents_abroad cpa JOIN journeys j ON j.id = cpa.journey_id
        WHERE cpa.child_id = c.id AND ${abroadOnSql('j', '@to')}) AS abroad,
      (SELECT group_concat(a.relation || '|' || g.id || '|' || IFNULL(g.parenting_training_on, '') || '|'
          || ${activeConsentSql('g.person_id')} || '|' || a.is_primary || '|' || a.from_date, ';')
        FROM care_arrangements a JOIN caregivers g ON g.id = a.caregiver_id
        WHERE a.child_id = c.id AND a.from_date <= @to AND (a.to_date IS NULL OR a.to_date > @to)) AS carers
    FROM children c JOIN people p ON p.id = c.person_id
    WHERE c.enrolled_on <= @to AND (c.left_on IS NULL OR c.left_on > @from) AND ${activeConsentSql('c.person_id')}`,
  /** Activities held in the period, each with its roll-call marks counted by status. */
  activities: `SELECT a.kind, a.date, IFNULL(t.present + t.late + t.excused + t.sick + t.absent, 0) AS marks,
      IFNULL(t.present, 0) AS present, IFNULL(t.late, 0) AS late, IFNULL(t.excused, 0) AS excused,
      IFNULL(t.sick, 0) AS sick, IFNULL(t.absent, 0) AS absent
    FROM activities a LEFT JOIN attendance_totals t ON t.activity_id = a.id
    WHERE a.date BETWEEN @from AND @to`,
  /** Long-distance parenting: children's contacts with a parent abroad in the period. */
  contacts: `SELECT how, facilitated_by_house AS facilitated, COUNT(*) AS n FROM parent_contacts
    WHERE contact_on BETWEEN @from AND @to GROUP BY 1, 2`,
} as const;

export interface ChildRow {
  sex: string | null;
  birth: string | null;
  school: string;
  akta: string;
  kia: string;
  bornAbroad: number;
  enrolled: string;
  leftOn: string | null;
  /** 'father', 'mother', 'father,mother' (any order) or null. */
  abroad: string | null;
  /** "grandmother|<caregiver id>|2025-05-05|1|1|2026-01-10;uncle|…": arrangements in effect on @to. */
  carers: string | null;
}
export interface ActivityRow {
  kind: string;
  date: string;
  marks: number;
  present: number;
  late: number;
  excused: number;
  sick: number;
  absent: number;
}
export interface ContactGroup {
  how: string;
  facilitated: number;
  n: number;
}

export interface EdukasiRows {
  children: ChildRow[];
  activities: ActivityRow[];
  contacts: ContactGroup[];
}

export const edukasiParams = (b: PeriodBounds) => ({ from: b.from, to: b.to });

export function runEdukasiQueries(db: Db, b: PeriodBounds): EdukasiRows {
  const p = edukasiParams(b);
  return {
    children: stmt(db, EDUKASI_SQL.children).all(p) as ChildRow[],
    activities: stmt(db, EDUKASI_SQL.activities).all(p) as ActivityRow[],
    contacts: stmt(db, EDUKASI_SQL.contacts).all(p) as ContactGroup[],
  };
}
