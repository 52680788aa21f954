import type { User } from '../../shared/domain';
import { AppError } from '../api/app-error';
import type { CallContext, Deps } from '../api/types';
import { type AuditAction, appendAudit } from '../audit/audit-log';

/** Desk methods are staff-only in the permission matrix; this narrows the type and guards a gap. */
export function staffUser(call: CallContext): User {
  if (!call.user) throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu.');
  return call.user;
}

export interface DeskAudit {
  at: string;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  details?: Record<string, string | number | boolean | null>;
  /**
   * The people the record is about. One audit row per person, so each person's processing trail
   * (a UU PDP data-subject request) is complete; one row without a subject when there is nobody.
   */
  subjects?: readonly (string | null)[];
}

/**
 * Audit lines by the calling officer; call inside the transaction of the change they record.
 * Reads that audit use IMMEDIATE transactions too: taking the write lock first means a second
 * connection (the HTTP host beside the app) cannot make a late read-to-write upgrade fail.
 */
export function audit(deps: Deps, user: User, entry: DeskAudit): void {
  const subjects = [...new Set((entry.subjects ?? []).filter((s): s is string => !!s))];
  for (const subjectPersonId of subjects.length > 0 ? subjects : [null]) {
    appendAudit(deps.db, {
      at: entry.at,
      actorUserId: user.id,
      actorLabel: user.username,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      details: entry.details,
      subjectPersonId,
    });
  }
}
