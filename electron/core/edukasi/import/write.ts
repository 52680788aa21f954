import type { EdukasiImportRow } from '../../../shared/edukasi';
import type { FieldIssue } from '../../../shared/errors';
import { AppError } from '../../api/app-error';
import type { CallContext, Deps } from '../../api/types';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { auditEdukasi } from '../audit';
import { caregiverIssues, writeCaregiver } from '../caregivers/add';
import { type EnrolValues, enrolIssues, writeEnrol } from '../children/enrol';
import { findChildRow } from '../children/repository';
import type { PlannedRow } from './plan';

/** A row that failed while writing: in all-or-nothing mode it rolls back the whole import. */
export class RowFailed extends Error {
  constructor(
    readonly row: number,
    readonly messages: string[],
  ) {
    super(messages.join(' '));
  }
}

const messagesOf = (err: AppError) =>
  err.extra.issues && err.extra.issues.length > 0 ? err.extra.issues.map((i) => i.message) : [err.message];

function joinGroup(deps: Deps, call: CallContext, groupId: string, personId: string, from: string): void {
  const added = stmt(
    deps.db,
    `INSERT INTO group_members (id, group_id, person_id, from_date, to_date, created_at, created_by)
     VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT DO NOTHING`,
  ).run(deps.newId(), groupId, personId, from, iso(deps.clock.now()), call.user!.id).changes;
  if (added > 0) {
    auditEdukasi(deps, call.user!, {
      action: 'update',
      entity: 'groups',
      entityId: groupId,
      details: { members: 'add', from, via: 'import' },
      subjects: [personId],
    });
  }
}

/**
 * Writes the planned rows in file order (children before the caregivers that point at them, since
 * caregiver rows link to child rows by row number). Each row is its own savepoint: in
 * 'valid_rows' mode a row that fails is reported and the others stay; in 'all_or_nothing' mode
 * the first failure throws RowFailed and the caller's transaction rolls everything back.
 */
export function writeRows(
  deps: Deps,
  call: CallContext,
  planned: PlannedRow[],
  options: { today: string; allOrNothing: boolean },
): EdukasiImportRow[] {
  const out: EdukasiImportRow[] = [];
  const childIdByRow = new Map<number, string>();
  const personByKey = new Map<string, string>();
  const ordered = [...planned].sort(
    (a, b) => (a.kind === 'caregiver' ? 1 : 0) - (b.kind === 'caregiver' ? 1 : 0) || a.row - b.row,
  );

  for (const p of ordered) {
    if (p.kind === 'blank') {
      out.push({ row: p.row, status: 'skipped', kind: null, key: null, messages: ['Baris kosong, dilewati.'] });
      continue;
    }
    if (p.kind === 'error') {
      out.push({ row: p.row, status: 'error', kind: p.rowKind, key: p.key, messages: p.messages });
      continue;
    }
    try {
      const warnings = deps.db.transaction((): FieldIssue[] => {
        if (p.kind === 'child') {
          const v = p.value;
          const values: EnrolValues = {
            person: { kind: 'new', fullName: v.fullName, sex: v.sex, birthDate: v.birthDate },
            relationInHousehold: 'child',
            consent: {
              givenBy: v.consentGiver,
              parentRole: v.parentRole,
              givenByName: v.consentGiverName ?? undefined,
              method: v.consentMethod,
              evidenceRef: v.consentEvidence,
              purposes: ['rumah_edukasi'],
              textVersion: v.consentTextVersion,
            },
            birthCertificate: v.birthCertificate,
            kia: v.kia,
            bornAbroad: v.bornAbroad,
            schoolLevel: v.schoolLevel,
            enrolledOn: options.today,
            groupId: p.groupId ?? undefined,
          };
          const issues = enrolIssues(deps, values, options.today);
          if (issues.length > 0)
            throw new RowFailed(
              p.row,
              issues.map((i) => i.message),
            );
          const { childId, warnings } = writeEnrol(deps, call, values);
          childIdByRow.set(p.row, childId);
          return warnings;
        }
        const childId = 'fileRow' in p.link ? childIdByRow.get(p.link.fileRow) : p.link.childId;
        const child = childId ? findChildRow(deps.db, childId) : undefined;
        if (!child)
          throw new RowFailed(p.row, [
            'Baris anak yang dirujuk tidak tersimpan, jadi pengasuh ini juga tidak disimpan.',
          ]);
        const v = p.value;
        const personId = personByKey.get(p.personKey) ?? p.existingPersonId;
        const hasPrimary =
          'childId' in p.link &&
          stmt(
            deps.db,
            'SELECT 1 FROM care_arrangements WHERE child_id = ? AND is_primary = 1 AND to_date IS NULL',
          ).get(child.id) !== undefined;
        const values = {
          person: personId
            ? ({ kind: 'existing', id: personId } as const)
            : ({
                kind: 'new',
                fullName: v.fullName,
                sex: v.sex ?? undefined,
                birthDate: v.birthDate ?? undefined,
              } as const),
          consent:
            v.consentMethod && v.consentTextVersion
              ? {
                  method: v.consentMethod,
                  evidenceRef: v.consentEvidence ?? undefined,
                  textVersion: v.consentTextVersion,
                }
              : undefined,
          relation: v.relation,
          courtAppointedGuardian: false,
          from: options.today,
          primary: p.primary && !hasPrimary,
        };
        const issues = caregiverIssues(deps, child, values, options.today);
        if (issues.length > 0)
          throw new RowFailed(
            p.row,
            issues.map((i) => i.message),
          );
        const written = writeCaregiver(deps, call, child, values);
        personByKey.set(p.personKey, written.personId);
        if (p.groupId) joinGroup(deps, call, p.groupId, written.personId, options.today);
        return [];
      })();
      out.push({
        row: p.row,
        status: 'inserted',
        kind: p.kind,
        key: p.key,
        messages: warnings.map((w) => w.message),
      });
    } catch (err) {
      const failure =
        err instanceof RowFailed ? err : err instanceof AppError ? new RowFailed(p.row, messagesOf(err)) : null;
      if (!failure) throw err;
      if (options.allOrNothing) throw failure;
      out.push({ row: p.row, status: 'error', kind: p.kind, key: p.key, messages: failure.messages });
    }
  }
  return out.sort((a, b) => a.row - b.row);
}
