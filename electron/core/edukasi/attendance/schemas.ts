import { z } from 'zod';
import { ATTENDANCE_STATUSES, HISTORY_PRESETS } from '../../../shared/edukasi';
import { booleanSchema, dateSchema, freeText, idSchema } from '../schemas';

export const STATUS_MESSAGE = 'Status tidak dikenal: pilih Hadir, Terlambat, Izin, Sakit, atau Alpa.';
export const DUPLICATE_MARK = 'Orang ini muncul dua kali di daftar absen. Sisakan satu.';

/** A roll call is at most a few hundred people (a one-off event for the whole village). */
export const MAX_MARKS = 500;

const markSchema = z.strictObject({
  personId: idSchema,
  status: z.enum(ATTENDANCE_STATUSES, STATUS_MESSAGE),
  note: freeText(0, 200).optional(),
});

export const sheetInput = z.strictObject({ activityId: idSchema });

export const recordInput = z.strictObject({
  activityId: idSchema,
  marks: z
    .array(markSchema, 'Kirim daftar absen.')
    .min(1, 'Daftar absen kosong: tidak ada yang disimpan.')
    .max(MAX_MARKS, `Paling banyak ${MAX_MARKS} orang dalam satu absen.`)
    .superRefine((marks, ctx) => {
      const seen = new Set<string>();
      marks.forEach((m, i) => {
        if (seen.has(m.personId)) ctx.addIssue({ code: 'custom', path: [i, 'personId'], message: DUPLICATE_MARK });
        seen.add(m.personId);
      });
    }),
  confirmPastEdit: booleanSchema('Konfirmasi: pilih ya atau tidak.').optional(),
});

export const historyInput = z.strictObject({
  personId: idSchema,
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  preset: z.enum(HISTORY_PRESETS, 'Pilih rentang: 7 hari, 30 hari, atau 365 hari terakhir.').optional(),
});
