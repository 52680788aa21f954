import { z } from 'zod';
import { text } from '../api/zod-messages';
import { ISO_COUNTRY_CODES } from './country-codes';

/**
 * Zod pieces shared by the desk features. Every message is plain Indonesian and names the fix,
 * because it is shown next to the field.
 */

/** Row ids are UUIDv7 today; older or imported rows may use other safe shapes, so only the charset is fixed. */
export const idSchema = z
  .string('Wajib diisi.')
  .min(1, 'Wajib diisi.')
  .max(64, 'Pengenal tidak valid.')
  .regex(/^[A-Za-z0-9_-]+$/, 'Pengenal tidak valid.');

export const versionSchema = z
  .number('Versi data wajib dikirim (muat ulang halaman).')
  .int('Versi data tidak valid.')
  .min(1, 'Versi data tidak valid.')
  .max(Number.MAX_SAFE_INTEGER, 'Versi data tidak valid.');

function isRealDate(s: string): boolean {
  const [y, m, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** A date people mean as a date (Asia/Jakarta): `YYYY-MM-DD`, a real calendar day, 1900–2199. */
export const dateSchema = z
  .string('Tulis tanggal sebagai TTTT-BB-HH.')
  .regex(/^(19|20|21)\d{2}-\d{2}-\d{2}$/, 'Tulis tanggal sebagai TTTT-BB-HH.')
  .refine(isRealDate, 'Tanggal tidak ada di kalender.');

/** `YYYY-MM`, for monthly lists. */
export const monthSchema = z
  .string('Tulis bulan sebagai TTTT-BB.')
  .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'Tulis bulan sebagai TTTT-BB.');

/** A moment: ISO 8601 with a time zone (`Z` or `+07:00`), stored as UTC. */
export const timestampSchema = z
  .string('Tulis waktu lengkap, misalnya 2026-11-29T09:00:00+07:00.')
  .max(40, 'Tulis waktu lengkap, misalnya 2026-11-29T09:00:00+07:00.')
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/,
    'Tulis waktu lengkap, misalnya 2026-11-29T09:00:00+07:00.',
  )
  .refine((s) => isRealDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), 'Waktu tidak ada di kalender.')
  .transform((s) => new Date(Date.parse(s)).toISOString());

export const countrySchema = z
  .string('Pilih negara tujuan dari daftar.')
  .max(2, 'Pilih negara tujuan dari daftar (kode dua huruf, misalnya MY).')
  .transform((s) => s.toUpperCase())
  .refine((s) => ISO_COUNTRY_CODES.has(s), 'Pilih negara tujuan dari daftar (kode dua huruf, misalnya MY).');

/** 16 digits, possibly grouped: a NIK or KK number, which must never land in free text. */
const ID_NUMBER_IN_TEXT = /(?:\d[\s.-]?){15}\d/;
export const noIdNumbers = (s: string) => !ID_NUMBER_IN_TEXT.test(s);
export const NO_ID_NUMBERS = 'Jangan menulis NIK atau nomor KK di sini; simpan NIK hanya di data orang.';

/** Free text that is kept for years: trimmed, length-capped, and never carrying a NIK. */
export function freeText(min: number, max: number) {
  return text(min, max).refine(noIdNumbers, NO_ID_NUMBERS);
}

/**
 * The message for an object that is missing or not an object. Only for that: passing a plain
 * string to strictObject would also replace "Kolom tidak dikenal: …" for unknown keys.
 */
export const objectError = (message: string) => ({
  error: (iss: { code?: string }) => (iss.code === 'invalid_type' ? message : undefined),
});

export const limitSchema = z
  .number('Jumlah per halaman harus berupa angka.')
  .int('Jumlah per halaman harus bilangan bulat.')
  .min(1, 'Jumlah per halaman minimal 1.')
  .max(100, 'Jumlah per halaman paling banyak 100.');
