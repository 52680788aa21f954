import { z } from 'zod';
import { AppError, validationError } from '../api/app-error';
import type { MethodTable } from '../api/types';
import { signedInUser } from '../auth/signed-in';
import { iso } from '../clock';
import { auditPerson } from './audit';
import { getConsent, giverIssues, insertConsent } from './consents';
import { consentIssues } from './fields';
import { PERSON_NOT_FOUND } from './messages';
import { getPersonRow } from './repository';
import { consentSchema, idField } from './schemas';

const CONSENT_NOT_FOUND = 'Persetujuan tidak ditemukan. Muat ulang data orang ini.';

export const consentMethods: MethodTable<'people.addConsent' | 'people.withdrawConsent'> = {
  'people.addConsent': {
    description: 'Mencatat persetujuan baru untuk orang yang sudah tersimpan (mis. tujuan lain, atau setelah ditarik).',
    input: z.strictObject({ personId: idField, consent: consentSchema }),
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      const row = getPersonRow(deps.db, input.personId);
      if (!row) throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
      if (row.anonymised_at) throw new AppError('CONFLICT', 'Data orang ini sudah dianonimkan.');
      const issues = [
        ...consentIssues(deps, input.consent, row.birth_date),
        ...giverIssues(deps.db, input.consent, row.id),
      ];
      if (issues.length > 0) throw validationError(issues);
      return deps.db.transaction(() => {
        const consent = insertConsent(deps.db, {
          id: deps.newId(),
          subjectId: row.id,
          consent: input.consent,
          at: iso(deps.clock.now()),
          recordedBy: actor.id,
        });
        auditPerson(deps, actor, 'create', row.id, {
          entity: 'consent',
          entityId: consent.id,
          details: { purposes: consent.purposes.join(','), givenBy: consent.givenBy, method: consent.method },
        });
        return { consent };
      })();
    },
  },
  'people.withdrawConsent': {
    description: 'Mencatat penarikan persetujuan (UU PDP); data tidak lagi dipakai untuk tujuan itu.',
    input: z.strictObject({ consentId: idField }),
    handler: (input, call, deps) => {
      const actor = signedInUser(call);
      return deps.db.transaction(() => {
        const consent = getConsent(deps.db, input.consentId);
        if (!consent) throw new AppError('NOT_FOUND', CONSENT_NOT_FOUND);
        if (consent.withdrawnAt) throw new AppError('CONFLICT', 'Persetujuan ini sudah ditarik sebelumnya.');
        deps.db
          .prepare('UPDATE consents SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL')
          .run(iso(deps.clock.now()), consent.id);
        auditPerson(deps, actor, 'consent_withdraw', consent.subjectPersonId, {
          entity: 'consent',
          entityId: consent.id,
          details: { purposes: consent.purposes.join(',') },
        });
        return { consent: getConsent(deps.db, consent.id)! };
      })();
    },
  },
};
