import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Region } from '../../shared/domain';

interface RegencyFile {
  source: string;
  regency: { code: string; name: string };
  villages: { code: string; name: string; districtName: string }[];
}

const cache = new Map<string, RegencyFile>();

/** Kemendagri villages of one regency, from resources/regions/<code>.json (see scripts/gen-regions.mjs). */
export function loadRegency(resourcesDir: string, regencyCode: string): RegencyFile | null {
  if (!/^\d{2}\.\d{2}$/.test(regencyCode)) return null;
  const hit = cache.get(regencyCode);
  if (hit) return hit;
  try {
    const data = JSON.parse(
      readFileSync(path.join(resourcesDir, 'regions', `${regencyCode}.json`), 'utf8'),
    ) as RegencyFile;
    cache.set(regencyCode, data);
    return data;
  } catch {
    return null;
  }
}

export function villagesOf(file: RegencyFile): Region[] {
  return file.villages.map((v) => ({ code: v.code, name: v.name, level: 'village', districtName: v.districtName }));
}

export function isKnownVillage(resourcesDir: string, code: string): boolean {
  const file = loadRegency(resourcesDir, code.slice(0, 5));
  return !!file?.villages.some((v) => v.code === code);
}
