import { z } from 'zod';
import { text } from '../../api/zod-messages';
import { householdRelationSchema } from '../children/schemas';
import { freeText, idSchema } from '../schemas';

const rtRw = z
  .string('RT/RW berupa angka, contoh 003.')
  .trim()
  .regex(/^\d{1,3}$/, 'RT/RW berupa angka, contoh 003.')
  .transform((s) => s.padStart(3, '0'));

const member = z.strictObject({ personId: idSchema, relation: householdRelationSchema });

export const createInput = z.strictObject({
  // A label the educator recognises ("Keluarga Bpk. Darsono, Blok Kidul"); never a KK number.
  label: freeText(2, 120),
  dusun: text(1, 60).optional(),
  rt: rtRw.optional(),
  rw: rtRw.optional(),
  note: freeText(0, 500).optional(),
  members: z
    .array(member, 'Daftar anggota keluarga tidak valid.')
    .max(30, 'Paling banyak 30 anggota keluarga.')
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((m, i) => {
        if (seen.has(m.personId)) {
          ctx.addIssue({ code: 'custom', path: [i, 'personId'], message: 'Orang ini sudah ada di daftar anggota.' });
        }
        seen.add(m.personId);
      });
    })
    .optional(),
});

export const getInput = z.strictObject({ id: idSchema });

export const addMemberInput = z.strictObject({
  householdId: idSchema,
  personId: idSchema,
  relation: householdRelationSchema,
});
