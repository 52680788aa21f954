import type { User } from '../../../shared/domain';
import type { HouseholdDetail } from '../../../shared/edukasi';
import type { FieldIssue } from '../../../shared/errors';
import { AppError, validationError } from '../../api/app-error';
import type { Deps, MethodTable } from '../../api/types';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { staffUser } from '../../desk/actor';
import { auditEdukasi } from '../audit';
import { addHouseholdMember } from '../children/enrol';
import { today } from '../dates';
import { PERSON_ANONYMISED, PERSON_NOT_FOUND, personBasic } from '../people-ref';
import { findHousehold, householdDetail } from './repository';
import { addMemberInput, createInput, getInput } from './schemas';

const NOT_FOUND = 'Keluarga tidak ditemukan. Muat ulang daftar keluarga.';

function personIssue(deps: Deps, personId: string, path: string): FieldIssue | null {
  const p = personBasic(deps.db, personId);
  if (!p) return { path, message: PERSON_NOT_FOUND };
  if (p.anonymised_at) return { path, message: PERSON_ANONYMISED };
  return null;
}

/** Opening a household shows its members: one audit row per person shown. */
function viewed(deps: Deps, user: User, detail: HouseholdDetail, via: string): HouseholdDetail {
  const people = new Set([...detail.members.map((m) => m.personId), ...detail.children.map((c) => c.personId)]);
  auditEdukasi(deps, user, {
    action: 'view',
    entity: 'households',
    entityId: detail.household.id,
    details: { via },
    subjects: [...people],
  });
  return detail;
}

export const householdMethods: MethodTable<'households.create' | 'households.get' | 'households.addMember'> = {
  'households.create': {
    description: 'Mencatat keluarga (tanpa nomor KK) dengan anggotanya: orang tua, pengasuh, anak.',
    input: createInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const members = input.members ?? [];
      return deps.db
        .transaction((): HouseholdDetail => {
          const issues = members
            .map((m, i) => personIssue(deps, m.personId, `members.${i}.personId`))
            .filter((i): i is FieldIssue => i !== null);
          if (issues.length > 0) throw validationError(issues);
          const id = deps.newId();
          const now = iso(deps.clock.now());
          stmt(
            deps.db,
            `INSERT INTO households (id, label, dusun, rt, rw, note, created_at, created_by, updated_at, updated_by, version)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
          ).run(
            id,
            input.label,
            input.dusun ?? null,
            input.rt ?? null,
            input.rw ?? null,
            input.note || null,
            now,
            user.id,
            now,
            user.id,
          );
          for (const m of members) addHouseholdMember(deps, id, m.personId, m.relation, now);
          auditEdukasi(deps, user, {
            action: 'create',
            entity: 'households',
            entityId: id,
            details: { members: members.length },
            subjects: members.map((m) => m.personId),
          });
          return householdDetail(deps.db, findHousehold(deps.db, id)!, today(deps.clock.now()));
        })
        .immediate();
    },
  },
  'households.get': {
    description:
      'Membuka satu keluarga: anggota, riwayat migrasi orang tua, anak yang terdaftar (tercatat di log audit).',
    input: getInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db.transaction(() => {
        const household = findHousehold(deps.db, input.id);
        if (!household) throw new AppError('NOT_FOUND', NOT_FOUND);
        return viewed(deps, user, householdDetail(deps.db, household, today(deps.clock.now())), 'get');
      })();
    },
  },
  'households.addMember': {
    description: 'Menambah orang ke keluarga, atau mengubah hubungannya dengan kepala keluarga.',
    input: addMemberInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db
        .transaction((): HouseholdDetail => {
          const household = findHousehold(deps.db, input.householdId);
          if (!household) throw new AppError('NOT_FOUND', NOT_FOUND);
          const issue = personIssue(deps, input.personId, 'personId');
          if (issue) throw validationError([issue]);
          const now = iso(deps.clock.now());
          stmt(
            deps.db,
            `INSERT INTO household_members (household_id, person_id, relation, added_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (household_id, person_id) DO UPDATE SET relation = excluded.relation`,
          ).run(household.id, input.personId, input.relation, now);
          auditEdukasi(deps, user, {
            action: 'update',
            entity: 'households',
            entityId: household.id,
            details: { member: 'add', relation: input.relation },
            subjects: [input.personId],
          });
          return householdDetail(deps.db, household, today(deps.clock.now()));
        })
        .immediate();
    },
  },
};
