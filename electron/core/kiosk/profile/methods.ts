import { KIOSK_LANGS, type KioskLang, type KioskProfile } from '../../../shared/kiosk';
import type { MethodTable } from '../../api/types';
import { emptyInput } from '../../api/zod-messages';
import { getSetting, getVillage, SETTING_DEFAULTS } from '../../settings/repository';

/** Bounds for the idle timer: shorter annoys a slow reader, longer leaves a screen to the next visitor. */
export const IDLE_SECONDS_RANGE = { min: 20, max: 1800 } as const;

export const profileMethods: MethodTable<'kiosk.profile'> = {
  'kiosk.profile': {
    description: 'Profil kios: nama desa, kode wilayah, batas diam (detik) dan bahasa. Tanpa data pribadi.',
    input: emptyInput,
    handler: (_input, _call, deps): KioskProfile => {
      const village = getVillage(deps.db);
      const hasAdmin = (deps.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n > 0;
      const idle = getSetting<unknown>(deps.db, 'kiosk.idleSeconds', SETTING_DEFAULTS['kiosk.idleSeconds']);
      const langs = getSetting<unknown>(deps.db, 'languages', SETTING_DEFAULTS.languages);
      // Settings are JSON written by other screens; a bad value falls back to the default, never breaks the kiosk.
      const idleSeconds =
        typeof idle === 'number' &&
        Number.isInteger(idle) &&
        idle >= IDLE_SECONDS_RANGE.min &&
        idle <= IDLE_SECONDS_RANGE.max
          ? idle
          : SETTING_DEFAULTS['kiosk.idleSeconds'];
      const languages = Array.isArray(langs)
        ? KIOSK_LANGS.filter((l): l is KioskLang => langs.includes(l))
        : [...KIOSK_LANGS];
      return {
        needsSetup: village === null || !hasAdmin,
        villageName: village?.name ?? null,
        regionCode: village?.regionCode ?? null,
        idleSeconds,
        languages: languages.length > 0 ? languages : ['id'],
        ...(getSetting<unknown>(deps.db, 'demo', false) === true ? { demo: true } : {}),
      };
    },
  },
};
