import type { CellValue, ColumnType, ReportHeader } from '../../../shared/reports';

export interface CoverRow {
  label: string;
  value: CellValue;
  type: ColumnType;
}

export const EMPTY_NOTE = 'Tidak ada data yang tercatat pada periode ini. Tabel tetap disertakan dengan angka nol.';
export const DEMO_NOTE = 'DATA CONTOH: semua nama dan angka dalam berkas ini fiktif.';

/**
 * The header block every export carries (issue 6): village, kode wilayah, period, who generated
 * it and when. On the XLSX cover sheet and at the top of every CSV.
 */
export function coverRows(
  header: ReportHeader,
  extra: { note?: string | null; rows?: number | null } = {},
): CoverRow[] {
  const out: CoverRow[] = [
    { label: 'Laporan', value: header.title, type: 'text' },
    { label: 'Ditujukan kepada', value: header.addressedTo, type: 'text' },
    { label: 'Desa', value: header.villageName, type: 'text' },
    { label: 'Kode wilayah', value: header.regionCode, type: 'text' },
    { label: 'Periode', value: header.period.label, type: 'text' },
    { label: 'Dari tanggal', value: header.period.from, type: 'date' },
    { label: 'Sampai tanggal', value: header.period.to, type: 'date' },
    { label: 'Dibuat oleh', value: header.generatedBy, type: 'text' },
    { label: 'Dibuat pada', value: header.generatedAtLabel, type: 'text' },
  ];
  if (extra.rows !== undefined && extra.rows !== null)
    out.push({ label: 'Jumlah baris', value: extra.rows, type: 'count' });
  if (header.demo) out.push({ label: 'Perhatian', value: DEMO_NOTE, type: 'text' });
  if (extra.note) out.push({ label: 'Catatan', value: extra.note, type: 'text' });
  return out;
}

/** A file name without spaces or characters Windows refuses: "laporan-layanan-migrasi-desa_kenanga_2026-11-01_2026-11-30". */
export function fileStem(parts: string[], demo: boolean): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  return [demo ? 'contoh' : null, ...parts.map(slug)].filter((p): p is string => !!p).join('_');
}
