import { z } from 'zod';
import { CARE_RELATIONS } from '../../../shared/edukasi';
import { adultPersonSchema, booleanSchema, caregiverConsentSchema, dateSchema, freeText, idSchema } from '../schemas';

export const careRelationSchema = z.enum(
  CARE_RELATIONS,
  'Pilih hubungan pengasuh dengan anak: ayah, ibu, kakek, nenek, paman, bibi, kakak, saudara lain, tetangga, orang tua asuh, lembaga, atau lainnya.',
);

export const addInput = z.strictObject({
  childId: idSchema,
  person: adultPersonSchema,
  consent: caregiverConsentSchema.optional(),
  relation: careRelationSchema,
  courtAppointedGuardian: booleanSchema('Wali sah (penetapan pengadilan): pilih ya atau tidak.').optional(),
  from: dateSchema.optional(),
  primary: booleanSchema('Pengasuh utama: pilih ya atau tidak.').optional(),
});

export const trainingInput = z.strictObject({
  caregiverId: idSchema,
  on: dateSchema,
  provider: freeText(2, 120).optional(),
});
