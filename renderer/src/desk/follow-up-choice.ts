import { parseTypedDate } from './dates-typed';
import { addDays } from './format';

/** When to contact the person again: a few common distances, or a date typed day-month-year. */
export const FOLLOW_UP_CHOICES = ['none', '1', '3', '7', '14', '30', 'date'] as const;
export type FollowUpChoice = (typeof FOLLOW_UP_CHOICES)[number];

/** The date a choice means, counted from today (Asia/Jakarta); null for "not needed" or an unreadable date. */
export function dueOnFor(choice: FollowUpChoice, typedDate: string, today: string): string | null {
  if (choice === 'none') return null;
  if (choice === 'date') return parseTypedDate(typedDate);
  return addDays(today, Number(choice));
}
