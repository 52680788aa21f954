import type { MethodInput } from '../../../shared/contract';
import type { CaseRecord, CaseStatus } from '../../../shared/desk';
import type { FieldIssue } from '../../../shared/errors';
import { AppError, validationError } from '../../api/app-error';
import type { CallContext, Deps } from '../../api/types';
import { iso, jakartaDate } from '../../clock';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { getVillage } from '../../settings/repository';
import { audit, staffUser } from '../actor';
import { checkDueOn } from '../dates';
import { insertFollowUp } from '../follow-ups/repository';
import { agencyExists, consentFor } from '../refs';
import { randomSuffix, villagePrefix, yymm } from './reference-code';
import { type CaseRow, findCaseRow, insertCaseEvent, loadCase, statusTimes } from './repository';
import { checkTransition } from './status-machine';

export const CASE_NOT_FOUND = 'Pengaduan tidak ditemukan. Periksa kodenya, atau muat ulang daftar.';
export const CASE_CONFLICT =
  'Pengaduan ini baru saja diubah oleh petugas lain. Isian Anda belum disimpan dan tidak hilang: muat data terbaru, lalu simpan lagi.';

/** Tries fresh random suffixes until one is free; 23³ codes per village per month. */
export function newReferenceCode(db: Db, deps: Deps, nowMs: number): string {
  const head = `${villagePrefix(getVillage(db)?.name)}-${yymm(jakartaDate(nowMs))}`;
  const taken = stmt(db, 'SELECT 1 FROM cases WHERE reference_code = ?');
  for (let attempt = 0; attempt < 50; attempt++) {
    const code = `${head}-${randomSuffix(deps.random)}`;
    if (!taken.get(code)) return code;
  }
  throw new AppError('CONFLICT', 'Kode pengaduan baru tidak bisa dibuat saat ini. Coba simpan sekali lagi.');
}

function checkAgency(db: Db, agencyId: string | null | undefined, issues: FieldIssue[]): void {
  if (agencyId && !agencyExists(db, agencyId)) {
    issues.push({ path: 'agencyId', message: 'P3MI ini tidak ada di daftar P3MI. Pilih dari hasil pencarian.' });
  }
}

