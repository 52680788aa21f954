import type { AttendanceSheet } from '../../../shared/edukasi';
import { AppError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { staffUser } from '../../desk/actor';
import { findActivityRow } from '../activities/repository';
import { auditEdukasi } from '../audit';
import { today } from '../dates';
import { ACTIVITY_NOT_FOUND } from '../messages';
import { attendanceHistory, historyRange } from './history';
import { recordAttendance } from './record';
import { historyInput, recordInput, sheetInput } from './schemas';
import { buildSheet } from './sheet';

export const attendanceMethods: MethodTable<'attendance.sheet' | 'attendance.record' | 'attendance.history'> = {
  'attendance.sheet': {
    description: 'Lembar absen satu kegiatan: anggota dengan tanda yang tersimpan (bawaan Hadir bila belum diabsen).',
    input: sheetInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db.transaction((): AttendanceSheet => {
        const activity = findActivityRow(deps.db, input.activityId);
        if (!activity) throw new AppError('NOT_FOUND', ACTIVITY_NOT_FOUND);
        const sheet = buildSheet(deps.db, activity, today(deps.clock.now()));
        auditEdukasi(deps, user, {
          action: 'view',
          entity: 'attendance',
          entityId: activity.id,
          details: { via: 'sheet' },
          subjects: sheet.rows.map((r) => r.personId),
        });
        return sheet;
      })();
    },
  },
  'attendance.record': {
    description:
      'Menyimpan seluruh absen satu kegiatan sekaligus (satu transaksi). Kegiatan yang sudah lewat perlu konfirmasi dan dicatat di log audit.',
    input: recordInput,
    handler: recordAttendance,
  },
  'attendance.history': {
    description:
      'Riwayat kehadiran satu anak atau pengasuh (7, 30, 365 hari atau tanggal sendiri) dengan persentase hadir.',
    input: historyInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const range = historyRange(input, today(deps.clock.now()));
      return deps.db.transaction(() => {
        const history = attendanceHistory(deps.db, input.personId, range);
        auditEdukasi(deps, user, {
          action: 'view',
          entity: 'attendance',
          entityId: input.personId,
          details: { via: 'history', from: range.from, to: range.to },
          subjects: [input.personId],
        });
        return history;
      })();
    },
  },
};
