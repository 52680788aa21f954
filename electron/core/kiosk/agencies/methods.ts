import { z } from 'zod';
import type { MethodTable } from '../../api/types';
import { text } from '../../api/zod-messages';
import { jakartaDate } from '../../clock';
import { isoDateSchema } from '../dates';
import { langSchema } from '../lang';
import { importAgencies } from './import';
import { searchAgencies } from './search';

/** Upload cap. A national P3MI list is a few hundred rows (well under 100 KB); 5 MB is generous. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
const TOO_BIG =
  'Berkas terlalu besar (maksimal 5 MB). Simpan hanya kolom yang diperlukan, atau bagi menjadi beberapa berkas.';

/**
 * How the bytes reach the core: the renderer reads the chosen file as bytes and sends them as
 * `csvBase64`, so the core can detect the encoding itself (UTF-8 with or without BOM, else
 * Windows-1252). `csv` takes text that is already decoded (pasted text, tests).
 */
const importInput = z
  .strictObject({
    csv: z
      .string()
      .max(MAX_CSV_BYTES, TOO_BIG)
      .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_CSV_BYTES, TOO_BIG)
      .optional(),
    csvBase64: z
      .string()
      .max(Math.ceil(MAX_CSV_BYTES / 3) * 4, TOO_BIG)
      .refine((s) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), 'Isi berkas tidak terbaca (bukan base64).')
      .refine((s) => Math.floor((s.length * 3) / 4) - (s.match(/=+$/)?.[0].length ?? 0) <= MAX_CSV_BYTES, TOO_BIG)
      .optional(),
    dataAsOf: isoDateSchema,
    source: text(2, 200),
    mode: z.enum(['valid_rows', 'all_or_nothing'], 'Pilih cara impor: simpan baris yang benar, atau semua-atau-tidak.'),
  })
  .superRefine((v, ctx) => {
    if ((v.csv === undefined) === (v.csvBase64 === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['csv'], message: 'Pilih satu berkas CSV.' });
    }
  });

export const agencyMethods: MethodTable<'agencies.search' | 'agencies.import'> = {
  'agencies.search': {
    description: 'Cek P3MI: cari perusahaan penempatan menurut nama atau nomor izin di salinan data resmi.',
    input: z.strictObject({
      // Generous cap: whatever a visitor types answers normally; the query is trimmed in the core.
      q: z.string().max(10_000, 'Teks pencarian terlalu panjang.'),
      limit: z.number().int().min(1).max(50).optional(),
      lang: langSchema,
    }),
    handler: (input, _call, deps) => searchAgencies(deps.db, input, jakartaDate(deps.clock.now())),
  },
  'agencies.import': {
    description:
      'Impor daftar P3MI dari CSV (nama, nomor izin, status, berlaku sampai, alamat) dengan laporan per baris.',
    input: importInput,
    handler: (input, call, deps) => importAgencies(input, call, deps),
  },
};
