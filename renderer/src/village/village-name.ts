/**
 * Kemendagri village codes (PP/Permendagri kode wilayah): the 4-digit part starts with 1 for a
 * kelurahan and 2 for a desa. Used only to say "Desa Kenanga" rather than a bare "Kenanga".
 */
export type VillageKind = 'desa' | 'kelurahan';

export function villageKind(regionCode: string): VillageKind | null {
  const last = /^\d{2}\.\d{2}\.\d{2}\.(\d)\d{3}$/.exec(regionCode)?.[1];
  if (last === '1') return 'kelurahan';
  if (last === '2') return 'desa';
  return null;
}

/** The name as people say it; an admin who typed "Desa Kenanga" does not get "Desa Desa Kenanga". */
export function villageDisplayName(
  name: string,
  regionCode: string,
  format: (kind: VillageKind, name: string) => string,
): string {
  const kind = villageKind(regionCode);
  if (!kind || /^(desa|kelurahan)\s/i.test(name.trim())) return name.trim();
  return format(kind, name.trim());
}
