import { z } from 'zod';
import type { MethodTable } from '../api/types';
import { emptyInput } from '../api/zod-messages';
import { verifyAuditChain } from './audit-log';
import { listAudit } from './query';

const token = (max: number, message: string) =>
  z
    .string()
    .min(1, 'Wajib diisi.')
    .max(max, message)
    .regex(/^[A-Za-z0-9._:-]+$/, message);

/** `YYYY-MM-DD` or an ISO timestamp with a zone; anything `Date` cannot read is refused. */
const when = z
  .string()
  .max(40, 'Tulis tanggal sebagai TTTT-BB-HH.')
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/,
    'Tulis tanggal sebagai TTTT-BB-HH.',
  )
  .refine((s) => {
    const ms = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
    if (!Number.isFinite(ms)) return false;
    // Date.parse rolls 2026-02-31 over to March: the calendar date must read back as itself.
    const [y, m, d] = s.slice(0, 10).split('-').map(Number);
    const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d && m >= 1 && m <= 12;
    return real && y >= 2000 && y <= 9000;
  }, 'Tanggal tidak ada di kalender.');

export const auditMethods: MethodTable<'audit.list' | 'audit.verify'> = {
  'audit.list': {
    description: 'Log audit untuk admin, terbaru dulu, dengan saringan dan halaman (cursor = seq terakhir).',
    input: z.strictObject({
      entity: token(40, 'Jenis data tidak dikenal.').optional(),
      entityId: token(64, 'Kode data tidak dikenal.').optional(),
      actorUserId: token(64, 'Kode akun tidak dikenal.').optional(),
      action: token(40, 'Jenis tindakan tidak dikenal.').optional(),
      from: when.optional(),
      to: when.optional(),
      limit: z.number().int().min(1).max(200).optional(),
      cursor: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    }),
    handler: (input, _call, deps) => listAudit(deps.db, { ...input, limit: input.limit ?? 50 }),
  },
  'audit.verify': {
    description: 'Memeriksa rantai hash log audit: utuh, atau baris pertama yang diubah.',
    input: emptyInput,
    handler: (_input, _call, deps) => verifyAuditChain(deps.db),
  },
};
