/** Dates people read: Indonesian style, in the village's time zone whatever the PC is set to. */
export const TIME_ZONE = 'Asia/Jakarta';

const LOCALES: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

export function formatLongDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
}
