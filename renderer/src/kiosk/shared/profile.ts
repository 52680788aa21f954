import { createContext, use } from 'react';
import type { KioskProfile } from '../../../../electron/shared/kiosk';

/** Used until kiosk.profile answers, and if it cannot: the kiosk still works, just unnamed. */
export const DEFAULT_PROFILE: KioskProfile = {
  needsSetup: false,
  villageName: null,
  regionCode: null,
  idleSeconds: 90,
  languages: ['id', 'en'],
};

export const KioskProfileContext = createContext<KioskProfile>(DEFAULT_PROFILE);

export function useKioskProfile(): KioskProfile {
  return use(KioskProfileContext);
}
