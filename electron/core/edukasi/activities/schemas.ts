import { z } from 'zod';
import { ACTIVITY_KINDS } from '../../../shared/edukasi';
import { dateSchema, freeText, idSchema, timeSchema } from '../schemas';

export const activityKindSchema = z.enum(
  ACTIVITY_KINDS,
  'Pilih jenis kegiatan: calistung, belajar kelompok, kerohanian, kesenian, olahraga, literasi digital, konseling, pengasuhan jarak jauh, kelas pengasuh, kunjungan rumah, atau lainnya.',
);

export const createInput = z
  .strictObject({
    groupId: idSchema.optional(),
    date: dateSchema.optional(),
    startTime: timeSchema,
    endTime: timeSchema,
    kind: activityKindSchema,
    title: freeText(2, 120),
    facilitator: freeText(2, 120),
    place: freeText(2, 120),
  })
  .superRefine((a, ctx) => {
    if (a.endTime <= a.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Jam selesai harus sesudah jam mulai.' });
    }
  });

export const listInput = z
  .strictObject({ from: dateSchema, to: dateSchema, groupId: idSchema.optional() })
  .superRefine((r, ctx) => {
    if (r.to < r.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' });
    }
  });

export const getInput = z.strictObject({ id: idSchema });
