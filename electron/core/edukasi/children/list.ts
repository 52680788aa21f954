import type { Page } from '../../../shared/desk';
import type { ChildListInput, ChildListStatus, ChildSummary } from '../../../shared/edukasi';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { decodeCursor, encodeCursor } from '../../desk/cursor';
import { nameKey } from '../../people/name-key';
import { activeConsentSql } from '../consent';
import { CHILD_SELECT, type ChildRow, toChildSummary } from './repository';

const STATUS_SQL: Record<ChildListStatus, string> = {
  active: `c.left_on IS NULL AND ${activeConsentSql('c.person_id')}`,
  left: 'c.left_on IS NOT NULL',
  consent_withdrawn: `c.left_on IS NULL AND NOT ${activeConsentSql('c.person_id')}`,
  all: '1',
};

/**
 * Pages sort on the first 60 characters of the name key: cursors carry at most 64 (desk/cursor.ts),
 * and two names alike for 60 characters still page correctly through the id.
 */
const KEY_LENGTH = 60;
const SORT_KEY = `substr(p.name_key, 1, ${KEY_LENGTH})`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The roster, by name, in keyset pages. By default only children who may be processed: enrolled
 * and with an active Rumah Edukasi consent, so a withdrawn child is never listed for activities.
 * With a group: its members today.
 */
export function listChildren(db: Db, input: ChildListInput, today: string): Page<ChildSummary> {
  const limit = input.limit ?? 50;
  const where = [STATUS_SQL[input.status ?? 'active']];
  const params: unknown[] = [];
  if (input.groupId) {
    where.push(`c.person_id IN (SELECT m.person_id FROM group_members m WHERE m.group_id = ? AND m.from_date <= ?
      AND (m.to_date IS NULL OR m.to_date > ?))`);
    params.push(input.groupId, today, today);
  }
  const key = input.q ? nameKey(input.q) : '';
  if (key) {
    where.push("p.name_key LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(key)}%`);
  }
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  if (cursor) {
    where.push(`(${SORT_KEY}, c.id) > (?, ?)`);
    params.push(cursor.key, cursor.id);
  }
  const rows = stmt(db, `${CHILD_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${SORT_KEY}, c.id LIMIT ?`).all(
    ...params,
    limit + 1,
  ) as ChildRow[];
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toChildSummary(r, today)),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ key: [...last.name_key].slice(0, KEY_LENGTH).join(''), id: last.id })
        : null,
  };
}
