import { readFileSync } from 'node:fs';
import path from 'node:path';

interface CodesFile {
  provinces: string[];
  regencies: string[];
  districts: string[];
}

const cache = new Map<string, ReadonlySet<string>>();

/**
 * Every kecamatan code (6 digits, no dots) in resources/regions/codes.json, read once per
 * resources folder. A kecamatan code implies its province and regency.
 */
export function districtCodes(resourcesDir: string): ReadonlySet<string> {
  let hit = cache.get(resourcesDir);
  if (!hit) {
    const file = JSON.parse(readFileSync(path.join(resourcesDir, 'regions', 'codes.json'), 'utf8')) as CodesFile;
    hit = new Set(file.districts);
    cache.set(resourcesDir, hit);
  }
  return hit;
}

/** `32.12.16.2004` → true when its kecamatan (`321216`) exists; villages of other regencies are not listed. */
export function isKnownRegionCode(resourcesDir: string, code: string): boolean {
  return districtCodes(resourcesDir).has(code.replace(/\./g, '').slice(0, 6));
}
