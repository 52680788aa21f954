/** One row of the append-only audit log as the admin sees it. Never holds a password or full NIK. */
export interface AuditEvent {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string | null;
  /** The person the row is about, when there is one (for a data-subject's processing trail). */
  subjectPersonId: string | null;
  details: Record<string, string | number | boolean | null>;
}

export interface AuditListInput {
  entity?: string;
  entityId?: string;
  actorUserId?: string;
  action?: string;
  /** Inclusive lower bound: `YYYY-MM-DD` (Asia/Jakarta day) or an ISO timestamp. */
  from?: string;
  /** Inclusive upper bound: `YYYY-MM-DD` (the whole Asia/Jakarta day) or an ISO timestamp. */
  to?: string;
  limit?: number;
  /** `nextCursor` of the previous page: rows with a smaller `seq` come next (newest first). */
  cursor?: number;
}

export type AuditChainStatus = { ok: true; rows: number } | { ok: false; brokenAt: number };
