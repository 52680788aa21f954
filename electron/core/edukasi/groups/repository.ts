import type { Group, GroupAudience, GroupDetail, GroupMember } from '../../../shared/edukasi';
import type { Sex } from '../../../shared/people';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { activeConsentSql } from '../consent';
import { ageOrNull } from '../dates';

export interface GroupRow {
  id: string;
  name: string;
  audience: GroupAudience;
  age_min: number | null;
  age_max: number | null;
  note: string | null;
  created_at: string;
  member_count: number;
  last_activity_on: string | null;
}

/** Members on a date d: from_date <= d < to_date (to_date exclusive, NULL = still a member). */
export const MEMBER_ON = 'm.from_date <= @day AND (m.to_date IS NULL OR m.to_date > @day)';

const GROUP_SELECT = `SELECT g.id, g.name, g.audience, g.age_min, g.age_max, g.note, g.created_at,
  (SELECT COUNT(*) FROM group_members m WHERE m.group_id = g.id AND ${MEMBER_ON}
     AND ${activeConsentSql('m.person_id')}) AS member_count,
  (SELECT MAX(a.date) FROM activities a WHERE a.group_id = g.id) AS last_activity_on
  FROM groups g`;

export const toGroup = (r: GroupRow): Group => ({
  id: r.id,
  name: r.name,
  audience: r.audience,
  ageMin: r.age_min,
  ageMax: r.age_max,
  note: r.note,
  memberCount: r.member_count,
  lastActivityOn: r.last_activity_on,
  createdAt: r.created_at,
});

export function findGroupRow(db: Db, id: string, day: string): GroupRow | undefined {
  return stmt(db, `${GROUP_SELECT} WHERE g.id = @id AND g.archived_at IS NULL`).get({ id, day }) as
    | GroupRow
    | undefined;
}

export function listGroups(db: Db, day: string, audience?: GroupAudience): Group[] {
  const rows = (
    audience
      ? stmt(db, `${GROUP_SELECT} WHERE g.archived_at IS NULL AND g.audience = @audience ORDER BY g.name_key`).all({
          day,
          audience,
        })
      : stmt(db, `${GROUP_SELECT} WHERE g.archived_at IS NULL ORDER BY g.name_key`).all({ day })
  ) as GroupRow[];
  return rows.map(toGroup);
}

export interface MemberRow {
  person_id: string;
  full_name: string;
  name_key: string;
  sex: Sex | null;
  birth_date: string | null;
  from_date: string;
  is_child: number;
  is_caregiver: number;
  consent_active: number;
}

export const MEMBERS_SQL = `SELECT m.person_id, p.full_name, p.name_key, p.sex, p.birth_date, m.from_date,
  EXISTS (SELECT 1 FROM children c WHERE c.person_id = m.person_id) AS is_child,
  EXISTS (SELECT 1 FROM caregivers k WHERE k.person_id = m.person_id) AS is_caregiver,
  ${activeConsentSql('m.person_id')} AS consent_active
  FROM group_members m JOIN people p ON p.id = m.person_id
  WHERE m.group_id = @groupId AND ${MEMBER_ON}
  ORDER BY p.name_key, m.person_id`;

/** Everyone in the group on `day`, with whether they may still be processed (consent). */
export function membersOn(db: Db, groupId: string, day: string): MemberRow[] {
  return stmt(db, MEMBERS_SQL).all({ groupId, day }) as MemberRow[];
}

export function groupDetail(db: Db, row: GroupRow, day: string): GroupDetail {
  const all = membersOn(db, row.id, day);
  const members: GroupMember[] = all
    .filter((m) => m.consent_active === 1)
    .map((m) => ({
      personId: m.person_id,
      fullName: m.full_name,
      sex: m.sex,
      age: ageOrNull(m.birth_date, day),
      kind: m.is_child ? 'child' : m.is_caregiver ? 'caregiver' : 'other',
      fromDate: m.from_date,
    }));
  return { ...toGroup(row), members, withdrawnCount: all.length - members.length };
}
