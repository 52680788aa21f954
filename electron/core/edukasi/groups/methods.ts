import type { User } from '../../../shared/domain';
import type { GroupDetail, GroupMembersResult } from '../../../shared/edukasi';
import type { FieldIssue } from '../../../shared/errors';
import { AppError, validationError } from '../../api/app-error';
import type { Deps, MethodTable } from '../../api/types';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { staffUser } from '../../desk/actor';
import { nameKey } from '../../people/name-key';
import { auditEdukasi } from '../audit';
import { withActiveConsent } from '../consent';
import { ageOrNull, today } from '../dates';
import { GROUP_NOT_FOUND, NO_EDUKASI_CONSENT } from '../messages';
import { PERSON_ANONYMISED, PERSON_NOT_FOUND, personBasic } from '../people-ref';
import { findGroupRow, type GroupRow, groupDetail, listGroups, toGroup } from './repository';
import { addMembersInput, createInput, getInput, listInput, removeMemberInput } from './schemas';

export const NAME_TAKEN = 'Nama kelompok ini sudah dipakai. Pakai nama lain, misalnya tambahkan umur atau hari.';

function groupOrThrow(deps: Deps, id: string, day: string): GroupRow {
  const row = findGroupRow(deps.db, id, day);
  if (!row) throw new AppError('NOT_FOUND', GROUP_NOT_FOUND);
  return row;
}

/** A group's roster shows names: one audit row per member shown. */
function viewed(deps: Deps, user: User, detail: GroupDetail, via: string): GroupDetail {
  auditEdukasi(deps, user, {
    action: 'view',
    entity: 'groups',
    entityId: detail.id,
    details: { via },
    subjects: detail.members.map((m) => m.personId),
  });
  return detail;
}

/**
 * Who may join a group: a stored person with an active Rumah Edukasi consent; for a children's
 * group an enrolled child, for a caregivers' group a caregiver. Returns blocking issues and
 * non-blocking warnings (age outside the band).
 */
function memberRefusal(deps: Deps, group: GroupRow, id: string, consented: Set<string>): string | null {
  const p = personBasic(deps.db, id);
  if (!p) return PERSON_NOT_FOUND;
  if (p.anonymised_at) return PERSON_ANONYMISED;
  if (!consented.has(id)) return NO_EDUKASI_CONSENT;
  if (
    group.audience === 'children' &&
    !stmt(deps.db, 'SELECT 1 FROM children WHERE person_id = ? AND left_on IS NULL').get(id)
  ) {
    return 'Kelompok ini untuk anak; orang ini belum terdaftar sebagai anak Rumah Edukasi.';
  }
  if (group.audience === 'caregivers' && !stmt(deps.db, 'SELECT 1 FROM caregivers WHERE person_id = ?').get(id)) {
    return 'Kelompok ini untuk pengasuh; orang ini belum tercatat sebagai pengasuh.';
  }
  return null;
}

function memberChecks(deps: Deps, group: GroupRow, personIds: string[], from: string) {
  const issues: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const consented = withActiveConsent(deps.db, personIds);
  for (const [i, id] of personIds.entries()) {
    const path = `personIds.${i}`;
    const refusal = memberRefusal(deps, group, id, consented);
    if (refusal) {
      issues.push({ path, message: refusal });
      continue;
    }
    const enrolled = stmt(deps.db, 'SELECT 1 FROM children WHERE person_id = ? AND left_on IS NULL').get(id);
    const age = ageOrNull(personBasic(deps.db, id)?.birth_date ?? null, from);
    if (enrolled && age !== null && (group.age_min !== null || group.age_max !== null)) {
      const min = group.age_min ?? 0;
      const max = group.age_max ?? 17;
      if (age < min || age > max) {
        warnings.push({ path, message: `Umur ${age} tahun, di luar rentang kelompok ini (${min}–${max} tahun).` });
      }
    }
  }
  return { issues, warnings };
}

export const groupMethods: MethodTable<
  'groups.create' | 'groups.list' | 'groups.get' | 'groups.addMembers' | 'groups.removeMember'
