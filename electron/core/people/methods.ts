import { z } from 'zod';
import type { FieldIssue } from '../../shared/errors';
import { AppError, validationError } from '../api/app-error';
import type { Deps, MethodTable } from '../api/types';
import { signedInUser } from '../auth/signed-in';
import { iso } from '../clock';
import { stmt } from '../db/statements';
import { auditPerson, auditViews } from './audit';
import { canSeeChildren, hideChildren, isChildRecord } from './child-privacy';
import { consentsOf, giverIssues, insertConsent } from './consents';
import { findDuplicates } from './duplicates';
import { checkPersonFields, consentIssues } from './fields';
import { PERSON_NOT_FOUND, STALE } from './messages';
import { nameKey } from './name-key';
import { maskNik } from './nik';
import { nikHashForWrite } from './nik-hash';
import { getPersonRow, type PersonValues, personIdByNikHash, rowValues, toPerson } from './repository';
import { checkDuplicatesInput, createPersonInput, idField, searchInput, updatePersonInput } from './schemas';
import { searchPeople } from './search';

const ANONYMISED = 'Data orang ini sudah dianonimkan dan tidak dapat diubah lagi.';
const NIK_TAKEN = 'NIK ini sudah tercatat untuk orang lain. Periksa daftar kemungkinan data ganda.';

const nikTaken = () => new AppError('CONFLICT', NIK_TAKEN, { issues: [{ path: 'nik', message: NIK_TAKEN }] });

/** Same name and birth date as someone already stored: shown, never blocking. */
function duplicateWarnings(
  deps: Deps,
  fullName: string,
  birthDate: string | null,
  selfId: string | null,
): FieldIssue[] {
  if (!birthDate) return [];
  const same = findDuplicates(deps.db, { fullName, birthDate }, selfId).filter((d) =>
    d.reasons.includes('name_birth_date'),
  );
  return same.length > 0
    ? [
        {
          path: 'fullName',
          message: 'Sudah ada orang dengan nama dan tanggal lahir yang sama. Pastikan bukan orang yang sama.',
        },
      ]
    : [];
}

const UPDATE_SQL = `UPDATE people SET full_name = @fullName, name_key = @nameKey, nik_hash = @nikHash,
  nik_masked = @nikMasked, sex = @sex, birth_date = @birthDate, phone_e164 = @phone, region_code = @regionCode,
  dusun = @dusun, rt = @rt, rw = @rw, note = @note, updated_at = @at, updated_by = @by, version = version + 1
  WHERE id = @id AND version = @version`;

type EditableKey = Exclude<keyof PersonValues, 'nikHash' | 'nikMasked'>;
const EDITABLE: readonly EditableKey[] = [
  'fullName',
  'sex',
  'birthDate',
  'phone',
  'regionCode',
  'dusun',
  'rt',
  'rw',
  'note',
];

export const peopleMethods: MethodTable<
  'people.search' | 'people.checkDuplicates' | 'people.create' | 'people.get' | 'people.update'
