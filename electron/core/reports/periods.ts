import { MAX_PERIOD_DAYS, type PeriodInput, type ResolvedPeriod } from '../../shared/reports';
import { validationError } from '../api/app-error';
import { SEQ_SLOTS } from '../desk/consultations/repository';
import { addDays, addMonths, jakartaDayStartUtc, monthBounds } from '../desk/dates';
import { dateLabel, MONTHS_ID, monthLabel } from './format';

const QUARTER_NAMES = ['I', 'II', 'III', 'IV'] as const;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

function quarterBounds(year: number, quarter: number): { from: string; to: string } {
  const first = `${String(year).padStart(4, '0')}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { from: first, to: addDays(addMonths(first, 3), -1) };
}

function nominal(p: PeriodInput): { from: string; end: string; label: string; path: string } {
  if (p.kind === 'month') {
    const { from, to } = monthBounds(p.month);
    return { from, end: to, label: monthLabel(p.month), path: 'period.month' };
  }
  if (p.kind === 'quarter') {
    const { from, to } = quarterBounds(p.year, p.quarter);
    const first = MONTHS_ID[(p.quarter - 1) * 3];
    const last = MONTHS_ID[(p.quarter - 1) * 3 + 2];
    return {
      from,
      end: to,
      label: `Triwulan ${QUARTER_NAMES[p.quarter - 1]} ${p.year} (${first}–${last})`,
      path: 'period.quarter',
    };
  }
  const sameYear = p.from.slice(0, 4) === p.to.slice(0, 4);
  const fromLabel = sameYear && p.from !== p.to ? dateLabel(p.from).replace(/ \d{4}$/, '') : dateLabel(p.from);
  return {
    from: p.from,
    end: p.to,
    label: p.from === p.to ? dateLabel(p.from) : `${fromLabel} – ${dateLabel(p.to)}`,
    path: 'period.from',
  };
}

/**
 * Checks a period against today (Asia/Jakarta) and fixes its days. Refused, with a message that
 * says what to pick instead: an end before the start, more than 366 days, a period that has not
 * started yet, or own dates that run past today. A month or quarter still running is fine: it
 * counts up to today and says so in its label.
 */
export function resolvePeriod(p: PeriodInput, today: string): ResolvedPeriod {
  const n = nominal(p);
  if (p.kind === 'custom') {
    if (p.to < p.from) {
      throw validationError([{ path: 'period.to', message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' }]);
    }
    if (daysBetween(p.from, p.to) > MAX_PERIOD_DAYS) {
      throw validationError([
        {
          path: 'period.to',
          message: `Periode paling lama ${MAX_PERIOD_DAYS} hari (satu tahun). Pilih rentang yang lebih pendek, misalnya satu triwulan.`,
        },
      ]);
    }
    if (p.from > today) {
      throw validationError([{ path: 'period.from', message: 'Tanggal awal tidak boleh sesudah hari ini.' }]);
    }
    if (p.to > today) {
      throw validationError([
        {
          path: 'period.to',
          message: `Tanggal akhir tidak boleh sesudah hari ini (${dateLabel(today)}).`,
        },
      ]);
    }
  } else if (n.from > today) {
    const what = p.kind === 'month' ? 'Bulan' : 'Triwulan';
    throw validationError([
      { path: n.path, message: `${what} ini belum dimulai. Pilih ${what.toLowerCase()} yang sudah berjalan.` },
    ]);
  }
  const to = n.end > today ? today : n.end;
  const partial = to < n.end;
  return {
    kind: p.kind,
    from: n.from,
    to,
    end: n.end,
    label: partial ? `${n.label}, sampai ${dateLabel(today)}` : n.label,
    partial,
    days: daysBetween(n.from, to),
  };
}

/**
 * The same days as bounds on stored values: UTC instants for timestamps (`at`, `opened_at`), and
 * consultation list keys. A consultation's `seq` is its time in milliseconds × 1024 plus a slot
 * (migration 0050), so a time range is a rowid range: the fastest scan SQLite has.
 */
export interface PeriodBounds {
  /** Inclusive first day and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** UTC instant of `from` 00:00 WIB, and of the day after `to` (exclusive). */
  fromIso: string;
  toIso: string;
  /** Consultation keys: `seq >= fromSeq AND seq < toSeq`. */
  fromSeq: number;
  toSeq: number;
}

export function boundsOf(range: { from: string; to: string }): PeriodBounds {
  const fromIso = jakartaDayStartUtc(range.from);
  const toIso = jakartaDayStartUtc(addDays(range.to, 1));
  return {
    from: range.from,
    to: range.to,
    fromIso,
    toIso,
    fromSeq: Date.parse(fromIso) * SEQ_SLOTS,
    toSeq: Date.parse(toIso) * SEQ_SLOTS,
  };
}

/** `YYYY-MM` of the months from `firstMonth` to `lastMonth`, oldest first. */
export function monthsBetween(firstMonth: string, lastMonth: string): string[] {
  const out: string[] = [];
  for (let m = firstMonth; m <= lastMonth; m = addMonths(`${m}-01`, 1).slice(0, 7)) out.push(m);
  return out;
}

/** The `count` months before `month` and `month` itself, oldest first. */
export function trailingMonths(month: string, count: number): string[] {
  return monthsBetween(addMonths(`${month}-01`, -count).slice(0, 7), month);
}
