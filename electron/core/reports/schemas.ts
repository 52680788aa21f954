import { z } from 'zod';
import { EXPORT_CHUNK_MAX, NAMED_LISTS } from '../../shared/reports';
import { dateSchema, idSchema, monthSchema, objectError } from '../desk/schemas';

/**
 * Report inputs. Formats and ranges are checked here; the checks that need today's date (a
 * period in the future, or running past today) are in periods.ts, with the same kind of message.
 */
const PERIOD_HINT = 'Pilih periode: bulan, triwulan, atau tanggal sendiri.';

const yearSchema = z
  .number('Tulis tahun sebagai angka, misalnya 2026.')
  .int('Tulis tahun sebagai angka, misalnya 2026.')
  .min(2000, 'Tahun paling awal 2000.')
  .max(2100, 'Tahun tidak valid.');

export const periodSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('month'), month: monthSchema }),
    z.strictObject({
      kind: z.literal('quarter'),
      year: yearSchema,
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], 'Pilih triwulan 1, 2, 3 atau 4.'),
    }),
    z.strictObject({ kind: z.literal('custom'), from: dateSchema, to: dateSchema }),
  ],
  PERIOD_HINT,
);

const compareMonths = z
  .number('Jumlah bulan pembanding harus berupa angka.')
  .int('Jumlah bulan pembanding harus bilangan bulat.')
  .min(1, 'Pilih 1 sampai 24 bulan pembanding.')
  .max(24, 'Pilih 1 sampai 24 bulan pembanding.');

const formatSchema = z.enum(['xlsx', 'csv'], 'Pilih format berkas: XLSX (Excel) atau CSV.');
const delimiterSchema = z.enum([';', ','], 'Pemisah CSV: titik koma (;) atau koma (,).');

export const dashboardInput = z.strictObject(
  { period: periodSchema, compareMonths: compareMonths.optional() },
  objectError(PERIOD_HINT),
);

export const reportInput = z.strictObject({ period: periodSchema }, objectError(PERIOD_HINT));

export const exportInput = z.strictObject(
  {
    report: z.enum(
      ['migrationService', 'rumahEdukasi', 'dashboard'],
      'Pilih laporan: Layanan Migrasi, Rumah Edukasi, atau Dasbor.',
    ),
    period: periodSchema,
    format: formatSchema,
    table: z
      .string('Pilih tabel dari daftar.')
      .regex(/^[A-Za-z]{1,40}$/, 'Pilih tabel dari daftar.')
      .optional(),
    delimiter: delimiterSchema.optional(),
    compareMonths: compareMonths.optional(),
  },
  objectError('Pilih laporan, periode dan format berkas.'),
);

export const namedListInput = z.strictObject(
  {
    list: z.enum(NAMED_LISTS, 'Pilih daftar: konsultasi, anak, atau pengaduan.'),
    period: periodSchema,
    format: formatSchema,
    delimiter: delimiterSchema.optional(),
  },
  objectError('Pilih daftar, periode dan format berkas.'),
);

export const jobInput = z.strictObject({ jobId: idSchema }, objectError('Pengenal ekspor wajib dikirim.'));

export const downloadInput = z.strictObject(
  {
    jobId: idSchema,
    offset: z
      .number('Posisi unduhan harus berupa angka.')
      .int('Posisi unduhan harus bilangan bulat.')
      .min(0, 'Posisi unduhan tidak boleh negatif.')
      .max(Number.MAX_SAFE_INTEGER, 'Posisi unduhan tidak valid.'),
    length: z
      .number('Panjang potongan harus berupa angka.')
      .int('Panjang potongan harus bilangan bulat.')
      .min(1, 'Panjang potongan minimal 1 byte.')
      .max(EXPORT_CHUNK_MAX, `Panjang potongan paling besar ${EXPORT_CHUNK_MAX} byte.`)
      .optional(),
  },
  objectError('Pengenal ekspor dan posisi unduhan wajib dikirim.'),
);
