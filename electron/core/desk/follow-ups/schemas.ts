import { z } from 'zod';
import { FOLLOW_UP_OUTCOMES } from '../../../shared/desk';
import { dateSchema, freeText, idSchema, objectError } from '../schemas';

export const targetSchema = z.strictObject(
  {
    kind: z.enum(['consultation', 'case'], 'Pilih: tindak lanjut konsultasi atau pengaduan.'),
    id: idSchema,
  },
  objectError('Pilih konsultasi atau pengaduan yang ditindaklanjuti.'),
);

const nextSchema = z.strictObject(
  { dueOn: dateSchema, note: freeText(0, 300).optional() },
  objectError('Isi tanggal tindak lanjut berikutnya.'),
);

export const createInput = z.strictObject({
  target: targetSchema,
  dueOn: dateSchema,
  note: freeText(0, 300).optional(),
});

export const dueInput = z.strictObject({ on: dateSchema.optional() });

export const completeInput = z
  .strictObject({
    id: idSchema,
    outcome: z.enum(
      FOLLOW_UP_OUTCOMES,
      'Pilih hasil: sudah dihubungi, tidak bisa dihubungi, berangkat resmi, berangkat non-prosedural, batal, dirujuk, atau lainnya.',
    ),
    note: freeText(0, 500).nullable().optional(),
    /** Schedule the next contact in the same step (e.g. nobody answered the phone). */
    next: nextSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'other' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Tulis hasilnya bila memilih "Lainnya".' });
    }
  });
