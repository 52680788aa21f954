import { TIME_ZONE } from '../../i18n/format';

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };
const locale = (language: string) => LOCALES[language] ?? 'id-ID';

/**
 * A calendar date the core sends as `YYYY-MM-DD` ("Diperiksa: 29 November 2026"). It names a day,
 * not an instant, so it is formatted at noon UTC: no time zone can move it to another day.
 * Anything that is not such a date is shown as it came.
 */
export function formatCalendarDate(day: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  // Date.UTC rolls 2026-13-45 over into 2027; a day that does not exist is not formatted.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return day;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Date and time of an ISO instant in the village's time zone, e.g. "30 November 2026, 02.10". */
export function formatDateTime(isoInstant: string, language: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(date);
}
