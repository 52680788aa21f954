import { AppError, validationError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { iso } from '../../clock';
import { audit, staffUser } from '../actor';
import { normaliseReferenceCode } from './reference-code';
import { casesByAgency, findCaseRow, listCases, loadCase } from './repository';
import { addEventInput, byAgencyInput, createInput, getInput, listInput, updateInput } from './schemas';
import { addCaseEvent, CASE_NOT_FOUND, createCase, updateCase } from './write';

export type CaseMethodName =
  | 'cases.create'
  | 'cases.update'
  | 'cases.addEvent'
  | 'cases.get'
  | 'cases.list'
  | 'cases.byAgency';

export const caseMethods: MethodTable<CaseMethodName> = {
  'cases.create': {
    description: 'Catat pengaduan (jenis, risiko, ringkasan, orang, P3MI); memberi kode yang bisa disebut keluarga.',
    input: createInput,
    handler: createCase,
  },
  'cases.update': {
    description: 'Ubah pengaduan dengan pemeriksaan versi; status mengikuti alur dibuka → dirujuk → selesai/ditutup.',
    input: updateInput,
    handler: updateCase,
  },
  'cases.addEvent': {
    description: 'Tambah catatan ke riwayat pengaduan: catatan, rujukan, dan/atau perubahan status.',
    input: addEventInput,
    handler: addCaseEvent,
  },
  'cases.get': {
    description: 'Buka satu pengaduan menurut id atau kode pengaduan (tercatat di log audit).',
    input: getInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      let by: { id: string } | { referenceCode: string };
      if (input.id !== undefined) by = { id: input.id };
      else {
        const code = normaliseReferenceCode(input.referenceCode ?? '');
        if (!code) {
          throw validationError([{ path: 'referenceCode', message: 'Kode pengaduan ditulis seperti KNG-2611-7QK.' }]);
        }
        by = { referenceCode: code };
      }
      return deps.db
        .transaction(() => {
          const row = findCaseRow(deps.db, by);
          if (!row) throw new AppError('NOT_FOUND', CASE_NOT_FOUND);
          const record = loadCase(deps.db, row);
          audit(deps, user, {
            at: iso(deps.clock.now()),
            action: 'view',
            entity: 'cases',
            entityId: row.id,
            subjects: record.people.map((p) => p.personId),
          });
          return record;
        })
        .immediate();
    },
  },
  'cases.list': {
    description: 'Daftar pengaduan terbaru dengan saringan (status, jenis, risiko, P3MI, tanggal) per halaman.',
    input: listInput,
    handler: (input, call, deps) => {
      staffUser(call);
      return listCases(deps.db, input);
    },
  },
  'cases.byAgency': {
    description: 'Pengaduan per P3MI (hanya petugas): jumlah per status dan jenis, atau daftar P3MI yang diadukan.',
    input: byAgencyInput,
    handler: (input, call, deps) => {
      staffUser(call);
      const result = casesByAgency(deps.db, input.agencyId);
      if (!result) throw new AppError('NOT_FOUND', 'P3MI ini tidak ada di daftar P3MI.');
      return result;
    },
  },
};
