import { z } from 'zod';
import type { ChecklistResult, KioskLang } from '../../../shared/kiosk';
import { AppError, validationError } from '../../api/app-error';
import type { MethodTable } from '../../api/types';
import { getVillage } from '../../settings/repository';
import { readContentFile } from '../content-file';
import { langSchema, pickLang } from '../lang';
import { buildQrText } from './qr-text';
import { checklistFileSchema } from './schema';

const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'Pilihan tidak dikenal.');
const applies = (list: string[], id: string) => list.length === 0 || list.includes('*') || list.includes(id);

const WORDS: Record<
  KioskLang,
  { title: string; scheme: string; marital: string; more: (n: number) => string; ask: string }
> = {
  id: {
    title: 'DAFTAR DOKUMEN CALON PMI',
    scheme: 'Skema',
    marital: 'Status',
    more: (n) => `+${n} dokumen lain: lihat daftar lengkap di petugas.`,
    ask: 'Periksa ke petugas desa sebelum mendaftar. Jangan serahkan dokumen asli ke calo.',
  },
  en: {
    title: 'DOCUMENT CHECKLIST FOR PROSPECTIVE MIGRANT WORKERS',
    scheme: 'Scheme',
    marital: 'Status',
    more: (n) => `+${n} more documents: see the full list at the desk.`,
    ask: 'Check with the village officer before registering. Never give original documents to a broker.',
  },
};

export const checklistMethods: MethodTable<'checklist.get'> = {
  'checklist.get': {
    description: 'Daftar dokumen menurut skema penempatan dan status perkawinan, dengan teks singkat untuk kode QR.',
    input: z.strictObject({ scheme: idSchema, marital: idSchema, lang: langSchema }),
    handler: (input, _call, deps): ChecklistResult => {
      const file = readContentFile(deps.resourcesDir, 'checklists.json', checklistFileSchema);
      if (!file) throw new AppError('NOT_FOUND', 'Daftar dokumen belum tersedia. Tanyakan ke petugas.');
      const scheme = file.schemes.find((s) => s.id === input.scheme);
      const marital = file.marital_statuses.find((m) => m.id === input.marital);
      const issues = [
        ...(scheme ? [] : [{ path: 'scheme', message: 'Skema penempatan tidak dikenal.' }]),
        ...(marital ? [] : [{ path: 'marital', message: 'Status perkawinan tidak dikenal.' }]),
      ];
      if (!scheme || !marital) throw validationError(issues);
      const items = file.items
        .filter((i) => applies(i.schemes, scheme.id) && applies(i.marital, marital.id))
        .map((i) => ({ id: i.id, text: i.text, note: i.note ?? null }));
      const words = WORDS[pickLang(input.lang)];
      const village = getVillage(deps.db);
      return {
        version: file.version,
        scheme: { id: scheme.id, label: scheme.label, note: scheme.note ?? null },
        marital: { id: marital.id, label: marital.label },
        items,
        qrText: buildQrText({
          title: words.title,
          lines: [`${words.scheme}: ${scheme.label}`, `${words.marital}: ${marital.label}`],
          items: items.map((i) => i.text),
          footer: [words.ask, village ? village.name : null, `v${file.version}`].filter(Boolean).join(' · '),
          moreLabel: words.more,
        }),
        contentLang: 'id',
      };
    },
  },
};
