import { z } from 'zod';
import { AppError } from '../api/app-error';
import type { MethodTable } from '../api/types';
import { auditTrailOf } from '../audit/query';
import { signedInUser } from '../auth/signed-in';
import { requireRecentReauth } from '../auth/step-up';
import { iso } from '../clock';
import { auditPerson } from './audit';
import { canSeeChildren, isChildRecord } from './child-privacy';
import { consentsOf } from './consents';
import { PERSON_NOT_FOUND } from './messages';
import { deleteOrAnonymise } from './removal';
import { getPersonRow, toPerson } from './repository';
import { idField } from './schemas';

/** Enough for years of ordinary processing of one person; more is marked `truncated`. */
export const TRAIL_MAX_EVENTS = 5000;

export const removalMethods: MethodTable<'people.delete' | 'people.trail'> = {
  'people.delete': {
    description:
      'Menghapus orang (perlu kata sandi ulang). Bila masih dirujuk data lain, orang itu dianonimkan, bukan dihapus.',
    input: z.strictObject({ id: idField }),
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      requireRecentReauth(call, deps);
      return deps.db.transaction(() => {
        const row = getPersonRow(deps.db, input.id);
        if (!row || (!canSeeChildren(call.role) && isChildRecord(deps.db, row.id))) {
          throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
        }
        const result = deleteOrAnonymise(deps.db, row.id, iso(deps.clock.now()), actor.id);
        auditPerson(deps, actor, result.outcome === 'deleted' ? 'delete' : 'anonymise', row.id, {
          details: { references: result.references.reduce((n, r) => n + r.count, 0) },
        });
        return result;
      })();
    },
  },
  'people.trail': {
    description:
      'Rekam jejak pemrosesan data satu orang (UU PDP) untuk dicetak: log audit dan persetujuan. Perlu kata sandi ulang.',
    input: z.strictObject({ id: idField }),
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      requireRecentReauth(call, deps);
      return deps.db.transaction(() => {
        const row = getPersonRow(deps.db, input.id);
        const { events, truncated } = auditTrailOf(deps.db, input.id, TRAIL_MAX_EVENTS);
        // A deleted person still has a trail (the log keeps their id): answer for it too.
        if (!row && events.length === 0) throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
        const exportedAt = iso(deps.clock.now());
        auditPerson(deps, actor, 'export', input.id, { details: { kind: 'trail', events: events.length } });
        return {
          personId: input.id,
          person: row ? toPerson(row) : null,
          consents: row ? consentsOf(deps.db, row.id) : [],
          events,
          truncated,
          exportedAt,
        };
      })();
    },
  },
};
