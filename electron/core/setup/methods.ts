import { z } from 'zod';
import type { FieldIssue } from '../../shared/errors';
import { AppError, validationError } from '../api/app-error';
import type { Deps, MethodTable } from '../api/types';
import { emptyInput, text } from '../api/zod-messages';
import { appendAudit } from '../audit/audit-log';
import { hashPassword } from '../auth/password-hash';
import { checkPassword } from '../auth/password-policy';
import { toUser } from '../auth/sessions';
import { iso } from '../clock';
import { isKnownVillage, loadRegency, villagesOf } from '../regions/regions';
import { putSetting, SETTING_DEFAULTS } from '../settings/repository';

export const DEFAULT_REGENCY = '32.12'; // Kabupaten Indramayu
export const SUGGESTED_VILLAGE = '32.12.16.2004'; // Desa Kenanga, Kecamatan Sindang

export const usernameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().toLowerCase())
  .pipe(
    z
      .string()
      .regex(
        /^[a-z0-9._-]{3,32}$/,
        'Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
      ),
  );

const completeInput = z.strictObject({
  village: z.strictObject({
    name: text(2, 100),
    regionCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Pilih desa dari daftar kode wilayah Kemendagri.'),
    address: text(3, 300),
  }),
  admin: z.strictObject({
    username: usernameSchema,
    displayName: text(2, 100),
    // Length policy is checked in the handler so the message is specific; this only caps size.
    password: z.string().min(1, 'Wajib diisi.').max(1024, 'Kata sandi terlalu panjang.'),
  }),
});

const needsSetup = (deps: Deps) => (deps.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n === 0;

export const setupMethods: MethodTable<'setup.status' | 'setup.regions' | 'setup.complete'> = {
  'setup.status': {
    description: 'Apakah aplikasi masih perlu penyiapan awal (belum ada akun admin).',
    input: emptyInput,
    handler: (_input, _call, deps) => ({ needsSetup: needsSetup(deps) }),
  },
  'setup.regions': {
    description: 'Daftar desa/kelurahan Kemendagri untuk satu kabupaten (bawaan: Indramayu).',
    input: z.strictObject({
      regencyCode: z
        .string()
        .regex(/^\d{2}\.\d{2}$/)
        .optional(),
    }),
    handler: (input, _call, deps) => {
      const file = loadRegency(deps.resourcesDir, input.regencyCode ?? DEFAULT_REGENCY);
      if (!file) throw new AppError('NOT_FOUND', 'Data wilayah untuk kabupaten ini belum tersedia.');
      return {
        regency: { code: file.regency.code, name: file.regency.name, level: 'regency' },
        villages: villagesOf(file),
        suggestedCode: SUGGESTED_VILLAGE,
        source: file.source,
      };
    },
  },
  'setup.complete': {
    description: 'Penyiapan awal: profil desa dan akun admin pertama. Hanya sekali.',
    input: completeInput,
    handler: async (input, _call, deps) => {
      if (!needsSetup(deps)) throw new AppError('CONFLICT', 'Penyiapan awal sudah selesai. Silakan masuk.');
      const issues: FieldIssue[] = [];
      if (!isKnownVillage(deps.resourcesDir, input.village.regionCode)) {
        issues.push({ path: 'village.regionCode', message: 'Kode wilayah tidak ada dalam daftar Kemendagri.' });
      }
      issues.push(
        ...checkPassword(input.admin.password, {
          common: deps.commonPasswords(),
          words: [input.village.name, input.admin.username, input.admin.displayName],
          path: 'admin.password',
        }),
      );
      if (issues.length > 0) throw validationError(issues);

      const passwordHash = await hashPassword(input.admin.password, deps.random);
      const now = deps.clock.now();
      const at = iso(now);
      const id = deps.newId();
      // One transaction: a power cut leaves either no setup or a complete one.
      const row = deps.db.transaction(() => {
        if (!needsSetup(deps)) throw new AppError('CONFLICT', 'Penyiapan awal sudah selesai. Silakan masuk.');
        putSetting(deps.db, 'village', input.village, at);
        for (const [key, value] of Object.entries(SETTING_DEFAULTS)) putSetting(deps.db, key, value, at);
        deps.db
          .prepare(
            `INSERT INTO users (id, username, display_name, role, password_hash, active, must_change_password, created_at, updated_at)
             VALUES (?, ?, ?, 'admin', ?, 1, 0, ?, ?)`,
          )
          .run(id, input.admin.username, input.admin.displayName, passwordHash, at, at);
        appendAudit(deps.db, {
          at,
          actorUserId: id,
          actorLabel: input.admin.username,
          action: 'setup',
          entity: 'settings',
          entityId: 'village',
          details: { regionCode: input.village.regionCode },
        });
        return deps.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as Parameters<typeof toUser>[0];
      })();
      return { user: toUser(row) };
    },
  },
};