> = {
  'groups.create': {
    description: 'Membuat kelompok: anak (dengan rentang umur), kelas pengasuh, purna PMI, atau campuran.',
    input: createInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const day = today(deps.clock.now());
      return deps.db
        .transaction(() => {
          const key = nameKey(input.name);
          if (stmt(deps.db, 'SELECT 1 FROM groups WHERE name_key = ? AND archived_at IS NULL').get(key)) {
            throw validationError([{ path: 'name', message: NAME_TAKEN }]);
          }
          const id = deps.newId();
          const now = iso(deps.clock.now());
          stmt(
            deps.db,
            `INSERT INTO groups (id, name, name_key, audience, age_min, age_max, note, archived_at, created_at, created_by,
               updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, 1)`,
          ).run(
            id,
            input.name,
            key,
            input.audience,
            input.ageMin ?? null,
            input.ageMax ?? null,
            input.note || null,
            now,
            user.id,
            now,
            user.id,
          );
          auditEdukasi(deps, user, {
            action: 'create',
            entity: 'groups',
            entityId: id,
            details: { audience: input.audience },
          });
          return toGroup(findGroupRow(deps.db, id, day)!);
        })
        .immediate();
    },
  },
  'groups.list': {
    description: 'Daftar kelompok dengan jumlah anggota dan tanggal kegiatan terakhir (tanpa nama anggota).',
    input: listInput,
    handler: (input, call, deps) => {
      staffUser(call);
      return { items: listGroups(deps.db, today(deps.clock.now()), input.audience) };
    },
  },
  'groups.get': {
    description: 'Membuka satu kelompok dengan anggotanya hari ini (tercatat di log audit).',
    input: getInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const day = today(deps.clock.now());
      return deps.db.transaction(() =>
        viewed(deps, user, groupDetail(deps.db, groupOrThrow(deps, input.id, day), day), 'get'),
      )();
    },
  },
  'groups.addMembers': {
    description: 'Menambahkan anak atau pengasuh ke kelompok mulai tanggal tertentu (bawaan: hari ini).',
    input: addMembersInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const day = today(deps.clock.now());
      const from = input.from ?? day;
      return deps.db
        .transaction((): GroupMembersResult => {
          const group = groupOrThrow(deps, input.groupId, day);
          const { issues, warnings } = memberChecks(deps, group, input.personIds, from);
          if (issues.length > 0) throw validationError(issues);
          const now = iso(deps.clock.now());
          const insert = stmt(
            deps.db,
            `INSERT INTO group_members (id, group_id, person_id, from_date, to_date, created_at, created_by)
             VALUES (?, ?, ?, ?, NULL, ?, ?) ON CONFLICT DO NOTHING`,
          );
          const added: string[] = [];
          for (const personId of input.personIds) {
            if (insert.run(deps.newId(), group.id, personId, from, now, user.id).changes > 0) added.push(personId);
          }
          if (added.length > 0) {
            auditEdukasi(deps, user, {
              action: 'update',
              entity: 'groups',
              entityId: group.id,
              details: { members: 'add', from },
              subjects: added,
            });
          }
          const detail = groupDetail(deps.db, findGroupRow(deps.db, group.id, day)!, day);
          return {
            group: viewed(deps, user, detail, 'add_members'),
            added: added.length,
            alreadyMembers: input.personIds.length - added.length,
            warnings,
          };
        })
        .immediate();
    },
  },
  'groups.removeMember': {
    description:
      'Mengeluarkan orang dari kelompok mulai tanggal tertentu (bawaan: hari ini; tidak ikut absen hari itu).',
    input: removeMemberInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const day = today(deps.clock.now());
      const on = input.on ?? day;
      return deps.db
        .transaction((): GroupDetail => {
          const group = groupOrThrow(deps, input.groupId, day);
          const open = stmt(
            deps.db,
            'SELECT id, from_date FROM group_members WHERE group_id = ? AND person_id = ? AND to_date IS NULL',
          ).get(group.id, input.personId) as { id: string; from_date: string } | undefined;
          if (!open) throw new AppError('NOT_FOUND', 'Orang ini bukan anggota kelompok ini.');
          if (on < open.from_date) {
            throw validationError([
              { path: 'on', message: `Tanggal keluar tidak boleh sebelum tanggal masuk kelompok (${open.from_date}).` },
            ]);
          }
          stmt(deps.db, 'UPDATE group_members SET to_date = ? WHERE id = ?').run(on, open.id);
          auditEdukasi(deps, user, {
            action: 'update',
            entity: 'groups',
            entityId: group.id,
            details: { members: 'remove', on },
            subjects: [input.personId],
          });
          return viewed(deps, user, groupDetail(deps.db, findGroupRow(deps.db, group.id, day)!, day), 'remove_member');
        })
        .immediate();
    },
  },
};
