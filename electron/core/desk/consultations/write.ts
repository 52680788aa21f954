import type { MethodInput } from '../../../shared/contract';
import type { Consultation, VisitorInput } from '../../../shared/desk';
import type { FieldIssue } from '../../../shared/errors';
import { AppError, validationError } from '../../api/app-error';
import type { CallContext, Deps } from '../../api/types';
import { iso, jakartaDate } from '../../clock';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { audit, staffUser } from '../actor';
import { checkDueOn } from '../dates';
import { insertFollowUp } from '../follow-ups/repository';
import { consentFor } from '../refs';
import {
  type ConsultationValues,
  findConsultationRow,
  insertConsultation,
  loadConsultation,
  updateConsultation,
} from './repository';

/** A consultation may be logged afterwards, but not ahead of the clock (a few minutes of skew allowed). */
const FUTURE_SKEW_MS = 5 * 60_000;
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');

export const CONSULTATION_CONFLICT =
  'Konsultasi ini baru saja diubah oleh petugas lain. Isian Anda belum disimpan dan tidak hilang: muat data terbaru, lalu simpan lagi.';
const NOT_FOUND = 'Konsultasi tidak ditemukan. Mungkin sudah dihapus; muat ulang daftar.';

function checkAt(at: string, nowMs: number, issues: FieldIssue[]): void {
  const t = Date.parse(at);
  if (t > nowMs + FUTURE_SKEW_MS) issues.push({ path: 'at', message: 'Waktu konsultasi tidak boleh di masa depan.' });
  else if (t < EARLIEST) issues.push({ path: 'at', message: 'Waktu konsultasi terlalu jauh di masa lalu.' });
}

function resolveVisitor(db: Db, visitor: VisitorInput, issues: FieldIssue[]) {
  if (visitor.kind === 'anonymous') return { personId: null, anonymousLabel: visitor.label, consentId: null };
  const consentId = consentFor(db, visitor.personId, 'consultation', 'visitor.personId', issues);
  return { personId: visitor.personId, anonymousLabel: null, consentId };
}

function checkJourney(db: Db, journeyId: string | null | undefined, issues: FieldIssue[]): void {
  if (journeyId && !stmt(db, 'SELECT 1 FROM journeys WHERE id = ?').get(journeyId)) {
    issues.push({ path: 'journeyId', message: 'Riwayat migrasi ini tidak ditemukan.' });
  }
}

function checkTicket(db: Db, ticketId: string, issues: FieldIssue[]): void {
  const t = stmt(db, 'SELECT consultation_id FROM queue_tickets WHERE id = ?').get(ticketId) as
    | { consultation_id: string | null }
    | undefined;
  if (!t) issues.push({ path: 'queueTicketId', message: 'Nomor antrian tidak ditemukan.' });
  else if (t.consultation_id)
    issues.push({ path: 'queueTicketId', message: 'Nomor antrian ini sudah tercatat pada konsultasi lain.' });
}

