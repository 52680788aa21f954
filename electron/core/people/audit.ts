import type { User } from '../../shared/domain';
import type { Deps } from '../api/types';
import { type AuditAction, appendAudit } from '../audit/audit-log';
import { iso } from '../clock';

/**
 * One audit row about a person (UU PDP Pasal 31: every processing is recorded). Details carry
 * field names and counts only, never values: no NIK, no phone, no name in the log.
 */
export function auditPerson(
  deps: Deps,
  actor: User,
  action: AuditAction,
  personId: string,
  options: { entity?: string; entityId?: string; details?: Record<string, string | number | boolean | null> } = {},
): void {
  appendAudit(deps.db, {
    at: iso(deps.clock.now()),
    actorUserId: actor.id,
    actorLabel: actor.username,
    action,
    entity: options.entity ?? 'person',
    entityId: options.entityId ?? personId,
    subjectPersonId: personId,
    details: options.details,
  });
}

/** Every person shown in a result list counts as viewed: one row each, so each has a trail. */
export function auditViews(deps: Deps, actor: User, personIds: string[], via: string): void {
  if (personIds.length === 0) return;
  deps.db.transaction(() => {
    for (const id of personIds) auditPerson(deps, actor, 'view', id, { details: { via } });
  })();
}
