import type { AttendanceRecordInput, AttendanceRecordResult } from '../../../shared/edukasi';
import type { FieldIssue } from '../../../shared/errors';
import { AppError, validationError } from '../../api/app-error';
import type { CallContext, Deps } from '../../api/types';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { staffUser } from '../../desk/actor';
import { findActivityRow } from '../activities/repository';
import { auditEdukasi } from '../audit';
import { withActiveConsent } from '../consent';
import { today } from '../dates';
import { ACTIVITY_NOT_FOUND } from '../messages';
import { PERSON_NOT_FOUND } from '../people-ref';
import { recomputeRun } from './runs';
import { buildSheet, rollCall } from './sheet';

export const NOT_IN_GROUP =
  'Bukan anggota kelompok ini pada tanggal kegiatan. Tambahkan dulu ke kelompok, atau hapus dari daftar absen.';
export const MARK_WITHOUT_CONSENT =
  'Persetujuan Rumah Edukasi untuk orang ini sudah ditarik atau belum ada, jadi tidak bisa diabsen.';
export const ROLL_CALL_NOT_SAVED = 'Absen belum disimpan. Periksa baris yang ditandai.';
export const futureActivity = (date: string) =>
  `Kegiatan ini dijadwalkan ${date}. Absen baru bisa diisi pada hari kegiatan.`;
export const pastActivity = (date: string) =>
  `Kegiatan ini tanggal ${date}, sudah lewat. Yakin mengubah absennya? Simpan lagi dengan konfirmasi.`;

// Upsert that reports a change only when the status or note really differ, so `changed` counts
// edits (for the audit of past sessions), not re-saves of the same sheet.
export const UPSERT_MARK_SQL = `INSERT INTO attendance (activity_id, person_id, on_date, number_in_day, status, note, marked_at, marked_by)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (activity_id, person_id) DO UPDATE SET status = excluded.status, note = excluded.note,
    marked_at = excluded.marked_at, marked_by = excluded.marked_by
  WHERE attendance.status IS NOT excluded.status OR attendance.note IS NOT excluded.note`;

/**
 * Saves a whole roll call in ONE transaction with one reused prepared statement. Checked first,
 * so bad input writes nothing: the activity must not be in the future; every person must be on
 * the roll call (a member on the activity's date, or already marked) with an active consent;
 * an activity before today needs `confirmPastEdit` and is audited with the number of changes.
 */
export function recordAttendance(input: AttendanceRecordInput, call: CallContext, deps: Deps): AttendanceRecordResult {
  const user = staffUser(call);
  const day = today(deps.clock.now());
  return deps.db
    .transaction((): AttendanceRecordResult => {
      const activity = findActivityRow(deps.db, input.activityId);
      if (!activity) throw new AppError('NOT_FOUND', ACTIVITY_NOT_FOUND);
      if (activity.date > day) {
        const message = futureActivity(activity.date);
        throw validationError([{ path: 'activityId', message }], message);
      }
      const roll = rollCall(deps.db, activity);
      const oneOff = activity.group_id === null;
      const consented = oneOff
        ? withActiveConsent(
            deps.db,
            input.marks.map((m) => m.personId),
          )
        : null;
      const issues: FieldIssue[] = [];
      input.marks.forEach((m, i) => {
        const path = `marks.${i}.personId`;
        if (roll.allowed.has(m.personId)) return;
        if (roll.blocked.has(m.personId)) issues.push({ path, message: MARK_WITHOUT_CONSENT });
        else if (!oneOff) issues.push({ path, message: NOT_IN_GROUP });
        else if (!stmt(deps.db, 'SELECT 1 FROM people WHERE id = ?').get(m.personId))
          issues.push({ path, message: PERSON_NOT_FOUND });
        else if (!consented?.has(m.personId)) issues.push({ path, message: MARK_WITHOUT_CONSENT });
      });
      if (issues.length > 0) throw validationError(issues, ROLL_CALL_NOT_SAVED);
      const pastEdit = activity.date < day;
      if (pastEdit && input.confirmPastEdit !== true) throw new AppError('CONFLICT', pastActivity(activity.date));

      const now = iso(deps.clock.now());
      const upsert = stmt(deps.db, UPSERT_MARK_SQL);
      const changed: string[] = [];
      for (const m of input.marks) {
        const note = m.note ? m.note : null;
        const r = upsert.run(
          activity.id,
          m.personId,
          activity.date,
          activity.number_in_day,
          m.status,
          note,
          now,
          user.id,
        );
        if (r.changes > 0) changed.push(m.personId);
      }
      for (const personId of changed) recomputeRun(deps.db, personId, now);
      const details = { saved: input.marks.length, changed: changed.length, pastEdit, date: activity.date };
      if (changed.length > 0) {
        auditEdukasi(deps, user, {
          action: 'update',
          entity: 'attendance',
          entityId: activity.id,
          details,
          subjects: changed,
        });
      } else if (pastEdit) {
        // A confirmed edit of a past session is logged even when nothing differed.
        auditEdukasi(deps, user, { action: 'update', entity: 'attendance', entityId: activity.id, details });
      }
      return {
        activityId: activity.id,
        saved: input.marks.length,
        changed: changed.length,
        sheet: buildSheet(deps.db, findActivityRow(deps.db, activity.id)!, day),
      };
    })
    .immediate();
}
