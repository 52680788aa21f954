import type { PeriodInput, ReportKind } from '../../../../electron/shared/reports';
import { periodKey } from '../period/period';

/**
 * File names the renderer makes itself: only the PDF (XLSX, CSV and named lists are named by the
 * core). Plain ASCII with hyphens, so the name survives the save dialog, a USB stick formatted
 * FAT32 and an e-mail attachment alike: `Laporan-Layanan-Migrasi-2026-10.pdf`.
 */
const PDF_STEMS: Record<ReportKind, string> = {
  migrationService: 'Laporan-Layanan-Migrasi',
  rumahEdukasi: 'Laporan-Rumah-Edukasi',
  dashboard: 'Dasbor-Balai-Migran',
};

/** `2026-10`, `2026-T4`, `2026-01-01_sd_2026-03-31`. */
export function periodFilePart(period: PeriodInput): string {
  return period.kind === 'custom' ? `${period.from}_sd_${period.to}` : periodKey(period);
}

/** A demo database's files say so in their name too (as the core's XLSX and CSV names do). */
export function reportPdfFileName(kind: ReportKind, period: PeriodInput, demo = false): string {
  return `${demo ? 'CONTOH-' : ''}${PDF_STEMS[kind]}-${periodFilePart(period)}.pdf`;
}
