import type { FieldIssue } from '../../shared/errors';

/** Date arithmetic on `YYYY-MM-DD` strings (calendar days, no time zone involved). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  // Clamp to the month's last day: 31 January + 1 month is 28/29 February.
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** First and last day of a `YYYY-MM` month. */
export function monthBounds(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

/** The UTC instant at which a Jakarta calendar day starts (UTC+7, no daylight saving). */
export function jakartaDayStartUtc(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00+07:00`)).toISOString();
}

/** A follow-up is planned work: not before today, and not absurdly far ahead. */
export function checkDueOn(dueOn: string, today: string, path: string, issues: FieldIssue[]): void {
  if (dueOn < today) issues.push({ path, message: 'Tanggal tindak lanjut tidak boleh sebelum hari ini.' });
  else if (dueOn > addDays(today, 730))
    issues.push({ path, message: 'Tanggal tindak lanjut paling lambat dua tahun dari hari ini.' });
}
