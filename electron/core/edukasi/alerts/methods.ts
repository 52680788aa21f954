import { z } from 'zod';
import { ABSENCE_ALERT_RULE, type ConsecutiveAbsences, type GroupsWithoutActivity } from '../../../shared/edukasi';
import type { MethodTable } from '../../api/types';
import { stmt } from '../../db/statements';
import { staffUser } from '../../desk/actor';
import { auditEdukasi } from '../audit';
import { addDays, mondayOf, today } from '../dates';
import { dateSchema } from '../schemas';
import { absenceThreshold, consecutiveAbsences, MAX_THRESHOLD } from './absences';

const thresholdInput = z.strictObject({
  threshold: z
    .number('Batas berupa angka.')
    .int('Batas berupa bilangan bulat.')
    .min(1, 'Batas paling kecil 1 kali.')
    .max(MAX_THRESHOLD, `Batas paling besar ${MAX_THRESHOLD} kali.`)
    .optional(),
});

const weekInput = z.strictObject({ weekOf: dateSchema.optional() });

export const alertMethods: MethodTable<'alerts.consecutiveAbsences' | 'alerts.groupsWithoutActivity'> = {
  'alerts.consecutiveAbsences': {
    description:
      'Anak yang Alpa pada N kegiatan terakhir berturut-turut (bawaan N dari pengaturan, 3), untuk dikunjungi keluarganya.',
    input: thresholdInput,
    handler: (input, call, deps) => {
      const user = staffUser(call);
      const threshold = input.threshold ?? absenceThreshold(deps.db);
      return deps.db.transaction((): ConsecutiveAbsences => {
        const items = consecutiveAbsences(deps.db, threshold, today(deps.clock.now()));
        for (const item of items) {
          auditEdukasi(deps, user, {
            action: 'view',
            entity: 'children',
            entityId: item.childId,
            details: { via: 'absence_alert', threshold },
            subjects: [item.personId],
          });
        }
        return { threshold, rule: ABSENCE_ALERT_RULE, items };
      })();
    },
  },
  'alerts.groupsWithoutActivity': {
    description: 'Kelompok yang belum punya kegiatan pada minggu ini (Senin–Minggu), atau minggu tanggal yang dipilih.',
    input: weekInput,
    handler: (input, call, deps): GroupsWithoutActivity => {
      staffUser(call);
      const weekStart = mondayOf(input.weekOf ?? today(deps.clock.now()));
      const weekEnd = addDays(weekStart, 6);
      const items = stmt(
        deps.db,
        `SELECT g.id, g.name, g.audience, (SELECT MAX(a.date) FROM activities a WHERE a.group_id = g.id) AS lastActivityOn
         FROM groups g
         WHERE g.archived_at IS NULL AND substr(g.created_at, 1, 10) <= @weekEnd
           AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.group_id = g.id AND a.date >= @weekStart AND a.date <= @weekEnd)
         ORDER BY g.name_key`,
      ).all({ weekStart, weekEnd }) as GroupsWithoutActivity['items'];
      return { weekStart, weekEnd, items };
    },
  },
};
