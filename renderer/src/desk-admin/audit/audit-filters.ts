import type { AuditListInput } from '../../../../electron/shared/audit';

export interface AuditFilterValues {
  action: string;
  entity: string;
  actorUserId: string;
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilterValues = { action: '', entity: '', actorUserId: '', from: '', to: '' };
export const AUDIT_PER_PAGE = 50;

/** The audit.list input; empty filters are left out, and a reversed date range is swapped. */
export function auditListInput(v: AuditFilterValues, cursor: number | null): AuditListInput {
  let { from, to } = v;
  if (from && to && from > to) [from, to] = [to, from];
  return {
    ...(v.action ? { action: v.action } : {}),
    ...(v.entity ? { entity: v.entity } : {}),
    ...(v.actorUserId ? { actorUserId: v.actorUserId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    limit: AUDIT_PER_PAGE,
    ...(cursor !== null ? { cursor } : {}),
  };
}
