import type { Household, HouseholdDetail, HouseholdMember } from '../../../shared/edukasi';
import type { Sex } from '../../../shared/people';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { CHILD_SELECT, type ChildRow, journeysOfPeople, toChildSummary } from '../children/repository';
import { activeConsentSql } from '../consent';

interface HouseholdRow {
  id: string;
  label: string;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  note: string | null;
  version: number;
  created_at: string;
}

export function findHousehold(db: Db, id: string): Household | null {
  const r = stmt(db, 'SELECT id, label, dusun, rt, rw, note, version, created_at FROM households WHERE id = ?').get(
    id,
  ) as HouseholdRow | undefined;
  return r
    ? {
        id: r.id,
        label: r.label,
        dusun: r.dusun,
        rt: r.rt,
        rw: r.rw,
        note: r.note,
        version: r.version,
        createdAt: r.created_at,
      }
    : null;
}

/**
 * A household with its members (parents with their migration episodes) and its enrolled
 * children. A child whose Rumah Edukasi consent was withdrawn is left out: no more processing.
 */
export function householdDetail(db: Db, household: Household, today: string): HouseholdDetail {
  const withdrawnChild = `EXISTS (SELECT 1 FROM children c WHERE c.person_id = m.person_id)
    AND NOT ${activeConsentSql('m.person_id')}`;
  const memberRows = stmt(
    db,
    `SELECT m.person_id, p.full_name, p.sex, m.relation,
       EXISTS (SELECT 1 FROM children c WHERE c.person_id = m.person_id AND c.left_on IS NULL) AS is_child
     FROM household_members m JOIN people p ON p.id = m.person_id
     WHERE m.household_id = ? AND NOT (${withdrawnChild})
     ORDER BY CASE m.relation WHEN 'head' THEN 0 WHEN 'husband' THEN 1 WHEN 'wife' THEN 2 WHEN 'parent' THEN 3
       WHEN 'parent_in_law' THEN 4 WHEN 'sibling' THEN 5 WHEN 'child' THEN 6 WHEN 'grandchild' THEN 7 ELSE 8 END,
       p.name_key, m.person_id`,
  ).all(household.id) as {
    person_id: string;
    full_name: string;
    sex: Sex | null;
    relation: HouseholdMember['relation'];
    is_child: number;
  }[];
  const journeys = journeysOfPeople(
    db,
    memberRows.filter((m) => m.is_child !== 1).map((m) => m.person_id),
  );
  const childRows = stmt(
    db,
    `${CHILD_SELECT} WHERE c.household_id = ? AND ${activeConsentSql('c.person_id')} ORDER BY p.name_key, c.id`,
  ).all(household.id) as ChildRow[];
  return {
    household,
    members: memberRows.map((m) => ({
      personId: m.person_id,
      fullName: m.full_name,
      sex: m.sex,
      relation: m.relation,
      isChild: m.is_child === 1,
      journeys: journeys.get(m.person_id) ?? [],
    })),
    children: childRows.map((r) => toChildSummary(r, today)),
  };
}
