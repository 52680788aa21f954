import { z } from 'zod';
import { JOURNEY_LIST_KINDS, JOURNEY_SCHEMES, JOURNEY_SECTORS, JOURNEY_STATUSES } from '../../../shared/desk';
import { countrySchema, dateSchema, freeText, idSchema, monthSchema, versionSchema } from '../schemas';

export const journeyStatusSchema = z.enum(
  JOURNEY_STATUSES,
  'Pilih status: rencana, terdaftar, dalam proses, berangkat, bekerja di luar negeri, pulang, bermasalah, atau tidak diketahui.',
);
const sectorSchema = z.enum(JOURNEY_SECTORS, 'Pilih sektor: formal, rumah tangga, awak kapal, atau lainnya.');
const schemeSchema = z.enum(
  JOURNEY_SCHEMES,
  'Pilih skema: P to P, G to G, G to P, UKPS, perseorangan, atau diduga non-prosedural.',
);

/** Every optional field: a missing field stays as it is on update, `null` clears it. */
const fields = {
  destination: countrySchema.nullable().optional(),
  job: freeText(1, 100).nullable().optional(),
  sector: sectorSchema.nullable().optional(),
  scheme: schemeSchema.nullable().optional(),
  agencyId: idSchema.nullable().optional(),
  familyPermissionAcknowledgedOn: dateSchema.nullable().optional(),
  departedOn: dateSchema.nullable().optional(),
  expectedReturnOn: dateSchema.nullable().optional(),
  returnedOn: dateSchema.nullable().optional(),
  note: freeText(0, 500).nullable().optional(),
};

export const createInput = z.strictObject({ personId: idSchema, status: journeyStatusSchema, ...fields });

export const updateInput = z.strictObject({
  id: idSchema,
  version: versionSchema,
  status: journeyStatusSchema.optional(),
  ...fields,
});

export const getInput = z.strictObject({ id: idSchema });
export const listByPersonInput = z.strictObject({ personId: idSchema });

export const listsInput = z.strictObject({
  kind: z.enum(
    JOURNEY_LIST_KINDS,
    'Pilih daftar: berangkat bulan ini, kontrak berakhir dalam 3 bulan, atau diduga non-prosedural.',
  ),
  month: monthSchema.optional(),
});