> = {
  'people.search': {
    description: 'Cari orang menurut nama, NIK lengkap, atau nomor HP. NIK hanya ditampilkan tersamar.',
    input: searchInput,
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      const found = searchPeople(deps.db, input.q, { limit: input.limit ?? 20, offset: input.offset ?? 0 });
      const result = { ...found, items: hideChildren(deps.db, call.role, found.items) };
      auditViews(
        deps,
        actor,
        result.items.map((p) => p.id),
        `search_${result.by}`,
      );
      return result;
    },
  },
  'people.checkDuplicates': {
    description: 'Sebelum menambah orang baru: orang dengan NIK sama, atau nama dan tanggal lahir sama.',
    input: checkDuplicatesInput,
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      const items = hideChildren(deps.db, call.role, findDuplicates(deps.db, input));
      auditViews(
        deps,
        actor,
        items.map((p) => p.id),
        'duplicate_check',
      );
      return { items };
    },
  },
  'people.create': {
    description: 'Menyimpan orang baru beserta persetujuannya (wajib). NIK dicek strukturnya dan disimpan tersamar.',
    input: createPersonInput,
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      const values: PersonValues = {
        fullName: input.fullName,
        nikHash: null,
        nikMasked: null,
        sex: input.sex ?? null,
        birthDate: input.birthDate ?? null,
        phone: input.phone ?? null,
        regionCode: input.regionCode ?? null,
        dusun: input.dusun ?? null,
        rt: input.rt ?? null,
        rw: input.rw ?? null,
        note: input.note ?? null,
      };
      const check = checkPersonFields(deps, input, values);
      const issues = [
        ...check.issues,
        ...consentIssues(deps, input.consent, values.birthDate),
        ...giverIssues(deps.db, input.consent, null),
      ];
      if (issues.length > 0) throw validationError(issues);
      const warnings = [...check.warnings, ...duplicateWarnings(deps, values.fullName, values.birthDate, null)];

      return deps.db.transaction(() => {
        const at = iso(deps.clock.now());
        const id = deps.newId();
        if (check.nikDigits) {
          values.nikHash = nikHashForWrite(deps, check.nikDigits);
          values.nikMasked = maskNik(check.nikDigits);
          if (personIdByNikHash(deps.db, values.nikHash)) throw nikTaken();
        }
        stmt(
          deps.db,
          `INSERT INTO people (id, full_name, name_key, nik_hash, nik_masked, sex, birth_date, phone_e164, region_code,
               dusun, rt, rw, note, created_at, created_by, updated_at, updated_by, version, anonymised_at)
             VALUES (@id, @fullName, @nameKey, @nikHash, @nikMasked, @sex, @birthDate, @phone, @regionCode,
               @dusun, @rt, @rw, @note, @at, @by, @at, @by, 1, NULL)`,
        ).run({ ...values, id, nameKey: nameKey(values.fullName), at, by: actor.id });
        const consent = insertConsent(deps.db, {
          id: deps.newId(),
          subjectId: id,
          consent: input.consent,
          at,
          recordedBy: actor.id,
        });
        const given = [...EDITABLE, 'nik'].filter((k) => input[k as keyof typeof input] !== undefined);
        auditPerson(deps, actor, 'create', id, { details: { fields: given.join(',') } });
        auditPerson(deps, actor, 'create', id, {
          entity: 'consent',
          entityId: consent.id,
          details: { purposes: consent.purposes.join(','), givenBy: consent.givenBy, method: consent.method },
        });
        return { person: toPerson(getPersonRow(deps.db, id)!), consent, warnings };
      })();
    },
  },
  'people.get': {
    description: 'Membuka data satu orang dan riwayat persetujuannya (tercatat di log audit).',
    input: z.strictObject({ id: idField }),
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      const row = getPersonRow(deps.db, input.id);
      if (!row || (!canSeeChildren(call.role) && isChildRecord(deps.db, row.id))) {
        throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
      }
      auditPerson(deps, actor, 'view', row.id);
      return { person: toPerson(row), consents: consentsOf(deps.db, row.id) };
    },
  },
  'people.update': {
    description: 'Mengubah data orang. Kirim versi yang dimuat; bila sudah diubah orang lain, hasilnya CONFLICT.',
    input: updatePersonInput,
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      const row = getPersonRow(deps.db, input.id);
      if (!row || (!canSeeChildren(call.role) && isChildRecord(deps.db, row.id))) {
        throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
      }
      if (row.anonymised_at) throw new AppError('CONFLICT', ANONYMISED);
      if (row.version !== input.version) throw new AppError('CONFLICT', STALE);

      const values = rowValues(row);
      const changed: string[] = [];
      for (const key of EDITABLE) {
        const v = input[key];
        if (v === undefined) continue;
        (values as unknown as Record<string, unknown>)[key] = v;
        changed.push(key);
      }
      if (input.nik !== undefined) changed.push('nik');
      const check = checkPersonFields(deps, input, values);
      if (check.issues.length > 0) throw validationError(check.issues);
      if (changed.length === 0) return { person: toPerson(row), warnings: [] };
      const warnings = [
        ...check.warnings,
        ...(input.fullName !== undefined || input.birthDate
          ? duplicateWarnings(deps, values.fullName, values.birthDate, row.id)
          : []),
      ];

      return deps.db.transaction(() => {
        if (input.nik === null) {
          values.nikHash = null;
          values.nikMasked = null;
        } else if (check.nikDigits) {
          values.nikHash = nikHashForWrite(deps, check.nikDigits);
          values.nikMasked = maskNik(check.nikDigits);
          const owner = personIdByNikHash(deps.db, values.nikHash);
          if (owner && owner !== row.id) throw nikTaken();
        }
        const written = stmt(deps.db, UPDATE_SQL).run({
          ...values,
          nameKey: nameKey(values.fullName),
          at: iso(deps.clock.now()),
          by: actor.id,
          id: row.id,
          version: input.version,
        }).changes;
        // Another officer saved between our read and this write: roll back, change nothing.
        if (written === 0) throw new AppError('CONFLICT', STALE);
        auditPerson(deps, actor, 'update', row.id, { details: { fields: changed.join(',') } });
        return { person: toPerson(getPersonRow(deps.db, row.id)!), warnings };
      })();
    },
  },
};
