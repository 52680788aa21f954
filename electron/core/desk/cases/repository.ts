import {
  CASE_STATUSES,
  CASE_TRANSITIONS,
  type CaseEvent,
  type CaseKind,
  type CaseListInput,
  type CasePersonRole,
  type CaseRecord,
  type CaseRisk,
  type CaseStatus,
  type CaseSummary,
  type CasesByAgency,
  type Page,
  type ReferralTarget,
} from '../../../shared/desk';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { decodeCursor, encodeCursor } from '../cursor';
import { addDays, jakartaDayStartUtc } from '../dates';
import { followUpsOf } from '../follow-ups/repository';
import { agencyRef, staffRef } from '../refs';

export interface CaseRow {
  id: string;
  reference_code: string;
  kind: CaseKind;
  status: CaseStatus;
  risk: CaseRisk;
  summary: string;
  agency_id: string | null;
  consultation_id: string | null;
  opened_at: string;
  resolved_at: string | null;
  closed_at: string | null;
  updated_at: string;
  version: number;
}

const COLUMNS = `k.id, k.reference_code, k.kind, k.status, k.risk, k.summary, k.agency_id, k.consultation_id,
  k.opened_at, k.resolved_at, k.closed_at, k.updated_at, k.version`;

export function findCaseRow(db: Db, by: { id: string } | { referenceCode: string }): CaseRow | undefined {
  return 'id' in by
    ? (stmt(db, `SELECT ${COLUMNS} FROM cases k WHERE k.id = ?`).get(by.id) as CaseRow | undefined)
    : (stmt(db, `SELECT ${COLUMNS} FROM cases k WHERE k.reference_code = ?`).get(by.referenceCode) as
        | CaseRow
        | undefined);
}

function toSummary(db: Db, r: CaseRow): CaseSummary {
  return {
    id: r.id,
    referenceCode: r.reference_code,
    kind: r.kind,
    status: r.status,
    risk: r.risk,
    openedAt: r.opened_at,
    updatedAt: r.updated_at,
    agency: agencyRef(db, r.agency_id),
  };
}

export function casePeople(db: Db, caseId: string) {
  return (
    stmt(
      db,
      `SELECT cp.person_id, cp.role, p.full_name FROM case_people cp JOIN people p ON p.id = cp.person_id
       WHERE cp.case_id = ? ORDER BY cp.role = 'reporter' DESC, p.name_key`,
    ).all(caseId) as { person_id: string; role: CasePersonRole; full_name: string }[]
  ).map((r) => ({ personId: r.person_id, name: r.full_name, role: r.role }));
}

function caseEvents(db: Db, caseId: string): CaseEvent[] {
  const rows = stmt(
    db,
    `SELECT id, at, actor_id, note, referral_to, status_from, status_to FROM case_events
     WHERE case_id = ? ORDER BY at, rowid`,
  ).all(caseId) as {
    id: string;
    at: string;
    actor_id: string;
    note: string;
    referral_to: ReferralTarget | null;
    status_from: CaseStatus | null;
    status_to: CaseStatus | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: staffRef(db, r.actor_id),
    note: r.note,
    referralTo: r.referral_to,
    statusFrom: r.status_from,
    statusTo: r.status_to,
  }));
}

export function loadCase(db: Db, r: CaseRow): CaseRecord {
  return {
    ...toSummary(db, r),
    summary: r.summary,
    consultationId: r.consultation_id,
    people: casePeople(db, r.id),
    events: caseEvents(db, r.id),
    followUps: followUpsOf(db, { kind: 'case', id: r.id }),
    allowedNext: [...CASE_TRANSITIONS[r.status]],
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    version: r.version,
  };
}

export function insertCaseEvent(
  db: Db,
  e: {
    id: string;
    caseId: string;
    at: string;
    actorId: string;
    note: string;
    referralTo: ReferralTarget | null;
    statusFrom: CaseStatus | null;
    statusTo: CaseStatus | null;
  },
): void {
  stmt(
    db,
    `INSERT INTO case_events (id, case_id, at, actor_id, note, referral_to, status_from, status_to)
     VALUES (@id, @caseId, @at, @actorId, @note, @referralTo, @statusFrom, @statusTo)`,
  ).run(e);
}

