import type { Caregiver, ChildDetail } from '../../../shared/edukasi';
import { AppError, validationError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { iso } from '../../clock';
import { stmt } from '../../db/statements';
import { staffUser } from '../../desk/actor';
import { auditEdukasi } from '../audit';
import { childForWrite } from '../children/guards';
import { childDetail, findChildRow } from '../children/repository';
import { activeConsentId } from '../consent';
import { today } from '../dates';
import { NO_EDUKASI_CONSENT } from '../messages';
import { caregiverIssues, writeCaregiver } from './add';
import { addInput, trainingInput } from './schemas';

interface CaregiverRow {
  id: string;
  person_id: string;
  full_name: string;
  parenting_training_on: string | null;
  training_provider: string | null;
}

const toCaregiver = (r: CaregiverRow): Caregiver => ({
  id: r.id,
  personId: r.person_id,
  fullName: r.full_name,
  parentingTrainingOn: r.parenting_training_on,
  trainingProvider: r.training_provider,
});

const CAREGIVER_SELECT = `SELECT g.id, g.person_id, p.full_name, g.parenting_training_on, g.training_provider
  FROM caregivers g JOIN people p ON p.id = g.person_id WHERE g.id = ?`;

export const caregiverMethods: MethodTable<'caregivers.add' | 'caregivers.recordTraining'> = {
  'caregivers.add': {
    description:
      'Mencatat pengasuh anak (hubungan, wali sah atau bukan, mulai, pengasuh utama), dengan persetujuan pengasuh.',
    input: addInput,
    handler: (input, call, deps) => {
      staffUser(call);
      const day = today(deps.clock.now());
      const values = {
        person: input.person,
        consent: input.consent,
        relation: input.relation,
        courtAppointedGuardian: input.courtAppointedGuardian ?? false,
        from: input.from ?? day,
        primary: input.primary ?? false,
      };
      return deps.db
        .transaction((): ChildDetail => {
          const child = childForWrite(deps.db, input.childId, { enrolled: true });
          const issues = caregiverIssues(deps, child, values, day);
          if (issues.length > 0) throw validationError(issues);
          writeCaregiver(deps, call, child, values);
          return childDetail(deps.db, findChildRow(deps.db, child.id)!, day);
        })
        .immediate();
    },
  },
  'caregivers.recordTraining': {
    description: 'Mencatat tanggal pengasuh mengikuti pelatihan pengasuhan (parenting), dan penyelenggaranya.',
    input: trainingInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      return deps.db
        .transaction((): Caregiver => {
          const row = stmt(deps.db, CAREGIVER_SELECT).get(input.caregiverId) as CaregiverRow | undefined;
          if (!row) throw new AppError('NOT_FOUND', 'Pengasuh tidak ditemukan. Muat ulang data anak.');
          if (!activeConsentId(deps.db, row.person_id)) throw new AppError('CONFLICT', NO_EDUKASI_CONSENT);
          if (input.on > today(deps.clock.now())) {
            throw validationError([{ path: 'on', message: 'Tanggal pelatihan tidak boleh sesudah hari ini.' }]);
          }
          const now = iso(deps.clock.now());
          stmt(
            deps.db,
            `UPDATE caregivers SET parenting_training_on = ?, training_provider = ?, updated_at = ?, updated_by = ?
             WHERE id = ?`,
          ).run(input.on, input.provider ?? null, now, user.id, row.id);
          auditEdukasi(deps, user, {
            action: 'update',
            entity: 'caregivers',
            entityId: row.id,
            details: { fields: 'parentingTrainingOn' },
            subjects: [row.person_id],
          });
          return toCaregiver(stmt(deps.db, CAREGIVER_SELECT).get(row.id) as CaregiverRow);
        })
        .immediate();
    },
  },
};
