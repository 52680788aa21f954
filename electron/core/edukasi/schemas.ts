import { z } from 'zod';
import {
  CHILD_CONSENT_GIVERS,
  EDUKASI_CONSENT_PURPOSES,
  type EdukasiConsentPurpose,
  PARENT_ROLES,
} from '../../shared/edukasi';
import { CONSENT_METHODS, SEXES } from '../../shared/people';
import { text } from '../api/zod-messages';
import { dateSchema, freeText, idSchema, objectError } from '../desk/schemas';
import { birthDateField, createPersonInput } from '../people/schemas';

export { limitSchema, versionSchema } from '../desk/schemas';
/**
 * Zod pieces shared by the Rumah Edukasi methods. Ids, dates and free text reuse the desk's
 * schemas (same messages everywhere); a new person reuses the people schema, so names, NIK,
 * phone and RT/RW are checked exactly as on the people form.
 */
export { dateSchema, freeText, idSchema, objectError };

export const timeSchema = z
  .string('Tulis jam sebagai JJ:MM, misalnya 14:30.')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tulis jam sebagai JJ:MM, misalnya 14:30.');

export const booleanSchema = (message = 'Pilih ya atau tidak.') => z.boolean(message);

const consentMethodSchema = z.enum(
  CONSENT_METHODS,
  'Pilih cara persetujuan: tertulis, rekaman telepon, rekaman pesan, atau elektronik.',
);

export const NO_CHILD_CONSENT =
  'Catat persetujuan orang tua atau wali (siapa, cara, bukti, untuk apa) sebelum mendaftarkan anak (UU PDP Pasal 25).';
export const CONSENT_MUST_COVER_EDUKASI =
  'Persetujuan harus mencakup kegiatan Rumah Edukasi. Tanpa itu anak tidak bisa didaftarkan (UU PDP Pasal 25).';

/** A parent's or guardian's consent for a child, with proof (UU PDP Pasal 24–25). */
export const childConsentSchema = z.strictObject(
  {
    givenBy: z.enum(
      CHILD_CONSENT_GIVERS,
      'Pilih siapa yang memberi persetujuan: orang tua di luar negeri, orang tua di rumah, wali, atau lainnya.',
    ),
    parentRole: z.enum(PARENT_ROLES, 'Pilih ayah atau ibu.').optional(),
    givenByName: text(2, 120).refine((s) => /\p{L}/u.test(s), 'Nama harus memuat huruf.'),
    method: consentMethodSchema,
    evidenceRef: freeText(1, 200),
    purposes: z
      .array(
        z.enum(EDUKASI_CONSENT_PURPOSES, 'Tujuan tidak dikenal: pilih Rumah Edukasi, foto, atau pelaporan.'),
        'Pilih untuk apa data anak dipakai.',
      )
      .max(EDUKASI_CONSENT_PURPOSES.length, 'Setiap tujuan cukup dipilih sekali.')
      .refine((p) => new Set(p).size === p.length, 'Setiap tujuan cukup dipilih sekali.')
      .refine((p) => p.includes('rumah_edukasi' satisfies EdukasiConsentPurpose), CONSENT_MUST_COVER_EDUKASI),
    textVersion: text(1, 40),
  },
  objectError(NO_CHILD_CONSENT),
);

export const caregiverConsentSchema = z.strictObject(
  {
    method: consentMethodSchema,
    evidenceRef: freeText(1, 200).optional(),
    textVersion: text(1, 40),
  },
  objectError('Catat persetujuan pengasuh (cara dan versi teks persetujuan).'),
);

const existingPerson = z.strictObject({ kind: z.literal('existing'), id: idSchema });
const newPersonFields = createPersonInput.omit({ consent: true });

/** A child: someone already stored, or a new person; sex and birth date are required for a child. */
export const childPersonSchema = z.discriminatedUnion(
  'kind',
  [
    existingPerson,
    newPersonFields.extend({
      kind: z.literal('new'),
      sex: z.enum(SEXES, 'Pilih L (laki-laki) atau P (perempuan).'),
      birthDate: birthDateField,
    }),
  ],
  { error: 'Pilih anak: orang yang sudah tercatat, atau isi data orang baru.' },
);

export const adultPersonSchema = z.discriminatedUnion(
  'kind',
  [existingPerson, newPersonFields.extend({ kind: z.literal('new') })],
  { error: 'Pilih pengasuh: orang yang sudah tercatat, atau isi data orang baru.' },
);

export const idList = (max: number, noun: string) =>
  z
    .array(idSchema, `Pilih ${noun}.`)
    .min(1, `Pilih minimal satu ${noun}.`)
    .max(max, `Paling banyak ${max} ${noun} sekaligus.`);
