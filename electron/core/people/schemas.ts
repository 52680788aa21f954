import { z } from 'zod';
import { CONSENT_METHODS, CONSENT_PURPOSES, CONSENT_RELATIONS, SEXES } from '../../shared/people';
import { text } from '../api/zod-messages';
import { isRealDate } from './birth-date';
import { normalisePhone, PHONE_MESSAGE } from './phone';

/**
 * Input schemas of the people methods. Checks that need the install's data (NIK region codes,
 * today's date) run in fields.ts; everything here is pure.
 */

/** An empty box means "not given" on create and "clear it" on update. */
const blankTo =
  <T>(value: T) =>
  (v: unknown) =>
    typeof v === 'string' && v.trim() === '' ? value : v;

export const idField = z.string().min(1, 'Wajib diisi.').max(64, 'Kode data tidak dikenal.');

export const fullNameField = text(2, 120)
  .refine((s) => /\p{L}/u.test(s), 'Nama harus memuat huruf.')
  // A NIK or phone number typed into the name box would be stored unmasked: refuse long digit runs.
  .refine((s) => !/\d{5,}/.test(s), 'Nama tidak boleh berisi deretan angka (NIK atau nomor HP ditulis di kolomnya).');

const nikField = z.string().max(40, 'NIK harus 16 angka.');

const sexField = z.enum(SEXES, 'Pilih L (laki-laki) atau P (perempuan).');

export const birthDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tulis tanggal sebagai TTTT-BB-HH.')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    return y >= 1900 && isRealDate(y, m, d);
  }, 'Tanggal tidak ada di kalender.');

const phoneField = z
  .string()
  .max(40, PHONE_MESSAGE)
  .transform((s, ctx) => {
    const e164 = normalisePhone(s);
    if (!e164) {
      ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
      return z.NEVER;
    }
    return e164;
  });

const regionCodeField = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Kode wilayah ditulis seperti 32.12.16.2004. Pilih dari daftar.');

const rtRwField = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, 'RT/RW berupa angka, contoh 003.')
  .transform((s) => s.padStart(3, '0'));

const optional = <S extends z.ZodType>(s: S) => z.preprocess(blankTo(undefined), s.optional());
const clearable = <S extends z.ZodType>(s: S) => z.preprocess(blankTo(null), s.nullable().optional());

export const consentSchema = z
  .strictObject(
    {
      givenBy: z.enum(CONSENT_RELATIONS, 'Pilih siapa yang memberi persetujuan.'),
      givenByPersonId: optional(idField),
      givenByName: optional(text(2, 120)),
      purposes: z
        .array(z.enum(CONSENT_PURPOSES, 'Tujuan penggunaan data tidak dikenal.'), 'Pilih tujuan penggunaan data.')
        .min(1, 'Pilih minimal satu tujuan penggunaan data.')
        .max(CONSENT_PURPOSES.length, 'Ada tujuan yang dipilih dua kali.')
        .transform((p) => [...new Set(p)]),
      method: z.enum(
        CONSENT_METHODS,
        'Pilih cara persetujuan: tertulis, rekaman telepon, rekaman pesan, atau elektronik.',
      ),
      evidenceRef: optional(text(1, 200)),
      textVersion: text(1, 40),
    },
    {
      error: (iss) =>
        iss.input === undefined || iss.input === null
          ? 'Catat persetujuan (siapa, untuk apa, dengan cara apa) sebelum menyimpan data orang.'
          : undefined,
    },
  )
  .superRefine((c, ctx) => {
    const named = c.givenByPersonId !== undefined || c.givenByName !== undefined;
    if (c.givenBy === 'self' && named) {
      ctx.addIssue({
        code: 'custom',
        path: ['givenByName'],
        message: 'Persetujuan oleh yang bersangkutan sendiri: kosongkan nama pemberi.',
      });
    }
    if (c.givenBy !== 'self' && !named) {
      ctx.addIssue({ code: 'custom', path: ['givenByName'], message: 'Tulis nama pemberi persetujuan.' });
    }
  });

export const createPersonInput = z.strictObject({
  fullName: fullNameField,
  nik: optional(nikField),
  sex: optional(sexField),
  birthDate: optional(birthDateField),
  phone: optional(phoneField),
  regionCode: optional(regionCodeField),
  dusun: optional(text(1, 60)),
  rt: optional(rtRwField),
  rw: optional(rtRwField),
  note: optional(text(1, 500)),
  consent: consentSchema,
});

export const updatePersonInput = z.strictObject({
  id: idField,
  version: z.number('Versi data wajib dikirim.').int().min(1),
  fullName: fullNameField.optional(),
  nik: clearable(nikField),
  sex: clearable(sexField),
  birthDate: clearable(birthDateField),
  phone: clearable(phoneField),
  regionCode: clearable(regionCodeField),
  dusun: clearable(text(1, 60)),
  rt: clearable(rtRwField),
  rw: clearable(rtRwField),
  note: clearable(text(1, 500)),
});

export const searchInput = z.strictObject({
  q: text(1, 100),
  limit: z.number().int().min(1).max(50).optional(),
  offset: z.number().int().min(0).max(10_000).optional(),
});

export const checkDuplicatesInput = z.strictObject({
  fullName: fullNameField,
  birthDate: optional(birthDateField),
  nik: optional(nikField),
});
