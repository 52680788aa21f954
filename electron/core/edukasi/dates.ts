import { jakartaDate } from '../clock';
import { addDays } from '../desk/dates';
import { ageOn } from '../people/birth-date';

export { addDays, ageOn };

export const today = (now: number) => jakartaDate(now);

/** Age in whole years on a date, or null without a birth date (e.g. anonymised). */
export const ageOrNull = (birthDate: string | null, on: string) =>
  birthDate && birthDate <= on ? ageOn(birthDate, on) : null;

/** Monday of the week holding `date` (weeks run Monday–Sunday, as on Indonesian calendars). */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, weekday === 0 ? -6 : 1 - weekday);
}

export const MINOR_AGE_LIMIT = 18;

/** The exact row/field message when someone is too old for Rumah Edukasi. */
export const tooOldMessage = (age: number) =>
  `Umur ${age} tahun: Rumah Edukasi untuk anak di bawah ${MINOR_AGE_LIMIT} tahun.`;
