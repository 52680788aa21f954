import { AppError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { iso } from '../../clock';
import { audit, staffUser } from '../actor';
import { listConsultations } from './list';
import { loadConsultation } from './repository';
import { createInput, getInput, listInput, updateInput } from './schemas';
import { createConsultation, updateConsultationRecord } from './write';

export type ConsultationMethodName =
  | 'consultations.create'
  | 'consultations.update'
  | 'consultations.get'
  | 'consultations.list';

export const consultationMethods: MethodTable<ConsultationMethodName> = {
  'consultations.create': {
    description:
      'Catat konsultasi: cara layanan, pengunjung (orang dengan persetujuan, atau anonim), topik, rujukan, tindak lanjut.',
    input: createInput,
    handler: createConsultation,
  },
  'consultations.update': {
    description: 'Ubah konsultasi dengan pemeriksaan versi: bila petugas lain menyimpan lebih dulu, hasilnya CONFLICT.',
    input: updateInput,
    handler: updateConsultationRecord,
  },
  'consultations.get': {
    description: 'Buka satu konsultasi lengkap dengan tindak lanjutnya (tercatat di log audit).',
    input: getInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db
        .transaction(() => {
          const c = loadConsultation(deps.db, input.id);
          if (!c)
            throw new AppError('NOT_FOUND', 'Konsultasi tidak ditemukan. Mungkin sudah dihapus; muat ulang daftar.');
          audit(deps, user, {
            at: iso(deps.clock.now()),
            action: 'view',
            entity: 'consultations',
            entityId: c.id,
            subjects: [c.visitor.kind === 'person' ? c.visitor.personId : null],
          });
          return c;
        })
        .immediate();
    },
  },
  'consultations.list': {
    description: 'Daftar konsultasi terbaru dengan saringan (status, tanggal, topik, tanda, orang, kata) per halaman.',
    input: listInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const filters = input.filters ?? {};
      const page = listConsultations(deps.db, input);
      // Looking up one person's history, or searching by name, is a read of that person's record.
      // Browsing the latest consultations is not logged per call (it would cost a disk write each time).
      if (filters.personId || filters.q) {
        deps.db
          .transaction(() =>
            audit(deps, user, {
              at: iso(deps.clock.now()),
              action: 'view',
              entity: 'consultations',
              entityId: null,
              details: { list: filters.personId ? 'person' : 'search', results: page.items.length },
              subjects: filters.personId ? [filters.personId] : [],
            }),
          )
          .immediate();
      }
      return page;
    },
  },
};
