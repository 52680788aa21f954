import type { Role } from '../../shared/domain';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

/**
 * Children's records are only for the Rumah Edukasi roles (issue 5, UU PDP Pasal 25): a desk
 * officer searching people must not find an enrolled child, and opening one by id answers as if
 * it did not exist. Caregivers and parents are adults and stay visible.
 */
export function canSeeChildren(role: Role): boolean {
  return role === 'educator' || role === 'admin';
}

export function isChildRecord(db: Db, personId: string): boolean {
  return stmt(db, 'SELECT 1 FROM children WHERE person_id = ? LIMIT 1').get(personId) !== undefined;
}

export function hideChildren<T extends { id: string }>(db: Db, role: Role, items: T[]): T[] {
  if (canSeeChildren(role)) return items;
  return items.filter((item) => !isChildRecord(db, item.id));
}
