import { z } from 'zod';
import type { Destination, DestinationSummary, KioskLang } from '../../../shared/kiosk';
import { AppError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { readContentFile } from '../content-file';
import { langSchema, pickLang } from '../lang';
import { type DestinationEntry, destinationFileSchema } from './schema';

/**
 * Destinations are read from resources/content/destinations.json at call time (cached by file
 * mtime), not seeded into a table. They are reviewed content that changes only with an app
 * upgrade and that no staff screen edits, so a table would add a migration, a seed and
 * overwrite rules for no gain, and could drift from the reviewed file. Help lines differ: the
 * admin adds local offices, so they live in a table (see hotlines/).
 */
const load = (resourcesDir: string): DestinationEntry[] =>
  readContentFile(resourcesDir, 'destinations.json', destinationFileSchema) ?? [];

function toSummary(d: DestinationEntry, lang: KioskLang): DestinationSummary {
  return {
    code: d.code,
    name: lang === 'en' ? d.name_en : d.name_id,
    schemes: d.schemes,
    summary: d.summary,
    hasMoratorium: Boolean(d.moratorium_note),
    confidence: d.confidence,
    verifiedAt: d.verified_at,
  };
}

const codeSchema = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'Kode negara tidak dikenal.');

export const destinationMethods: MethodTable<'destinations.list' | 'destinations.get'> = {
  'destinations.list': {
    description: 'Negara Tujuan: daftar negara tujuan umum dengan skema penempatan yang berlaku.',
    input: z.strictObject({ lang: langSchema }),
    handler: (input, _call, deps) => {
      const lang = pickLang(input.lang);
      return { destinations: load(deps.resourcesDir).map((d) => toSummary(d, lang)), contentLang: 'id' as const };
    },
  },
  'destinations.get': {
    description: 'Negara Tujuan: rincian satu negara (skema, hal yang perlu diwaspadai, tempat bertanya, sumber).',
    input: z.strictObject({ code: codeSchema, lang: langSchema }),
    handler: (input, _call, deps): Destination => {
      const lang = pickLang(input.lang);
      const code = input.code.toUpperCase();
      const d = load(deps.resourcesDir).find((x) => x.code.toUpperCase() === code);
      if (!d) throw new AppError('NOT_FOUND', 'Informasi negara tujuan ini belum tersedia. Tanyakan ke petugas.');
      return {
        ...toSummary(d, lang),
        cautions: d.cautions,
        whereToAsk: d.where_to_ask,
        moratoriumNote: d.moratorium_note ?? null,
        sources: d.sources,
        // Only names are translated so far; the body stays in Indonesian and the UI says so.
        contentLang: 'id',
      };
    },
  },
};
