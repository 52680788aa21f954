import { MAX_PERIOD_DAYS, type PeriodInput } from '../../../../electron/shared/reports';
import { parseTypedDate } from '../../desk/dates-typed';

/**
 * The period a report screen opens with and how the picker's drafts become a `PeriodInput`.
 * The core checks every period again (future, end before start, longer than a year): this only
 * saves a round trip for the mistakes a person makes while typing.
 */

export type PeriodKind = PeriodInput['kind'];
export type Quarter = 1 | 2 | 3 | 4;

/** The running month (Asia/Jakarta): what a village office reports on most often. */
export function currentMonth(today: string): PeriodInput {
  return { kind: 'month', month: today.slice(0, 7) };
}

/** The last finished month: the monthly report is written at the start of the next month. */
export function previousMonth(today: string): PeriodInput {
  const [y, m] = today.split('-').map(Number);
  const prevY = m === 1 ? y - 1 : y;
  const prevM = m === 1 ? 12 : m - 1;
  return { kind: 'month', month: `${prevY}-${String(prevM).padStart(2, '0')}` };
}

export function quarterOf(month: number): Quarter {
  return (Math.floor((month - 1) / 3) + 1) as Quarter;
}

/** Years a person may pick: this year and the five before it (older records are rare here). */
export function yearChoices(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 6 }, (_, i) => year - i);
}

/** Stable text for a period: React keys, document titles, file-name hints. */
export function periodKey(p: PeriodInput): string {
  if (p.kind === 'month') return p.month;
  if (p.kind === 'quarter') return `${p.year}-T${p.quarter}`;
  return `${p.from}_${p.to}`;
}

export type CustomCheck =
  | { ok: true; period: PeriodInput }
  | { ok: false; field: 'from' | 'to'; problem: 'invalid' | 'order' | 'future' | 'tooLong' };

/** Two typed dates (`15-08-2026`) → a custom period, or which box is wrong and why. */
export function checkCustom(fromText: string, toText: string, today: string): CustomCheck {
  const from = parseTypedDate(fromText);
  if (!from) return { ok: false, field: 'from', problem: 'invalid' };
  const to = parseTypedDate(toText);
  if (!to) return { ok: false, field: 'to', problem: 'invalid' };
  if (from > today) return { ok: false, field: 'from', problem: 'future' };
  if (to < from) return { ok: false, field: 'to', problem: 'order' };
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS) return { ok: false, field: 'to', problem: 'tooLong' };
  // An end after today is allowed by the core only up to today; say so here instead of failing.
  if (to > today) return { ok: false, field: 'to', problem: 'future' };
  return { ok: true, period: { kind: 'custom', from, to } };
}
