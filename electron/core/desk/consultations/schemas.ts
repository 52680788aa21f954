import { z } from 'zod';
import {
  CONSULTATION_CHANNELS,
  CONSULTATION_STATUSES,
  CONSULTATION_TOPICS,
  REFERRAL_TARGETS,
  SUMMARY_MAX,
  VISITOR_RELATIONS,
} from '../../../shared/desk';
import { text } from '../../api/zod-messages';
import { cursorSchema } from '../cursor';
import {
  countrySchema,
  dateSchema,
  freeText,
  idSchema,
  limitSchema,
  NO_ID_NUMBERS,
  noIdNumbers,
  objectError,
  timestampSchema,
  versionSchema,
} from '../schemas';

export const channelSchema = z.enum(
  CONSULTATION_CHANNELS,
  'Pilih cara layanan: datang langsung, telepon, WhatsApp, atau kunjungan rumah.',
);
export const relationSchema = z.enum(
  VISITOR_RELATIONS,
  'Pilih hubungan dengan calon/pekerja migran: diri sendiri, suami/istri, orang tua, anak, saudara, atau lainnya.',
);
export const topicSchema = z.enum(CONSULTATION_TOPICS, 'Topik tidak dikenal; pilih dari daftar.');
export const statusSchema = z.enum(CONSULTATION_STATUSES, 'Pilih status: baru, sedang diproses, atau selesai.');
export const referralTargetSchema = z.enum(REFERRAL_TARGETS, 'Tujuan rujukan tidak dikenal; pilih dari daftar.');

export const visitorSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('person'), personId: idSchema }),
    z.strictObject({
      kind: z.literal('anonymous'),
      // Short on purpose: "Ibu dari Dusun 2", never a name with an address.
      label: text(2, 60).refine(noIdNumbers, NO_ID_NUMBERS),
    }),
  ],
  { error: 'Pilih pengunjung: orang yang sudah tercatat, atau anonim dengan keterangan singkat.' },
);

const topicsSchema = z
  .array(topicSchema, 'Pilih minimal satu topik.')
  .min(1, 'Pilih minimal satu topik.')
  .max(CONSULTATION_TOPICS.length, 'Setiap topik cukup dipilih sekali.')
  .refine((t) => new Set(t).size === t.length, 'Setiap topik cukup dipilih sekali.');

const referralSchema = z
  .strictObject({
    to: referralTargetSchema,
    note: freeText(0, 200).nullable().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.to === 'other' && !r.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Tulis ke lembaga mana dirujuk.' });
    }
  });

const referralsSchema = z
  .array(referralSchema, 'Daftar rujukan tidak valid.')
  .max(10, 'Paling banyak 10 rujukan.')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (r.to !== 'other' && seen.has(r.to)) {
        ctx.addIssue({ code: 'custom', path: [i, 'to'], message: 'Tujuan rujukan ini sudah dipilih.' });
      }
      seen.add(r.to);
    });
  });

const flagsSchema = z.strictObject(
  {
    nonProcedural: z.boolean('Pilih ya atau tidak.').optional(),
    traffickingSuspected: z.boolean('Pilih ya atau tidak.').optional(),
  },
  objectError('Tanda (non-prosedural / dugaan TPPO) tidak valid.'),
);

export const summarySchema = freeText(0, SUMMARY_MAX);

export const followUpSchema = z.strictObject(
  { dueOn: dateSchema, note: freeText(0, 300).optional() },
  objectError('Isi tanggal tindak lanjut.'),
);

const optionalId = idSchema.nullable().optional();

export const createInput = z.strictObject({
  at: timestampSchema.optional(),
  channel: channelSchema,
  visitor: visitorSchema,
  relation: relationSchema,
  journeyId: optionalId,
  topics: topicsSchema,
  destination: countrySchema.nullable().optional(),
  summary: summarySchema.optional(),
  flags: flagsSchema.optional(),
  referrals: referralsSchema.optional(),
  followUp: followUpSchema.optional(),
  queueTicketId: optionalId,
});

export const updateInput = z.strictObject({
  id: idSchema,
  version: versionSchema,
  at: timestampSchema.optional(),
  channel: channelSchema.optional(),
  visitor: visitorSchema.optional(),
  relation: relationSchema.optional(),
  journeyId: optionalId,
  topics: topicsSchema.optional(),
  destination: countrySchema.nullable().optional(),
  summary: summarySchema.optional(),
  flags: flagsSchema.optional(),
  referrals: referralsSchema.optional(),
  status: statusSchema.optional(),
});

export const getInput = z.strictObject({ id: idSchema });

export const listInput = z.strictObject({
  filters: z
    .strictObject(
      {
        status: statusSchema.optional(),
        from: dateSchema.optional(),
        to: dateSchema.optional(),
        topic: topicSchema.optional(),
        flagged: z.boolean('Pilih ya atau tidak.').optional(),
        personId: idSchema.optional(),
        q: text(1, 100).optional(),
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
