import type { User } from '../../shared/domain';
import type { Deps } from '../api/types';
import type { AuditAction } from '../audit/audit-log';
import { iso } from '../clock';
import { audit } from '../desk/actor';

/**
 * Audit rows for Rumah Edukasi, one per person the action is about (so each child's processing
 * trail is complete, UU PDP Pasal 31). Details carry codes and counts, never names. Call inside
 * the transaction of the change or read it records.
 */
export function auditEdukasi(
  deps: Deps,
  user: User,
  entry: {
    action: AuditAction;
    entity: string;
    entityId: string | null;
    details?: Record<string, string | number | boolean | null>;
    subjects?: readonly (string | null)[];
  },
): void {
  audit(deps, user, { at: iso(deps.clock.now()), ...entry });
}
