import {
  ATTENDANCE_RATE_FORMULA,
  ATTENDANCE_STATUSES,
  type AttendanceHistory,
  type AttendanceHistoryInput,
  type AttendanceHistoryMark,
  type AttendanceStatus,
  type HistoryPreset,
} from '../../../shared/edukasi';
import { AppError, validationError } from '../../api/app-error';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { activeConsentId } from '../consent';
import { addDays } from '../dates';
import { NO_EDUKASI_CONSENT } from '../messages';
import { PERSON_NOT_FOUND, personBasic } from '../people-ref';

const PRESET_DAYS: Record<HistoryPreset, number> = { '7d': 7, '30d': 30, '365d': 365 };

/** A preset counts back from today, today included; custom dates default to the 30 days up to `to`. */
export function historyRange(input: AttendanceHistoryInput, today: string): { from: string; to: string } {
  if (input.preset && (input.from || input.to)) {
    throw validationError([
      { path: 'preset', message: 'Pilih rentang bawaan (7, 30, 365 hari) atau tanggal sendiri, bukan keduanya.' },
    ]);
  }
  if (input.preset) return { from: addDays(today, 1 - PRESET_DAYS[input.preset]), to: today };
  const to = input.to ?? today;
  const from = input.from ?? addDays(to, 1 - PRESET_DAYS['30d']);
  if (from > to) throw validationError([{ path: 'to', message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' }]);
  return { from, to };
}

interface MarkRow {
  activity_id: string;
  on_date: string;
  number_in_day: number;
  title: string;
  kind: AttendanceHistoryMark['kind'];
  group_name: string | null;
  status: AttendanceStatus;
  note: string | null;
}

/** A range of one person's marks: a range scan of attendance_person, newest first. */
export const HISTORY_SQL = `SELECT t.activity_id, t.on_date, t.number_in_day, a.title, a.kind, g.name AS group_name,
  t.status, t.note
  FROM attendance t JOIN activities a ON a.id = t.activity_id LEFT JOIN groups g ON g.id = a.group_id
  WHERE t.person_id = ? AND t.on_date >= ? AND t.on_date <= ?
  ORDER BY t.on_date DESC, t.number_in_day DESC`;

/**
 * One person's marks in a range (a range scan of attendance_person) and the rate
 * (Hadir + Terlambat) / marked sessions; see ATTENDANCE_RATE_FORMULA.
 */
export function attendanceHistory(db: Db, personId: string, range: { from: string; to: string }): AttendanceHistory {
  const person = personBasic(db, personId);
  if (!person) throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
  if (!activeConsentId(db, personId)) throw new AppError('CONFLICT', NO_EDUKASI_CONSENT);
  const rows = stmt(db, HISTORY_SQL).all(personId, range.from, range.to) as MarkRow[];
  const counts = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, 0])) as Record<AttendanceStatus, number>;
  for (const r of rows) counts[r.status]++;
  const sessions = rows.length;
  return {
    personId,
    fullName: person.full_name,
    from: range.from,
    to: range.to,
    marks: rows.map((r) => ({
      activityId: r.activity_id,
      date: r.on_date,
      numberInDay: r.number_in_day,
      title: r.title,
      kind: r.kind,
      groupName: r.group_name,
      status: r.status,
      note: r.note,
    })),
    counts: { ...counts, sessions },
    rate: sessions === 0 ? null : (counts.present + counts.late) / sessions,
    formula: ATTENDANCE_RATE_FORMULA,
  };
}
