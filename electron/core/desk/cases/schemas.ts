import { z } from 'zod';
import { CASE_KINDS, CASE_PERSON_ROLES, CASE_RISKS, CASE_STATUSES, REFERRAL_TARGETS } from '../../../shared/desk';
import { cursorSchema } from '../cursor';
import { dateSchema, freeText, idSchema, limitSchema, objectError, versionSchema } from '../schemas';

export const kindSchema = z.enum(
  CASE_KINDS,
  'Pilih jenis pengaduan: calo/perekrutan ilegal, penipuan, PMI bermasalah, gaji tidak dibayar, kekerasan, hilang kontak, deportasi, dugaan TPPO, atau lainnya.',
);
export const riskSchema = z.enum(CASE_RISKS, 'Pilih tingkat risiko: rendah, sedang, tinggi, atau darurat.');
export const caseStatusSchema = z.enum(CASE_STATUSES, 'Pilih status: dibuka, dirujuk, selesai, atau ditutup.');
const referralSchema = z.enum(REFERRAL_TARGETS, 'Tujuan rujukan tidak dikenal; pilih dari daftar.');

const peopleSchema = z
  .array(
    z.strictObject(
      {
        personId: idSchema,
        role: z.enum(CASE_PERSON_ROLES, 'Pilih peran: pelapor, korban, atau lainnya.'),
      },
      objectError('Pilih orang dan perannya.'),
    ),
    'Daftar orang tidak valid.',
  )
  .max(10, 'Paling banyak 10 orang dalam satu pengaduan.')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      if (seen.has(p.personId))
        ctx.addIssue({ code: 'custom', path: [i, 'personId'], message: 'Orang ini sudah ada di daftar.' });
      seen.add(p.personId);
    });
  });

export const caseSummarySchema = freeText(3, 1000);

export const createInput = z.strictObject({
  kind: kindSchema,
  risk: riskSchema,
  summary: caseSummarySchema,
  people: peopleSchema.optional(),
  agencyId: idSchema.nullable().optional(),
  consultationId: idSchema.nullable().optional(),
  followUp: z
    .strictObject({ dueOn: dateSchema, note: freeText(0, 300).optional() }, objectError('Isi tanggal tindak lanjut.'))
    .optional(),
});

export const updateInput = z.strictObject({
  id: idSchema,
  version: versionSchema,
  status: caseStatusSchema.optional(),
  kind: kindSchema.optional(),
  risk: riskSchema.optional(),
  summary: caseSummarySchema.optional(),
  agencyId: idSchema.nullable().optional(),
  /** Kept on the timeline with a status change. */
  note: freeText(0, 1000).optional(),
});

export const addEventInput = z.strictObject({
  id: idSchema,
  note: freeText(1, 1000),
  referralTo: referralSchema.nullable().optional(),
  statusTo: caseStatusSchema.nullable().optional(),
});

export const getInput = z
  .strictObject({
    id: idSchema.optional(),
    referenceCode: z
      .string('Tulis kode pengaduan, misalnya KNG-2611-7QK.')
      .max(40, 'Kode pengaduan terlalu panjang.')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.id === undefined) === (v.referenceCode === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['referenceCode'], message: 'Isi kode pengaduan (misalnya KNG-2611-7QK).' });
    }
  });

export const listInput = z.strictObject({
  filters: z
    .strictObject(
      {
        status: caseStatusSchema.optional(),
        kind: kindSchema.optional(),
        risk: riskSchema.optional(),
        agencyId: idSchema.optional(),
        personId: idSchema.optional(),
        from: dateSchema.optional(),
        to: dateSchema.optional(),
      },
      objectError('Saringan tidak valid.'),
    )
    .superRefine((f, ctx) => {
      if (f.from && f.to && f.from > f.to) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: 'Tanggal akhir tidak boleh sebelum tanggal awal.' });
      }
    })
    .optional(),
  limit: limitSchema.optional(),
  cursor: cursorSchema.nullable().optional(),
});

export const byAgencyInput = z.strictObject({ agencyId: idSchema.optional() });
