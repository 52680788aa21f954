import type { Activity } from '../../../shared/edukasi';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';

export interface ActivityRow {
  id: string;
  group_id: string | null;
  group_name: string | null;
  date: string;
  start_time: string;
  end_time: string;
  kind: Activity['kind'];
  title: string;
  facilitator: string;
  place: string;
  number_in_day: number;
  marked: number;
  attended: number;
  created_at: string;
}

export const ACTIVITY_SELECT = `SELECT a.id, a.group_id, g.name AS group_name, a.date, a.start_time, a.end_time, a.kind,
  a.title, a.facilitator, a.place, a.number_in_day, a.created_at,
  (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id) AS marked,
  (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.status IN ('present', 'late')) AS attended
  FROM activities a LEFT JOIN groups g ON g.id = a.group_id`;

export const toActivity = (r: ActivityRow): Activity => ({
  id: r.id,
  groupId: r.group_id,
  groupName: r.group_name,
  date: r.date,
  startTime: r.start_time,
  endTime: r.end_time,
  kind: r.kind,
  title: r.title,
  facilitator: r.facilitator,
  place: r.place,
  numberInDay: r.number_in_day,
  marked: r.marked,
  attended: r.attended,
  createdAt: r.created_at,
});

export function findActivityRow(db: Db, id: string): ActivityRow | undefined {
  return stmt(db, `${ACTIVITY_SELECT} WHERE a.id = ?`).get(id) as ActivityRow | undefined;
}
