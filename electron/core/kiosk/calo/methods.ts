import { z } from 'zod';
import type { CaloQuestions } from '../../../shared/kiosk';
import { AppError, validationError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { readContentFile } from '../content-file';
import { langSchema, pickLang } from '../lang';
import { evaluateCalo } from './evaluate';
import { type CaloFile, caloFileSchema } from './schema';

function load(resourcesDir: string): CaloFile {
  const file = readContentFile(resourcesDir, 'calo-check.json', caloFileSchema);
  if (!file)
    throw new AppError('NOT_FOUND', 'Daftar pertanyaan cek tawaran kerja belum tersedia. Tanyakan ke petugas.');
  return file;
}

const answerSchema = z.enum(['yes', 'no', 'unsure'], 'Jawab dengan ya, tidak, atau tidak tahu.');

/**
 * zod drops a `__proto__` key from records without a word; a key that looks like that is not a
 * question id, so it is refused here like any other unknown id.
 */
const answersSchema = z
  .custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'Jenis isian tidak sesuai.')
  .superRefine((v, ctx) => {
    if (Object.hasOwn(v, '__proto__'))
      ctx.addIssue({ code: 'custom', path: ['__proto__'], message: 'Pertanyaan tidak dikenal.' });
  })
  .pipe(z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Pertanyaan tidak dikenal.'), answerSchema))
  .refine((v) => Object.keys(v).length <= 100, 'Terlalu banyak jawaban.');

export const caloMethods: MethodTable<'calo.questions' | 'calo.evaluate'> = {
  'calo.questions': {
    description: 'Cek tawaran kerja ("Apakah tawaran kerja ini aman?"): pertanyaan ya/tidak tentang tanda calo.',
    input: z.strictObject({ lang: langSchema }),
    handler: (_input, _call, deps): CaloQuestions => {
      const file = load(deps.resourcesDir);
      return {
        version: file.version,
        intro: file.intro,
        neverSafeNote: file.never_safe_note,
        questions: file.questions.map((q) => ({ id: q.id, text: q.text })),
        contentLang: 'id',
      };
    },
  },
  'calo.evaluate': {
    description:
      'Cek tawaran kerja: menyebut setiap tanda bahaya dari jawaban dan langkah berikutnya; tidak pernah menyatakan aman.',
    input: z.strictObject({ answers: answersSchema, lang: langSchema }),
    handler: (input, _call, deps) => {
      const file = load(deps.resourcesDir);
      const known = new Set(file.questions.map((q) => q.id));
      const unknown = Object.keys(input.answers).filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw validationError(
          unknown.slice(0, 20).map((id) => ({ path: `answers.${id}`, message: 'Pertanyaan tidak dikenal.' })),
          'Ada jawaban untuk pertanyaan yang tidak dikenal. Muat ulang daftar pertanyaan.',
        );
      }
      return evaluateCalo(file, input.answers as Record<string, 'yes' | 'no' | 'unsure'>, pickLang(input.lang));
    },
  },
};