export function createCase(input: MethodInput<'cases.create'>, call: CallContext, deps: Deps): CaseRecord {
  const user = staffUser(call);
  const nowMs = deps.clock.now();
  const now = iso(nowMs);
  const early: FieldIssue[] = [];
  if (input.followUp) checkDueOn(input.followUp.dueOn, jakartaDate(nowMs), 'followUp.dueOn', early);
  if (early.length > 0) throw validationError(early);
  const { db } = deps;
  const id = deps.newId();
  const people = input.people ?? [];
  db.transaction(() => {
    const issues: FieldIssue[] = [];
    // Everyone named in a complaint is stored under a consent for the desk's service, as for consultations.
    const consents = people.map((p, i) => consentFor(db, p.personId, 'consultation', `people.${i}.personId`, issues));
    checkAgency(db, input.agencyId, issues);
    if (input.consultationId && !stmt(db, 'SELECT 1 FROM consultations WHERE id = ?').get(input.consultationId)) {
      issues.push({ path: 'consultationId', message: 'Konsultasi ini tidak ditemukan.' });
    }
    if (issues.length > 0) throw validationError(issues);

    const code = newReferenceCode(db, deps, nowMs);
    stmt(
      db,
      `INSERT INTO cases (id, reference_code, kind, status, risk, summary, agency_id, consultation_id, opened_at,
         created_at, created_by, updated_at, updated_by, version)
       VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    ).run(
      id,
      code,
      input.kind,
      input.risk,
      input.summary,
      input.agencyId ?? null,
      input.consultationId ?? null,
      now,
      now,
      user.id,
      now,
      user.id,
    );
    const addPerson = stmt(db, 'INSERT INTO case_people (case_id, person_id, role, consent_id) VALUES (?, ?, ?, ?)');
    people.forEach((p, i) => {
      addPerson.run(id, p.personId, p.role, consents[i]);
    });
    insertCaseEvent(db, {
      id: deps.newId(),
      caseId: id,
      at: now,
      actorId: user.id,
      note: 'Pengaduan dicatat.',
      referralTo: null,
      statusFrom: null,
      statusTo: null,
    });
    if (input.followUp) {
      insertFollowUp(db, {
        id: deps.newId(),
        target: { kind: 'case', id },
        dueOn: input.followUp.dueOn,
        note: input.followUp.note ?? '',
        now,
        userId: user.id,
      });
    }
    audit(deps, user, {
      at: now,
      action: 'create',
      entity: 'cases',
      entityId: id,
      details: { referenceCode: code, kind: input.kind, risk: input.risk, people: people.length },
      subjects: people.map((p) => p.personId),
    });
  }).immediate();
  return loadCase(db, findCaseRow(db, { id })!);
}

function peopleOf(db: Db, caseId: string): string[] {
  return (stmt(db, 'SELECT person_id FROM case_people WHERE case_id = ?').all(caseId) as { person_id: string }[]).map(
    (r) => r.person_id,
  );
}

function applyStatus(db: Db, row: CaseRow, to: CaseStatus, now: string, userId: string): void {
  const t = statusTimes(row, to, now);
  stmt(
    db,
    `UPDATE cases SET status = ?, resolved_at = ?, closed_at = ?, updated_at = ?, updated_by = ?, version = version + 1
     WHERE id = ? AND version = ?`,
  ).run(to, t.resolvedAt, t.closedAt, now, userId, row.id, row.version);
}

export function updateCase(input: MethodInput<'cases.update'>, call: CallContext, deps: Deps): CaseRecord {
  const user = staffUser(call);
  const now = iso(deps.clock.now());
  const { db } = deps;
  db.transaction(() => {
    const row = findCaseRow(db, { id: input.id });
    if (!row) throw new AppError('NOT_FOUND', CASE_NOT_FOUND);
    if (row.version !== input.version) throw new AppError('CONFLICT', CASE_CONFLICT);
    const issues: FieldIssue[] = [];
    const statusChange = input.status !== undefined && input.status !== row.status;
    if (statusChange) {
      const check = checkTransition(row.status, input.status!);
      if (!check.ok) issues.push({ path: 'status', message: check.message });
    }
    checkAgency(db, input.agencyId, issues);
    if (issues.length > 0) throw validationError(issues);

    const status = input.status ?? row.status;
    const times = statusTimes(row, status, now);
    const changed = stmt(
      db,
      `UPDATE cases SET status = ?, kind = ?, risk = ?, summary = ?, agency_id = ?, resolved_at = ?, closed_at = ?,
         updated_at = ?, updated_by = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    ).run(
      status,
      input.kind ?? row.kind,
      input.risk ?? row.risk,
      input.summary ?? row.summary,
      input.agencyId === undefined ? row.agency_id : input.agencyId,
      statusChange ? times.resolvedAt : row.resolved_at,
      statusChange ? times.closedAt : row.closed_at,
      now,
      user.id,
      row.id,
      row.version,
    ).changes;
    if (changed === 0) throw new AppError('CONFLICT', CASE_CONFLICT);
    if (statusChange || input.note) {
      insertCaseEvent(db, {
        id: deps.newId(),
        caseId: row.id,
        at: now,
        actorId: user.id,
        note: input.note ?? '',
        referralTo: null,
        statusFrom: statusChange ? row.status : null,
        statusTo: statusChange ? status : null,
      });
    }
    audit(deps, user, {
      at: now,
      action: 'update',
      entity: 'cases',
      entityId: row.id,
      details: {
        fields: (['status', 'kind', 'risk', 'summary', 'agencyId'] as const)
          .filter((k) => input[k] !== undefined)
          .join(','),
        statusTo: statusChange ? status : null,
      },
      subjects: peopleOf(db, row.id),
    });
  }).immediate();
  return loadCase(db, findCaseRow(db, { id: input.id })!);
}

/** Appends to the timeline; a status step here follows the same machine as cases.update. */
export function addCaseEvent(input: MethodInput<'cases.addEvent'>, call: CallContext, deps: Deps): CaseRecord {
  const user = staffUser(call);
  const now = iso(deps.clock.now());
  const { db } = deps;
  db.transaction(() => {
    const row = findCaseRow(db, { id: input.id });
    if (!row) throw new AppError('NOT_FOUND', CASE_NOT_FOUND);
    const statusTo = input.statusTo ?? null;
    if (statusTo) {
      const check = checkTransition(row.status, statusTo);
      if (!check.ok) throw validationError([{ path: 'statusTo', message: check.message }]);
      applyStatus(db, row, statusTo, now, user.id);
    } else {
      // The timeline changed, so the record did: an open edit form must reload before saving.
      stmt(db, 'UPDATE cases SET updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?').run(
        now,
        user.id,
        row.id,
      );
    }
    insertCaseEvent(db, {
      id: deps.newId(),
      caseId: row.id,
      at: now,
      actorId: user.id,
      note: input.note,
      referralTo: input.referralTo ?? null,
      statusFrom: statusTo ? row.status : null,
      statusTo,
    });
    audit(deps, user, {
      at: now,
      action: 'update',
      entity: 'cases',
      entityId: row.id,
      details: { event: true, referralTo: input.referralTo ?? null, statusTo },
      subjects: peopleOf(db, row.id),
    });
  }).immediate();
  return loadCase(db, findCaseRow(db, { id: input.id })!);
}
