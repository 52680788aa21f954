import type { ChildDetail } from '../../../shared/edukasi';
import type { FieldIssue } from '../../../shared/errors';
import { AppError, validationError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { emptyInput } from '../../api/zod-messages';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { staffUser } from '../../desk/actor';
import { auditEdukasi } from '../audit';
import { today } from '../dates';
import { CHILD_NOT_FOUND, CHILD_STALE } from '../messages';
import { addHouseholdMember, enrolIssues, HOUSEHOLD_NOT_FOUND, writeEnrol } from './enrol';
import { childForWrite } from './guards';
import { listChildren } from './list';
import { parentCandidates } from './parent-candidates';
import { type ChildRow, childDetail, findChildRow, toChildSummary, WITHOUT_DOCUMENTS_SQL } from './repository';
import {
  enrolInput,
  getInput,
  leaveInput,
  linkParentInput,
  listInput,
  parentCandidatesInput,
  updateInput,
} from './schemas';

export type ChildMethodName =
  | 'children.enrol'
  | 'children.get'
  | 'children.list'
  | 'children.update'
  | 'children.leave'
  | 'children.withoutDocuments'
  | 'children.linkParentAbroad'
  | 'children.parentCandidates';

export const childMethods: MethodTable<ChildMethodName> = {
  'children.enrol': {
    description:
      'Mendaftarkan anak ke Rumah Edukasi. Wajib dengan persetujuan orang tua/wali untuk Rumah Edukasi (UU PDP Pasal 25); umur di bawah 18 tahun.',
    input: enrolInput,
    handler: (input, call, deps) => {
      staffUser(call);
      const day = today(deps.clock.now());
      const values = {
        ...input,
        relationInHousehold: input.relationInHousehold ?? 'child',
        enrolledOn: input.enrolledOn ?? day,
      };
      const issues = enrolIssues(deps, values, day);
      if (issues.length > 0) throw validationError(issues);
      const { childId, warnings } = deps.db.transaction(() => writeEnrol(deps, call, values)).immediate();
      return { child: childDetail(deps.db, findChildRow(deps.db, childId)!, day), warnings };
    },
  },
  'children.get': {
    description:
      'Membuka data satu anak: dokumen, sekolah, keluarga, orang tua di luar negeri, pengasuh, kelompok (tercatat di log audit).',
    input: getInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db.transaction((): ChildDetail => {
        const row = findChildRow(deps.db, input.id);
        if (!row) throw new AppError('NOT_FOUND', CHILD_NOT_FOUND);
        auditEdukasi(deps, user, { action: 'view', entity: 'children', entityId: row.id, subjects: [row.person_id] });
        return childDetail(deps.db, row, today(deps.clock.now()));
      })();
    },
  },
  'children.list': {
    description: 'Daftar anak menurut nama (per halaman); bawaan: anak aktif dengan persetujuan yang berlaku.',
    input: listInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db.transaction(() => {
        const page = listChildren(deps.db, input, today(deps.clock.now()));
        for (const child of page.items) {
          auditEdukasi(deps, user, {
            action: 'view',
            entity: 'children',
            entityId: child.id,
            details: { via: 'list' },
            subjects: [child.personId],
          });
        }
        return page;
      })();
    },
  },
  'children.update': {
    description:
      'Mengubah akta, KIA, lahir di luar negeri, jenjang sekolah atau keluarga anak. Kirim versi yang dimuat.',
    input: updateInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const { id, version, ...changes } = input;
      const day = today(deps.clock.now());
      return deps.db
        .transaction((): ChildDetail => {
          const row = childForWrite(deps.db, id);
          if (row.version !== version) throw new AppError('CONFLICT', CHILD_STALE);
          const householdId = changes.householdId === undefined ? row.household_id : changes.householdId;
          if (householdId && !stmt(deps.db, 'SELECT 1 FROM households WHERE id = ?').get(householdId)) {
            throw validationError([{ path: 'householdId', message: HOUSEHOLD_NOT_FOUND }]);
          }
          const fields = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined);
          if (fields.length === 0) return childDetail(deps.db, row, day);
          const now = iso(deps.clock.now());
          const written = stmt(
            deps.db,
            `UPDATE children SET birth_certificate = ?, kia = ?, born_abroad = ?, school_level = ?, household_id = ?,
               updated_at = ?, updated_by = ?, version = version + 1
             WHERE id = ? AND version = ?`,
          ).run(
            changes.birthCertificate ?? row.birth_certificate,
            changes.kia ?? row.kia,
            changes.bornAbroad === undefined ? row.born_abroad : changes.bornAbroad ? 1 : 0,
            changes.schoolLevel ?? row.school_level,
            householdId,
            now,
            user.id,
            id,
            version,
          ).changes;
          if (written === 0) throw new AppError('CONFLICT', CHILD_STALE);
          if (householdId !== row.household_id) {
            // Moving to another household: the child belongs to the new one only.
            if (row.household_id) {
              stmt(deps.db, 'DELETE FROM household_members WHERE household_id = ? AND person_id = ?').run(
                row.household_id,
                row.person_id,
              );
            }
            if (householdId) addHouseholdMember(deps, householdId, row.person_id, 'child', now);
          }
          auditEdukasi(deps, user, {
            action: 'update',
            entity: 'children',
            entityId: id,
            details: { fields: fields.join(',') },
            subjects: [row.person_id],
          });
          return childDetail(deps.db, findChildRow(deps.db, id)!, day);
        })
        .immediate();
    },
  },
  'children.leave': {
    description: 'Mencatat anak keluar dari Rumah Edukasi; keanggotaan kelompoknya berakhir pada tanggal itu.',
    input: leaveInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const day = today(deps.clock.now());
      return deps.db
        .transaction((): ChildDetail => {
          const row = findChildRow(deps.db, input.id);
          if (!row) throw new AppError('NOT_FOUND', CHILD_NOT_FOUND);
          if (row.left_on) throw new AppError('CONFLICT', `Anak ini sudah tercatat keluar sejak ${row.left_on}.`);
          const issues: FieldIssue[] = [];
          if (input.leftOn > day)
            issues.push({ path: 'leftOn', message: 'Tanggal keluar tidak boleh sesudah hari ini.' });
          if (input.leftOn < row.enrolled_on) {
            issues.push({
              path: 'leftOn',
              message: `Tanggal keluar tidak boleh sebelum tanggal daftar (${row.enrolled_on}).`,
            });
          }
          if (issues.length > 0) throw validationError(issues);
          const now = iso(deps.clock.now());
          stmt(
            deps.db,
            'UPDATE children SET left_on = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?',
          ).run(input.leftOn, now, user.id, row.id);
          const ended = stmt(
            deps.db,
            'UPDATE group_members SET to_date = max(from_date, ?) WHERE person_id = ? AND to_date IS NULL',
          ).run(input.leftOn, row.person_id).changes;
          auditEdukasi(deps, user, {
            action: 'update',
            entity: 'children',
            entityId: row.id,
            details: { fields: 'leftOn', groupsEnded: ended },
            subjects: [row.person_id],
          });
          return childDetail(deps.db, findChildRow(deps.db, row.id)!, day);
        })
        .immediate();
    },
  },
  'children.withoutDocuments': {
    description:
      'Anak aktif tanpa akta lahir atau tanpa KIA (termasuk yang belum diketahui): daftar rujukan ke Disdukcapil.',
    input: emptyInput,
    handler: (_input, call, deps) => {
      const user = staffUser(call);
      const day = today(deps.clock.now());
      return deps.db.transaction(() => {
        const rows = stmt(deps.db, WITHOUT_DOCUMENTS_SQL).all() as ChildRow[];
        const items = rows.map((r) => ({ ...toChildSummary(r, day), bornAbroad: r.born_abroad === 1 }));
        for (const r of rows) {
          auditEdukasi(deps, user, {
            action: 'view',
            entity: 'children',
            entityId: r.id,
            details: { via: 'without_documents' },
            subjects: [r.person_id],
          });
        }
        return {
          items,
          counts: {
            noBirthCertificate: rows.filter((r) => r.birth_certificate !== 'yes').length,
            noKia: rows.filter((r) => r.kia !== 'yes').length,
            total: rows.length,
          },
        };
      })();
    },
  },
  'children.parentCandidates': {
    description:
      'Mencari riwayat migrasi ayah atau ibu seorang anak menurut nama, untuk ditautkan (nama, negara, status dan tanggal saja).',
    input: parentCandidatesInput,
    handler: (input, call, deps) => {
      staffUser(call);
      const child = findChildRow(deps.db, input.childId);
      if (!child) throw new AppError('NOT_FOUND', CHILD_NOT_FOUND);
      return { items: parentCandidates(deps.db, child.person_id, input.q) };
    },
  },
  'children.linkParentAbroad': {
    description: 'Menautkan anak dengan riwayat migrasi ayah atau ibunya yang bekerja di luar negeri.',
    input: linkParentInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const day = today(deps.clock.now());
      return deps.db
        .transaction((): ChildDetail => {
          const row = childForWrite(deps.db, input.childId);
          const journey = stmt(deps.db, 'SELECT id, person_id FROM journeys WHERE id = ?').get(input.journeyId) as
            | { id: string; person_id: string }
            | undefined;
          if (!journey) {
            throw validationError([
              { path: 'journeyId', message: 'Riwayat migrasi tidak ditemukan. Pilih dari riwayat migrasi orang tua.' },
            ]);
          }
          if (journey.person_id === row.person_id) {
            throw validationError([
              { path: 'journeyId', message: 'Ini riwayat migrasi anak itu sendiri; pilih milik ayah atau ibunya.' },
            ]);
          }
          const other = stmt(
            deps.db,
            `SELECT j.person_id FROM child_parents_abroad l JOIN journeys j ON j.id = l.journey_id
             WHERE l.child_id = ? AND l.role = ? AND j.person_id <> ? LIMIT 1`,
          ).get(row.id, input.role, journey.person_id);
          if (other) {
            const who = input.role === 'father' ? 'ayah' : 'ibu';
            throw validationError([
              {
                path: 'role',
                message: `Anak ini sudah ditautkan dengan ${who} yang lain. Satu anak hanya punya satu ${who}; periksa pilihan ayah/ibu.`,
              },
            ]);
          }
          const now = iso(deps.clock.now());
          stmt(
            deps.db,
            `INSERT INTO child_parents_abroad (child_id, journey_id, role, linked_at, linked_by) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (child_id, journey_id) DO UPDATE SET role = excluded.role`,
          ).run(row.id, journey.id, input.role, now, user.id);
          auditEdukasi(deps, user, {
            action: 'update',
            entity: 'children',
            entityId: row.id,
            details: { parentAbroad: input.role, journeyId: journey.id },
            subjects: [row.person_id, journey.person_id],
          });
          return childDetail(deps.db, findChildRow(deps.db, row.id)!, day);
        })
        .immediate();
    },
  },
};