/** Timestamps that follow the status: resolved_at while resolved or after, closed_at once closed. */
export function statusTimes(row: CaseRow, status: CaseStatus, now: string) {
  return {
    resolvedAt: status === 'resolved' ? now : status === 'open' || status === 'referred' ? null : row.resolved_at,
    closedAt: status === 'closed' ? (row.closed_at ?? now) : null,
  };
}

/**
 * Keyset page by opening time. The agency index drives when an agency is chosen, else the status
 * index, else the time index; both end in (opened_at, id), so there is never a sort. Other
 * filters carry a unary `+` so the planner keeps that choice.
 */
export function planCases(input: CaseListInput, limit: number) {
  const f = input.filters ?? {};
  const params: Record<string, unknown> = { limit: limit + 1 };
  const where: string[] = [];
  if (f.agencyId) {
    params.agencyId = f.agencyId;
    where.push('k.agency_id = @agencyId');
  }
  if (f.personId) {
    // Through case_people's person index: a person is in a handful of complaints at most.
    params.personId = f.personId;
    where.push('k.id IN (SELECT case_id FROM case_people WHERE person_id = @personId)');
  }
  if (f.status) {
    params.status = f.status;
    where.push(f.agencyId ? '+k.status = @status' : 'k.status = @status');
  }
  if (f.kind) {
    params.kind = f.kind;
    where.push('+k.kind = @kind');
  }
  if (f.risk) {
    params.risk = f.risk;
    where.push('+k.risk = @risk');
  }
  if (f.from) {
    params.fromAt = jakartaDayStartUtc(f.from);
    where.push('k.opened_at >= @fromAt');
  }
  if (f.to) {
    params.toAt = jakartaDayStartUtc(addDays(f.to, 1));
    where.push('k.opened_at < @toAt');
  }
  const c = input.cursor ? decodeCursor(input.cursor) : null;
  if (c) {
    params.cAt = c.key;
    params.cId = c.id;
    where.push('(k.opened_at, k.id) < (@cAt, @cId)');
  }
  const sql = `SELECT ${COLUMNS} FROM cases k ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY k.opened_at DESC, k.id DESC LIMIT @limit`;
  return { sql, params };
}

export function listCases(db: Db, input: CaseListInput): Page<CaseSummary> {
  const limit = input.limit ?? 50;
  const plan = planCases(input, limit);
  const rows = stmt(db, plan.sql).all(plan.params) as CaseRow[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toSummary(db, r)),
    nextCursor: more && last ? encodeCursor({ key: last.opened_at, id: last.id }) : null,
  };
}

/** Complaints per agency: one agency in detail, or every agency with complaints, most first. */
export function casesByAgency(db: Db, agencyId: string | undefined): CasesByAgency | null {
  if (!agencyId) {
    const rows = stmt(
      db,
      `SELECT agency_id, COUNT(*) AS total, SUM(status IN ('open', 'referred')) AS open
       FROM cases WHERE agency_id IS NOT NULL GROUP BY agency_id ORDER BY total DESC, agency_id LIMIT 100`,
    ).all() as { agency_id: string; total: number; open: number }[];
    return {
      agencies: rows.flatMap((r) => {
        const agency = agencyRef(db, r.agency_id);
        return agency ? [{ agency, total: r.total, open: r.open }] : [];
      }),
    };
  }
  const agency = agencyRef(db, agencyId);
  if (!agency) return null;
  const byStatus = stmt(db, 'SELECT status, COUNT(*) AS n FROM cases WHERE agency_id = ? GROUP BY status').all(
    agencyId,
  ) as { status: CaseStatus; n: number }[];
  const counts = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
  for (const r of byStatus) counts[r.status] = r.n;
  const byKind = (
    stmt(db, 'SELECT kind, COUNT(*) AS n FROM cases WHERE agency_id = ? GROUP BY kind ORDER BY n DESC, kind').all(
      agencyId,
    ) as { kind: CaseKind; n: number }[]
  ).map((r) => ({ kind: r.kind, count: r.n }));
  const latest = stmt(
    db,
    `SELECT ${COLUMNS} FROM cases k WHERE k.agency_id = ? ORDER BY k.opened_at DESC, k.id DESC LIMIT 100`,
  ).all(agencyId) as CaseRow[];
  return {
    agency,
    counts: { ...counts, total: byStatus.reduce((n, r) => n + r.n, 0) },
    byKind,
    cases: latest.map((r) => toSummary(db, r)),
  };
}
