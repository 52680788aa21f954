import type { ConsultationListInput, ConsultationStatus, ConsultationTopic } from '../../../../electron/shared/desk';
import { addDays } from '../format';

/** The filter bar of the consultation list, as typed (strings from the form controls). */
export const PERIODS = ['all', 'today', '7', '30', 'month', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export interface ListFilterValues {
  period: Period;
  from: string;
  to: string;
  status: '' | ConsultationStatus;
  topic: '' | ConsultationTopic;
  flagged: boolean;
  q: string;
}

export const EMPTY_FILTERS: ListFilterValues = {
  period: 'all',
  from: '',
  to: '',
  status: '',
  topic: '',
  flagged: false,
  q: '',
};

export const PAGE_SIZE = 25;

/** The dates a period means, counted back from today (Asia/Jakarta), both ends included. */
export function periodRange(f: ListFilterValues, today: string): { from?: string; to?: string } {
  switch (f.period) {
    case 'all':
      return {};
    case 'today':
      return { from: today, to: today };
    case '7':
    case '30':
      return { from: addDays(today, -(Number(f.period) - 1)), to: today };
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'custom':
      return { ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) };
  }
}

/** consultations.list input: only the filters that are set, and the page's cursor. */
export function toListInput(f: ListFilterValues, today: string, cursor: string | null): ConsultationListInput {
  const filters: NonNullable<ConsultationListInput['filters']> = { ...periodRange(f, today) };
  if (f.status) filters.status = f.status;
  if (f.topic) filters.topic = f.topic;
  if (f.flagged) filters.flagged = true;
  const q = f.q.trim();
  if (q) filters.q = q;
  return {
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    limit: PAGE_SIZE,
    ...(cursor ? { cursor } : {}),
  };
}

/**
 * Keyset paging moves forward only; going back means remembering the cursors that led here.
 * `cursors[i]` is the cursor that loads page i (null for the first page).
 */
export interface PageTrail {
  cursors: (string | null)[];
}

export const firstPage = (): PageTrail => ({ cursors: [null] });
export const currentCursor = (p: PageTrail) => p.cursors[p.cursors.length - 1];
export const pageNumber = (p: PageTrail) => p.cursors.length;
export const nextPage = (p: PageTrail, nextCursor: string): PageTrail => ({ cursors: [...p.cursors, nextCursor] });
export const previousPage = (p: PageTrail): PageTrail =>
  p.cursors.length > 1 ? { cursors: p.cursors.slice(0, -1) } : p;
