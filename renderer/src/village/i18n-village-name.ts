import type { TFunction } from 'i18next';
import type { VillageProfile } from '../../../electron/shared/domain';
import { villageDisplayName } from './village-name';

/** "Desa Kenanga" in the current language. */
export function i18nVillageName(t: TFunction, village: VillageProfile): string {
  return villageDisplayName(village.name, village.regionCode, (kind, name) => t(`village.${kind}`, { name }));
}
