import type {
  Consultation,
  ConsultationChannel,
  ConsultationListItem,
  ConsultationStatus,
  ConsultationTopic,
  Referral,
  VisitorRelation,
  VisitorView,
} from '../../../shared/desk';
import { AppError } from '../../api/app-error';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { followUpsOf } from '../follow-ups/repository';
import { formatTicket } from '../queue-desk/format';
import { staffRef } from '../refs';

/** A consultations row as stored, with the visitor's name and the officer's name joined in. */
export interface ConsultationRow {
  seq: number;
  id: string;
  at: string;
  officer_id: string;
  officer_name: string | null;
  channel: ConsultationChannel;
  person_id: string | null;
  person_name: string | null;
  anonymous_label: string | null;
  relation: VisitorRelation;
  journey_id: string | null;
  topics: string;
  destination: string | null;
  summary: string;
  flag_non_procedural: number;
  flag_trafficking: number;
  referrals: string;
  status: ConsultationStatus;
  closed_at: string | null;
  consent_id: string | null;
  queue_ticket_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The columns every read selects; lists and get share them so mapping is one function. */
export const ROW_COLUMNS = `c.seq, c.id, c.at, c.officer_id, u.display_name AS officer_name, c.channel,
  c.person_id, p.full_name AS person_name, c.anonymous_label, c.relation, c.journey_id, c.topics, c.destination,
  c.summary, c.flag_non_procedural, c.flag_trafficking, c.referrals, c.status, c.closed_at, c.consent_id,
  c.queue_ticket_id, c.created_at, c.updated_at, c.version`;
export const ROW_JOINS = `LEFT JOIN people p ON p.id = c.person_id LEFT JOIN users u ON u.id = c.officer_id`;

function visitorOf(r: ConsultationRow): VisitorView {
  return r.person_id
    ? { kind: 'person', personId: r.person_id, name: r.person_name ?? '' }
    : { kind: 'anonymous', label: r.anonymous_label ?? '' };
}

export function toListItem(r: ConsultationRow): ConsultationListItem {
  return {
    id: r.id,
    at: r.at,
    officerName: r.officer_name ?? '(akun dihapus)',
    channel: r.channel,
    visitor: visitorOf(r),
    relation: r.relation,
    topics: JSON.parse(r.topics) as ConsultationTopic[],
    destination: r.destination,
    flags: { nonProcedural: r.flag_non_procedural === 1, traffickingSuspected: r.flag_trafficking === 1 },
    status: r.status,
    summaryPreview: r.summary.length > 120 ? `${r.summary.slice(0, 119)}…` : r.summary,
  };
}

export function findConsultationRow(db: Db, id: string): ConsultationRow | undefined {
  return stmt(db, `SELECT ${ROW_COLUMNS} FROM consultations c ${ROW_JOINS} WHERE c.id = ?`).get(id) as
    | ConsultationRow
    | undefined;
}

export function loadConsultation(db: Db, id: string): Consultation | null {
  const r = findConsultationRow(db, id);
  if (!r) return null;
  const ticket = r.queue_ticket_id
    ? (stmt(db, 'SELECT prefix, number FROM queue_tickets WHERE id = ?').get(r.queue_ticket_id) as
        | { prefix: string; number: number }
        | undefined)
    : undefined;
  const caseIds = (
    stmt(db, 'SELECT id FROM cases WHERE consultation_id = ? ORDER BY opened_at').all(id) as { id: string }[]
  ).map((c) => c.id);
  const item = toListItem(r);
  return {
    id: r.id,
    at: r.at,
    officer: staffRef(db, r.officer_id),
    channel: r.channel,
    visitor: item.visitor,
    relation: r.relation,
    journeyId: r.journey_id,
    topics: item.topics,
    destination: r.destination,
    summary: r.summary,
    flags: item.flags,
    referrals: JSON.parse(r.referrals) as Referral[],
    status: r.status,
    closedAt: r.closed_at,
    queueTicket: ticket ? formatTicket(ticket.prefix, ticket.number) : null,
    consentId: r.consent_id,
    followUps: followUpsOf(db, { kind: 'consultation', id }),
    caseIds,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The stored shape of the editable fields, written by create and update alike. */
export interface ConsultationValues {
  at: string;
  channel: ConsultationChannel;
  personId: string | null;
  anonymousLabel: string | null;
  relation: VisitorRelation;
  journeyId: string | null;
  topics: ConsultationTopic[];
  destination: string | null;
  summary: string;
  flagNonProcedural: boolean;
  flagTrafficking: boolean;
  referrals: Referral[];
  status: ConsultationStatus;
  closedAt: string | null;
  consentId: string | null;
}

const bindValues = (v: ConsultationValues) => ({
  at: v.at,
  channel: v.channel,
  personId: v.personId,
  anonymousLabel: v.anonymousLabel,
  relation: v.relation,
  journeyId: v.journeyId,
  topics: JSON.stringify(v.topics),
  destination: v.destination,
  summary: v.summary,
  flagNonProcedural: v.flagNonProcedural ? 1 : 0,
  flagTrafficking: v.flagTrafficking ? 1 : 0,
  referrals: JSON.stringify(v.referrals),
  status: v.status,
  closedAt: v.closedAt,
  consentId: v.consentId,
});

/** Same-millisecond slots per key: more consultations than this in one millisecond is refused. */
export const SEQ_SLOTS = 1024;

/** The list key of a consultation at `at`: milliseconds × 1024 plus the first free slot. */
export function nextSeq(db: Db, at: string): number {
  const base = Date.parse(at) * SEQ_SLOTS;
  const r = stmt(db, 'SELECT MAX(seq) AS m FROM consultations WHERE seq >= ? AND seq < ?').get(
    base,
    base + SEQ_SLOTS,
  ) as {
    m: number | null;
  };
  const seq = r.m === null ? base : r.m + 1;
  if (seq >= base + SEQ_SLOTS) {
    throw new AppError(
      'CONFLICT',
      'Terlalu banyak konsultasi tercatat pada waktu yang persis sama. Coba simpan sekali lagi.',
    );
  }
  return seq;
}

export function insertConsultation(
  db: Db,
  row: { id: string; officerId: string; queueTicketId: string | null; now: string; userId: string },
  v: ConsultationValues,
): void {
  const seq = nextSeq(db, v.at);
  stmt(
    db,
    `INSERT INTO consultations (seq, id, at, officer_id, channel, person_id, anonymous_label, relation, journey_id,
       topics, destination, summary, flag_non_procedural, flag_trafficking, referrals, status, closed_at, consent_id,
       queue_ticket_id, created_at, created_by, updated_at, updated_by, version)
     VALUES (@seq, @id, @at, @officerId, @channel, @personId, @anonymousLabel, @relation, @journeyId, @topics,
       @destination, @summary, @flagNonProcedural, @flagTrafficking, @referrals, @status, @closedAt, @consentId,
       @queueTicketId, @now, @userId, @now, @userId, 1)`,
  ).run({ ...bindValues(v), ...row, seq });
  writeTopics(db, row.id, v.topics, seq);
}

/** Writes only when `version` still matches; returns false when another officer saved first. */
export function updateConsultation(
  db: Db,
  current: { id: string; at: string; seq: number },
  version: number,
  v: ConsultationValues,
  now: string,
  userId: string,
): boolean {
  const { id } = current;
  // A corrected time moves the consultation in the lists: it gets the key of its new time.
  const seq = v.at === current.at ? current.seq : nextSeq(db, v.at);
  const changed = stmt(
    db,
    `UPDATE consultations SET seq = @seq, at = @at, channel = @channel, person_id = @personId, anonymous_label = @anonymousLabel,
       relation = @relation, journey_id = @journeyId, topics = @topics, destination = @destination,
       summary = @summary, flag_non_procedural = @flagNonProcedural, flag_trafficking = @flagTrafficking,
       referrals = @referrals, status = @status, closed_at = @closedAt, consent_id = @consentId,
       updated_at = @now, updated_by = @userId, version = version + 1
     WHERE id = @id AND version = @version`,
  ).run({ ...bindValues(v), id, version, now, userId, seq }).changes;
  if (changed === 0) return false;
  stmt(db, 'DELETE FROM consultation_topics WHERE consultation_id = ?').run(id);
  writeTopics(db, id, v.topics, seq);
  return true;
}

function writeTopics(db: Db, id: string, topics: readonly ConsultationTopic[], seq: number): void {
  const insert = stmt(db, 'INSERT INTO consultation_topics (topic, seq, consultation_id) VALUES (?, ?, ?)');
  for (const t of topics) insert.run(t, seq, id);
}
