import { AppError } from '../../api/app-error';
import type { Db } from '../../db/open';
import { CHILD_CONSENT_WITHDRAWN, CHILD_NOT_FOUND, childLeft } from '../messages';
import { type ChildRow, findChildRow } from './repository';

/**
 * The child record a write is about. Writes stop when the Rumah Edukasi consent is withdrawn;
 * `enrolled` also refuses a child who has left (no new caregivers or contacts after leaving).
 */
export function childForWrite(db: Db, id: string, options: { enrolled?: boolean } = {}): ChildRow {
  const row = findChildRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', CHILD_NOT_FOUND);
  if (row.consent_active !== 1) throw new AppError('CONFLICT', CHILD_CONSENT_WITHDRAWN);
  if (options.enrolled && row.left_on) throw new AppError('CONFLICT', childLeft(row.left_on));
  return row;
}