export function createConsultation(
  input: MethodInput<'consultations.create'>,
  call: CallContext,
  deps: Deps,
): Consultation {
  const user = staffUser(call);
  const nowMs = deps.clock.now();
  const now = iso(nowMs);
  const at = input.at ?? now;
  const early: FieldIssue[] = [];
  checkAt(at, nowMs, early);
  if (input.followUp) checkDueOn(input.followUp.dueOn, jakartaDate(nowMs), 'followUp.dueOn', early);
  if (early.length > 0) throw validationError(early);

  const id = deps.newId();
  const { db } = deps;
  db.transaction(() => {
    const issues: FieldIssue[] = [];
    const visitor = resolveVisitor(db, input.visitor, issues);
    checkJourney(db, input.journeyId, issues);
    if (input.queueTicketId) checkTicket(db, input.queueTicketId, issues);
    if (issues.length > 0) throw validationError(issues);

    const values: ConsultationValues = {
      at,
      channel: input.channel,
      ...visitor,
      relation: input.relation,
      journeyId: input.journeyId ?? null,
      topics: input.topics,
      destination: input.destination ?? null,
      summary: input.summary ?? '',
      flagNonProcedural: input.flags?.nonProcedural ?? false,
      flagTrafficking: input.flags?.traffickingSuspected ?? false,
      referrals: (input.referrals ?? []).map((r) => ({ to: r.to, note: r.note || null })),
      status: 'open',
      closedAt: null,
    };
    insertConsultation(
      db,
      { id, officerId: user.id, queueTicketId: input.queueTicketId ?? null, now, userId: user.id },
      values,
    );
    if (input.followUp) {
      insertFollowUp(db, {
        id: deps.newId(),
        target: { kind: 'consultation', id },
        dueOn: input.followUp.dueOn,
        note: input.followUp.note ?? '',
        now,
        userId: user.id,
      });
    }
    if (input.queueTicketId) {
      // Serving a ticket ends it: the TV stops showing it, and the ticket points at this record.
      stmt(
        db,
        `UPDATE queue_tickets SET status = 'served', consultation_id = ?, served_by = COALESCE(served_by, ?)
         WHERE id = ?`,
      ).run(id, user.id, input.queueTicketId);
    }
    audit(deps, user, {
      at: now,
      action: 'create',
      entity: 'consultations',
      entityId: id,
      details: {
        anonymous: visitor.personId === null,
        topics: input.topics.length,
        flagged: values.flagNonProcedural || values.flagTrafficking,
        followUp: input.followUp !== undefined,
        queueTicketId: input.queueTicketId ?? null,
      },
      subjects: [visitor.personId],
    });
  }).immediate();
  return loadConsultation(db, id)!;
}

const EDITABLE = [
  'at',
  'channel',
  'visitor',
  'relation',
  'journeyId',
  'topics',
  'destination',
  'summary',
  'flags',
  'referrals',
  'status',
] as const;

export function updateConsultationRecord(
  input: MethodInput<'consultations.update'>,
  call: CallContext,
  deps: Deps,
): Consultation {
  const user = staffUser(call);
  const nowMs = deps.clock.now();
  const now = iso(nowMs);
  const { db } = deps;
  db.transaction(() => {
    const row = findConsultationRow(db, input.id);
    if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
    // Checked before anything else: a stale form must never overwrite a newer save.
    if (row.version !== input.version) throw new AppError('CONFLICT', CONSULTATION_CONFLICT);

    const issues: FieldIssue[] = [];
    if (input.at !== undefined) checkAt(input.at, nowMs, issues);
    const visitor = input.visitor
      ? resolveVisitor(db, input.visitor, issues)
      : { personId: row.person_id, anonymousLabel: row.anonymous_label, consentId: row.consent_id };
    if (input.journeyId !== undefined) checkJourney(db, input.journeyId, issues);
    if (issues.length > 0) throw validationError(issues);

    const status = input.status ?? row.status;
    const values: ConsultationValues = {
      at: input.at ?? row.at,
      channel: input.channel ?? row.channel,
      ...visitor,
      relation: input.relation ?? row.relation,
      journeyId: input.journeyId === undefined ? row.journey_id : input.journeyId,
      topics: input.topics ?? JSON.parse(row.topics),
      destination: input.destination === undefined ? row.destination : input.destination,
      summary: input.summary ?? row.summary,
      flagNonProcedural: input.flags?.nonProcedural ?? row.flag_non_procedural === 1,
      flagTrafficking: input.flags?.traffickingSuspected ?? row.flag_trafficking === 1,
      referrals: input.referrals
        ? input.referrals.map((r) => ({ to: r.to, note: r.note || null }))
        : JSON.parse(row.referrals),
      status,
      closedAt: status === 'closed' ? (row.closed_at ?? now) : null,
    };
    if (!updateConsultation(db, row, input.version, values, now, user.id)) {
      throw new AppError('CONFLICT', CONSULTATION_CONFLICT);
    }
    audit(deps, user, {
      at: now,
      action: 'update',
      entity: 'consultations',
      entityId: input.id,
      details: { fields: EDITABLE.filter((k) => input[k] !== undefined).join(','), version: input.version + 1 },
      // A visitor corrected from one person to another: both trails show the change.
      subjects: [row.person_id, visitor.personId],
    });
  }).immediate();
  return loadConsultation(db, input.id)!;
}
