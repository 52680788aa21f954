import { z } from 'zod';
import {
  CHILD_LIST_STATUSES,
  CONTACT_METHODS,
  DOCUMENT_STATUSES,
  HOUSEHOLD_RELATIONS,
  PARENT_ROLES,
  SCHOOL_LEVELS,
} from '../../../shared/edukasi';
import { text } from '../../api/zod-messages';
import { cursorSchema } from '../../desk/cursor';
import {
  booleanSchema,
  childConsentSchema,
  childPersonSchema,
  dateSchema,
  freeText,
  idSchema,
  limitSchema,
  versionSchema,
} from '../schemas';

export const birthCertificateSchema = z.enum(DOCUMENT_STATUSES, 'Akta lahir: pilih ada, tidak ada, atau belum tahu.');
export const kiaSchema = z.enum(DOCUMENT_STATUSES, 'KIA: pilih ada, tidak ada, atau belum tahu.');
export const schoolLevelSchema = z.enum(
  SCHOOL_LEVELS,
  'Pilih jenjang sekolah: belum sekolah, PAUD, SD, SMP, SMA, atau tidak sekolah.',
);
export const householdRelationSchema = z.enum(
  HOUSEHOLD_RELATIONS,
  'Pilih hubungan dengan kepala keluarga dari daftar.',
);

export const enrolInput = z.strictObject({
  person: childPersonSchema,
  householdId: idSchema.optional(),
  relationInHousehold: householdRelationSchema.optional(),
  // A missing consent gets the UU PDP message (objectError in childConsentSchema), not "Wajib diisi".
  consent: childConsentSchema,
  birthCertificate: birthCertificateSchema,
  kia: kiaSchema,
  bornAbroad: booleanSchema('Lahir di luar negeri: pilih ya atau tidak.'),
  schoolLevel: schoolLevelSchema,
  enrolledOn: dateSchema.optional(),
});

export const getInput = z.strictObject({ id: idSchema });

export const listInput = z.strictObject({
  groupId: idSchema.optional(),
  q: text(0, 100).optional(),
  status: z.enum(CHILD_LIST_STATUSES, 'Pilih status: aktif, sudah keluar, persetujuan ditarik, atau semua.').optional(),
  limit: limitSchema.optional(),
  cursor: cursorSchema.nullable().optional(),
});

export const updateInput = z.strictObject({
  id: idSchema,
  version: versionSchema,
  birthCertificate: birthCertificateSchema.optional(),
  kia: kiaSchema.optional(),
  bornAbroad: booleanSchema('Lahir di luar negeri: pilih ya atau tidak.').optional(),
  schoolLevel: schoolLevelSchema.optional(),
  householdId: idSchema.nullable().optional(),
});

export const leaveInput = z.strictObject({ id: idSchema, leftOn: dateSchema });

export const linkParentInput = z.strictObject({
  childId: idSchema,
  journeyId: idSchema,
  role: z.enum(PARENT_ROLES, 'Pilih ayah atau ibu.'),
});

export const parentCandidatesInput = z.strictObject({
  childId: idSchema,
  q: text(2, 100),
});

export const contactAddInput = z.strictObject({
  childId: idSchema,
  date: dateSchema.optional(),
  how: z.enum(CONTACT_METHODS, 'Pilih cara: panggilan video, telepon, pesan, atau kunjungan.'),
  facilitatedByHouse: booleanSchema('Difasilitasi Rumah Edukasi: pilih ya atau tidak.'),
  note: freeText(0, 300).optional(),
});

export const contactListInput = z.strictObject({
  childId: idSchema,
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});
