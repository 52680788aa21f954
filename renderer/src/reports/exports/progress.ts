import type { ExportJobStatus } from '../../../../electron/shared/reports';

/**
 * Numbers for the named-list progress bar. Two stages, each shown as its own 0–100: the core
 * writing rows into the file, then this screen fetching the finished file in chunks.
 */

/** A whole percentage 0..100; 100 only when `part` really reached `whole`. */
export function wholePercent(part: number, whole: number): number {
  if (!(whole > 0) || !(part > 0)) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.floor((part / whole) * 100));
}

/** Progress of the core writing the file: its rows, or its own fraction when rows are unknown. */
export function jobPercent(status: Pick<ExportJobStatus, 'state' | 'rows' | 'totalRows' | 'progress'>): number {
  if (status.state === 'done') return 100;
  // All rows written is not a finished file yet (the XLSX still has to be closed and renamed).
  if (status.totalRows > 0) return Math.min(99, wholePercent(status.rows, status.totalRows));
  return Math.min(99, Math.floor(status.progress * 100));
}

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(LOCALES[language] ?? 'id-ID', { style: 'percent', maximumFractionDigits: 0 }).format(
    percent / 100,
  );
}

export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(LOCALES[language] ?? 'id-ID').format(n);
}

/** "512 byte", "18 KB", "2,4 MB" (1 KB = 1024 bytes, as Windows Explorer counts). */
export function formatBytes(bytes: number, language: string): string {
  const number = (n: number) =>
    new Intl.NumberFormat(LOCALES[language] ?? 'id-ID', { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${number(bytes)} byte`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024))} KB`;
  return `${number(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}
