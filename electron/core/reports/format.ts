/**
 * Indonesian formatting for report labels: month names, dates, WIB times, country names. Written
 * out rather than left to Intl date formatting, so a label is the same on every machine (an
 * Electron build without full ICU would print English month names).
 */

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const WIB_OFFSET_MS = 7 * 3600_000;

/** "2026-11" → "November 2026". */
export function monthLabel(month: string): string {
  return `${MONTHS_ID[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "2026-11" → "Nov 2026" (chart axes). */
export function shortMonthLabel(month: string): string {
  return `${MONTHS_ID[Number(month.slice(5, 7)) - 1].slice(0, 3)} ${month.slice(0, 4)}`;
}

/** "2026-11-05" → "5 November 2026". */
export function dateLabel(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS_ID[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** An instant → "29 November 2026, 09.00 WIB" (Indonesian writes times with a dot). */
export function wibTimestampLabel(ms: number): string {
  const d = new Date(ms + WIB_OFFSET_MS).toISOString();
  return `${dateLabel(d.slice(0, 10))}, ${d.slice(11, 13)}.${d.slice(14, 16)} WIB`;
}

let regionNames: Intl.DisplayNames | null | undefined;

/** Indonesian country name for an ISO code ("MY" → "Malaysia"); the code itself without ICU data. */
export function countryLabel(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['id'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A fraction as an Indonesian percentage: 0.853 → "85,3%". */
export function percentLabel(fraction: number | null): string {
  if (fraction === null) return '–';
  return `${(Math.round(fraction * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}
