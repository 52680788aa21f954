import type { MethodInput } from '../../../shared/contract';
import type { Journey, JourneyFields, JourneyListResult } from '../../../shared/desk';
import type { FieldIssue } from '../../../shared/errors';
import { AppError, validationError } from '../../api/app-error';
import type { CallContext, Deps, MethodTable } from '../../api/types';
import { iso, jakartaDate } from '../../clock';
import { stmt } from '../../db/statements';
import { audit, staffUser } from '../actor';
import { addMonths, monthBounds } from '../dates';
import { agencyExists, consentFor } from '../refs';
import { checkJourneyDates } from './date-order';
import {
  departingBetween,
  fieldsOf,
  findJourneyRow,
  insertJourney,
  journeysOfPerson,
  nonProcedural,
  returningBetween,
  toJourney,
  updateJourney,
} from './repository';
import { createInput, getInput, listByPersonInput, listsInput, updateInput } from './schemas';

export type JourneyMethodName =
  | 'journeys.create'
  | 'journeys.update'
  | 'journeys.get'
  | 'journeys.listByPerson'
  | 'journeys.lists';

const NOT_FOUND = 'Riwayat migrasi tidak ditemukan. Muat ulang data orang ini.';
const CONFLICT =
  'Riwayat migrasi ini baru saja diubah oleh petugas lain. Isian Anda belum disimpan dan tidak hilang: muat data terbaru, lalu simpan lagi.';

/** Applies a partial input to stored fields: missing stays, null clears. */
function merge(base: JourneyFields, input: Partial<JourneyFields>): JourneyFields {
  const out = { ...base };
  for (const key of Object.keys(base) as (keyof JourneyFields)[]) {
    const value = input[key];
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

const EMPTY: JourneyFields = {
  status: 'planned',
  destination: null,
  job: null,
  sector: null,
  scheme: null,
  agencyId: null,
  familyPermissionAcknowledgedOn: null,
  departedOn: null,
  expectedReturnOn: null,
  returnedOn: null,
  note: null,
};

function checkFields(deps: Deps, f: JourneyFields, issues: FieldIssue[]): void {
  issues.push(...checkJourneyDates(f, jakartaDate(deps.clock.now())));
  if (f.agencyId && !agencyExists(deps.db, f.agencyId)) {
    issues.push({ path: 'agencyId', message: 'P3MI ini tidak ada di daftar P3MI. Pilih dari hasil pencarian.' });
  }
}

function createJourney(input: MethodInput<'journeys.create'>, call: CallContext, deps: Deps): Journey {
  const user = staffUser(call);
  const now = iso(deps.clock.now());
  const id = deps.newId();
  const { personId, ...rest } = input;
  const fields = merge(EMPTY, rest);
  deps.db
    .transaction(() => {
      const issues: FieldIssue[] = [];
      const consentId = consentFor(deps.db, personId, 'migrant_register', 'personId', issues);
      checkFields(deps, fields, issues);
      if (issues.length > 0 || !consentId) throw validationError(issues);
      insertJourney(deps.db, { id, personId, consentId, now, userId: user.id }, fields);
      audit(deps, user, {
        at: now,
        action: 'create',
        entity: 'journeys',
        entityId: id,
        details: { status: fields.status, scheme: fields.scheme },
        subjects: [personId],
      });
    })
    .immediate();
  return toJourney(deps.db, findJourneyRow(deps.db, id)!);
}

function updateJourneyRecord(input: MethodInput<'journeys.update'>, call: CallContext, deps: Deps): Journey {
  const user = staffUser(call);
  const now = iso(deps.clock.now());
  const { id, version, ...rest } = input;
  deps.db
    .transaction(() => {
      const row = findJourneyRow(deps.db, id);
      if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
      if (row.version !== version) throw new AppError('CONFLICT', CONFLICT);
      const fields = merge(fieldsOf(row), rest);
      const issues: FieldIssue[] = [];
      checkFields(deps, fields, issues);
      if (issues.length > 0) throw validationError(issues);
      if (!updateJourney(deps.db, id, version, fields, now, user.id)) throw new AppError('CONFLICT', CONFLICT);
      audit(deps, user, {
        at: now,
        action: 'update',
        entity: 'journeys',
        entityId: id,
        details: { fields: Object.keys(rest).join(','), status: fields.status },
        subjects: [row.person_id],
      });
    })
    .immediate();
  return toJourney(deps.db, findJourneyRow(deps.db, id)!);
}

function lists(input: MethodInput<'journeys.lists'>, call: CallContext, deps: Deps): JourneyListResult {
  const user = staffUser(call);
  const today = jakartaDate(deps.clock.now());
  let result: JourneyListResult;
  if (input.kind === 'departing_this_month') {
    const { from, to } = monthBounds(input.month ?? today.slice(0, 7));
    result = { kind: input.kind, from, to, items: departingBetween(deps.db, from, to) };
  } else if (input.kind === 'contract_ending_3_months') {
    // From today, or from the first day of a chosen month (to plan ahead).
    const from = input.month ? `${input.month}-01` : today;
    const to = addMonths(from, 3);
    result = { kind: input.kind, from, to, items: returningBetween(deps.db, from, to) };
  } else {
    result = { kind: input.kind, from: null, to: null, items: nonProcedural(deps.db) };
  }
  deps.db
    .transaction(() =>
      audit(deps, user, {
        at: iso(deps.clock.now()),
        action: 'view',
        entity: 'journeys',
        entityId: null,
        details: { list: input.kind, results: result.items.length },
      }),
    )
    .immediate();
  return result;
}

export const journeyMethods: MethodTable<JourneyMethodName> = {
  'journeys.create': {
    description: 'Catat riwayat migrasi satu orang (perlu persetujuan untuk pencatatan data migrasi).',
    input: createInput,
    handler: createJourney,
  },
  'journeys.update': {
    description: 'Ubah riwayat migrasi dengan pemeriksaan versi dan urutan tanggal.',
    input: updateInput,
    handler: updateJourneyRecord,
  },
  'journeys.get': {
    description: 'Buka satu riwayat migrasi (tercatat di log audit).',
    input: getInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db
        .transaction(() => {
          const row = findJourneyRow(deps.db, input.id);
          if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
          audit(deps, user, {
            at: iso(deps.clock.now()),
            action: 'view',
            entity: 'journeys',
            entityId: row.id,
            subjects: [row.person_id],
          });
          return toJourney(deps.db, row);
        })
        .immediate();
    },
  },
  'journeys.listByPerson': {
    description: 'Semua riwayat migrasi satu orang, terbaru lebih dulu (tercatat di log audit).',
    input: listByPersonInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db
        .transaction(() => {
          if (!stmt(deps.db, 'SELECT 1 FROM people WHERE id = ?').get(input.personId)) {
            throw new AppError('NOT_FOUND', 'Orang ini tidak ditemukan.');
          }
          const items = journeysOfPerson(deps.db, input.personId);
          audit(deps, user, {
            at: iso(deps.clock.now()),
            action: 'view',
            entity: 'journeys',
            entityId: null,
            details: { list: 'person', results: items.length },
            subjects: [input.personId],
          });
          return { items };
        })
        .immediate();
    },
  },
  'journeys.lists': {
    description: 'Daftar pemantauan: berangkat bulan ini, kontrak berakhir dalam 3 bulan, diduga non-prosedural.',
    input: listsInput,
    handler: lists,
  },
};
