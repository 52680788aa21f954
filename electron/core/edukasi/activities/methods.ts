import type { Activity } from '../../../shared/edukasi';
import { AppError, validationError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { staffUser } from '../../desk/actor';
import { auditEdukasi } from '../audit';
import { addDays, today } from '../dates';
import { ACTIVITY_NOT_FOUND } from '../messages';
import { ACTIVITY_SELECT, type ActivityRow, findActivityRow, toActivity } from './repository';
import { createInput, getInput, listInput } from './schemas';

/** Lists cover at most about a year, so one call never walks the whole history. */
const MAX_LIST_DAYS = 366;

export const activityMethods: MethodTable<'activities.create' | 'activities.list' | 'activities.get'> = {
  'activities.create': {
    description:
      'Membuat kegiatan (bawaan: hari ini) untuk satu kelompok, atau acara sekali tanpa kelompok; diberi nomor urut per hari.',
    input: createInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const date = input.date ?? today(deps.clock.now());
      return deps.db
        .transaction((): Activity => {
          if (
            input.groupId &&
            !stmt(deps.db, 'SELECT 1 FROM groups WHERE id = ? AND archived_at IS NULL').get(input.groupId)
          ) {
            throw validationError([
              { path: 'groupId', message: 'Kelompok tidak ditemukan. Pilih dari daftar kelompok.' },
            ]);
          }
          // Numbered within the day in order of creation (Kolibri's "session 1, 2…"); the write
          // lock of this IMMEDIATE transaction keeps two saves from taking the same number.
          const { next } = stmt(
            deps.db,
            'SELECT COALESCE(MAX(number_in_day), 0) + 1 AS next FROM activities WHERE date = ?',
          ).get(date) as { next: number };
          const id = deps.newId();
          const now = iso(deps.clock.now());
          stmt(
            deps.db,
            `INSERT INTO activities (id, group_id, date, start_time, end_time, kind, title, facilitator, place,
               number_in_day, created_at, created_by, updated_at, updated_by, version)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
          ).run(
            id,
            input.groupId ?? null,
            date,
            input.startTime,
            input.endTime,
            input.kind,
            input.title,
            input.facilitator,
            input.place,
            next,
            now,
            user.id,
            now,
            user.id,
          );
          auditEdukasi(deps, user, {
            action: 'create',
            entity: 'activities',
            entityId: id,
            details: { kind: input.kind, date, group: input.groupId ?? null },
          });
          return toActivity(findActivityRow(deps.db, id)!);
        })
        .immediate();
    },
  },
  'activities.list': {
    description: 'Kegiatan dalam rentang tanggal (paling lama satu tahun), urut tanggal dan nomor; bisa per kelompok.',
    input: listInput,
    handler: (input, call, deps) => {
      staffUser(call);
      if (input.to > addDays(input.from, MAX_LIST_DAYS - 1)) {
        throw validationError([{ path: 'to', message: 'Rentang tanggal paling lama satu tahun (366 hari).' }]);
      }
      const rows = (
        input.groupId
          ? stmt(
              deps.db,
              `${ACTIVITY_SELECT} WHERE a.group_id = ? AND a.date >= ? AND a.date <= ? ORDER BY a.date, a.number_in_day`,
            ).all(input.groupId, input.from, input.to)
          : stmt(deps.db, `${ACTIVITY_SELECT} WHERE a.date >= ? AND a.date <= ? ORDER BY a.date, a.number_in_day`).all(
              input.from,
              input.to,
            )
      ) as ActivityRow[];
      return { items: rows.map(toActivity) };
    },
  },
  'activities.get': {
    description: 'Membuka satu kegiatan dengan jumlah yang sudah diabsen dan yang hadir.',
    input: getInput,
    handler: (input, call, deps) => {
      staffUser(call);
      const row = findActivityRow(deps.db, input.id);
      if (!row) throw new AppError('NOT_FOUND', ACTIVITY_NOT_FOUND);
      return toActivity(row);
    },
  },
};
