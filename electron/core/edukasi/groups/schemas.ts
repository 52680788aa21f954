import { z } from 'zod';
import { GROUP_AUDIENCES } from '../../../shared/edukasi';
import { dateSchema, freeText, idList, idSchema } from '../schemas';

const ageSchema = z
  .number('Umur berupa angka tahun.')
  .int('Umur berupa angka tahun.')
  .min(0, 'Umur paling kecil 0 tahun.')
  .max(17, 'Rumah Edukasi untuk anak di bawah 18 tahun: umur paling besar 17.');

export const audienceSchema = z.enum(
  GROUP_AUDIENCES,
  'Pilih sasaran kelompok: anak, pengasuh, purna PMI, atau campuran.',
);

export const createInput = z
  .strictObject({
    name: freeText(2, 80),
    audience: audienceSchema,
    ageMin: ageSchema.optional(),
    ageMax: ageSchema.optional(),
    note: freeText(0, 300).optional(),
  })
  .superRefine((g, ctx) => {
    if (g.ageMin !== undefined && g.ageMax !== undefined && g.ageMin > g.ageMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['ageMax'],
        message: 'Umur sampai tidak boleh lebih kecil dari umur mulai.',
      });
    }
    if (g.audience !== 'children' && g.audience !== 'mixed' && (g.ageMin !== undefined || g.ageMax !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ageMin'],
        message: 'Rentang umur hanya untuk kelompok anak atau campuran.',
      });
    }
  });

export const listInput = z.strictObject({ audience: audienceSchema.optional() });

export const getInput = z.strictObject({ id: idSchema });

export const addMembersInput = z.strictObject({
  groupId: idSchema,
  personIds: idList(200, 'anggota').superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i], message: 'Orang ini dipilih dua kali.' });
      seen.add(id);
    });
  }),
  from: dateSchema.optional(),
});

export const removeMemberInput = z.strictObject({
  groupId: idSchema,
  personId: idSchema,
  on: dateSchema.optional(),
});
