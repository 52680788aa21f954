import { TIME_ZONE } from '../../i18n/format';

/** Dates as office staff read them: Indonesian month names, the village's time zone. */
const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };
const locale = (language: string) => LOCALES[language] ?? 'id-ID';

/** `YYYY-MM-DD` (a date people mean as a date) → "29 Nov 2026". Empty for null. */
export function formatDay(date: string | null | undefined, language: string): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An ISO timestamp → "29 Nov 2026, 19.10" in Asia/Jakarta. */
export function formatMoment(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** `YYYY-MM` → "November 2026". */
export function formatMonth(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/** Today's calendar date in Asia/Jakarta as `YYYY-MM-DD`, whatever the PC's own zone. */
export function jakartaToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/**
 * A stored E.164 number as people write it: Indonesian numbers with the leading 0 and groups of
 * four (`+6281234567890` → `0812-3456-7890`); foreign numbers stay in international form.
 */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  if (!e164.startsWith('+62')) return e164;
  const local = `0${e164.slice(3)}`;
  return local.match(/.{1,4}/g)?.join('-') ?? local;
}

/** Country name for an ISO code in the reader's language ("MY" → "Malaysia"); the code if unknown. */
export function countryName(code: string | null | undefined, language: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The Asia/Jakarta calendar day of a timestamp → "29 Nov 2026". */
export function formatDayOf(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}
