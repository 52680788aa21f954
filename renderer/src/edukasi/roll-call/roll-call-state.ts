import type { AttendanceStatus } from '../../../../electron/shared/edukasi';

/** The order of the buttons on each row, and of the words in the summary. */
export const ROLL_CALL_ORDER: readonly AttendanceStatus[] = ['present', 'late', 'excused', 'sick', 'absent'];

/** One key per status, the first letter of the Indonesian word (Hadir, Terlambat, Izin, Sakit, Alpa). */
export const STATUS_KEYS: Readonly<Record<string, AttendanceStatus>> = {
  h: 'present',
  t: 'late',
  i: 'excused',
  s: 'sick',
  a: 'absent',
};

export const keyOfStatus = (status: AttendanceStatus): string =>
  (Object.entries(STATUS_KEYS).find(([, s]) => s === status)?.[0] ?? '').toUpperCase();

export type Marks = Record<string, AttendanceStatus>;

export function countMarks(marks: Marks): Record<AttendanceStatus, number> {
  const counts: Record<AttendanceStatus, number> = { present: 0, late: 0, excused: 0, sick: 0, absent: 0 };
  for (const status of Object.values(marks)) counts[status] += 1;
  return counts;
}

/**
 * "38 hadir, 1 sakit, 1 alpa": the words the educator reads back before saving. Statuses nobody
 * has are left out, except "hadir", which is always said (also "0 hadir").
 */
export function summarize(marks: Marks, word: (status: AttendanceStatus) => string): string {
  const counts = countMarks(marks);
  return ROLL_CALL_ORDER.filter((s) => s === 'present' || counts[s] > 0)
    .map((s) => `${counts[s]} ${word(s)}`)
    .join(', ');
}

/** What a key press on the list does: move the focus, set a status, or nothing. */
export type RollCallKey = { kind: 'move'; to: number } | { kind: 'mark'; status: AttendanceStatus } | { kind: 'none' };

export function readKey(key: string, index: number, rows: number): RollCallKey {
  if (rows === 0) return { kind: 'none' };
  if (key === 'ArrowDown') return { kind: 'move', to: Math.min(rows - 1, index + 1) };
  if (key === 'ArrowUp') return { kind: 'move', to: Math.max(0, index - 1) };
  if (key === 'Home') return { kind: 'move', to: 0 };
  if (key === 'End') return { kind: 'move', to: rows - 1 };
  const status = STATUS_KEYS[key.toLowerCase()];
  return status ? { kind: 'mark', status } : { kind: 'none' };
}

/** Marks that differ from what the sheet loaded: the "not saved yet" count. */
export function changedCount(marks: Marks, loaded: Marks): number {
  return Object.keys(marks).filter((id) => marks[id] !== loaded[id]).length;
}
