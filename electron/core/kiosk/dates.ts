import { z } from 'zod';

/** True when y-m-d is a real calendar date (no 31 February, 29 February only in leap years). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export type DateCell = { ok: true; date: string } | { ok: false; message: string };

/**
 * Reads a date as people type it in a spreadsheet: `YYYY-MM-DD` or Indonesian day-first
 * `DD/MM/YYYY` (also `D/M/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`). Month-first and two-digit years are
 * refused rather than guessed: 03/04/2025 always means 3 April.
 */
export function parseDateCell(raw: string): DateCell {
  const s = raw.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
    if (!match) {
      return { ok: false, message: `Tanggal "${short(s)}" tidak dikenali. Tulis sebagai HH/BB/TTTT atau TTTT-BB-HH.` };
    }
    [d, m, y] = [Number(match[1]), Number(match[3]), Number(match[4])];
  }
  if (y < 1900 || y > 2200 || !isRealDate(y, m, d)) {
    return { ok: false, message: `Tanggal "${short(s)}" tidak ada di kalender.` };
  }
  return { ok: true, date: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** A `YYYY-MM-DD` string that is a real date; used for API input and content files. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tulis tanggal sebagai TTTT-BB-HH.')
  .refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), {
    message: 'Tanggal tidak ada di kalender.',
  });
