import type { FieldIssue } from '../../../shared/errors';
import { AppError, validationError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { iso, jakartaDate } from '../../clock';
import { audit, staffUser } from '../actor';
import { checkDueOn } from '../dates';
import { completeFollowUp, dueFollowUps, findFollowUp, insertFollowUp } from './repository';
import { completeInput, createInput, dueInput } from './schemas';
import { subjectsOf, targetExists } from './subjects';

export type FollowUpMethodName = 'followups.create' | 'followups.due' | 'followups.complete';

const NOT_FOUND = 'Tindak lanjut tidak ditemukan. Muat ulang daftar.';

export const followUpMethods: MethodTable<FollowUpMethodName> = {
  'followups.create': {
    description: 'Jadwalkan tindak lanjut untuk satu konsultasi atau pengaduan.',
    input: createInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const nowMs = deps.clock.now();
      const now = iso(nowMs);
      const early: FieldIssue[] = [];
      checkDueOn(input.dueOn, jakartaDate(nowMs), 'dueOn', early);
      if (early.length > 0) throw validationError(early);
      const id = deps.newId();
      deps.db
        .transaction(() => {
          if (!targetExists(deps.db, input.target)) {
            throw validationError([
              {
                path: 'target.id',
                message: input.target.kind === 'case' ? 'Pengaduan tidak ditemukan.' : 'Konsultasi tidak ditemukan.',
              },
            ]);
          }
          insertFollowUp(deps.db, {
            id,
            target: input.target,
            dueOn: input.dueOn,
            note: input.note ?? '',
            now,
            userId: user.id,
          });
          audit(deps, user, {
            at: now,
            action: 'create',
            entity: 'follow_ups',
            entityId: id,
            details: { target: input.target.kind, targetId: input.target.id, dueOn: input.dueOn },
            subjects: subjectsOf(deps.db, input.target),
          });
        })
        .immediate();
      return findFollowUp(deps.db, id)!;
    },
  },
  'followups.due': {
    description: 'Tindak lanjut hari ini dan yang terlambat, terlama lebih dulu.',
    input: dueInput,
    handler: (input, call, deps) => {
      staffUser(call);
      return dueFollowUps(deps.db, input.on ?? jakartaDate(deps.clock.now()));
    },
  },
  'followups.complete': {
    description:
      'Catat hasil tindak lanjut (termasuk apakah orangnya berangkat lewat jalur resmi), bisa sekaligus menjadwalkan yang berikutnya.',
    input: completeInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const nowMs = deps.clock.now();
      const now = iso(nowMs);
      const early: FieldIssue[] = [];
      if (input.next) checkDueOn(input.next.dueOn, jakartaDate(nowMs), 'next.dueOn', early);
      if (early.length > 0) throw validationError(early);
      return deps.db
        .transaction(() => {
          const current = findFollowUp(deps.db, input.id);
          if (!current) throw new AppError('NOT_FOUND', NOT_FOUND);
          const done = completeFollowUp(deps.db, input.id, {
            outcome: input.outcome,
            note: input.note || null,
            now,
            userId: user.id,
          });
          if (!done) {
            throw new AppError(
              'CONFLICT',
              `Tindak lanjut ini sudah diselesaikan${current.doneBy ? ` oleh ${current.doneBy.displayName}` : ''}. Muat ulang daftar.`,
            );
          }
          let nextId: string | null = null;
          if (input.next) {
            nextId = deps.newId();
            insertFollowUp(deps.db, {
              id: nextId,
              target: current.target,
              dueOn: input.next.dueOn,
              note: input.next.note ?? '',
              now,
              userId: user.id,
            });
          }
          audit(deps, user, {
            at: now,
            action: 'update',
            entity: 'follow_ups',
            entityId: input.id,
            details: { outcome: input.outcome, next: nextId },
            subjects: subjectsOf(deps.db, current.target),
          });
          return { followUp: findFollowUp(deps.db, input.id)!, next: nextId ? findFollowUp(deps.db, nextId) : null };
        })
        .immediate();
    },
  },
};
