import { TIME_ZONE } from '../i18n/format';

/**
 * Dates on the desk screens. Stored timestamps are UTC; people read them in the village's time
 * zone. `YYYY-MM-DD` values are calendar days already and are never shifted.
 */
const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };
const locale = (language: string) => LOCALES[language] ?? 'id-ID';

/** Today as `YYYY-MM-DD` in Asia/Jakarta, whatever the PC's own zone is. */
export function jakartaToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Calendar arithmetic on `YYYY-MM-DD` (UTC noon avoids any daylight-saving edge). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T12:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** `15 Agu 2026` — a calendar day as people read it. */
export function formatDay(date: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** `29 Nov 2026, 09.15` — a stored moment, in Jakarta time. */
export function formatMoment(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(d);
}

/** `09.15` — the time of a moment today (queue calls). */
export function formatClock(iso: string, language: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(d);
}
