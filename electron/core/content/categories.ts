/**
 * The order of categories on the kiosk home screen (DESIGN.md / issue 3 tiles), used to list
 * articles in the order a visitor meets them. Unknown categories follow, alphabetically.
 */
export const CATEGORY_ORDER: readonly string[] = [
  'syarat',
  'langkah',
  'jalur',
  'cek-p3mi',
  'biaya',
  'waspada',
  'negara',
  'kontak',
  'keluarga',
  'layanan',
  'privasi',
];

export function categoryRank(category: string): number {
  const i = CATEGORY_ORDER.indexOf(category);
  return i === -1 ? CATEGORY_ORDER.length : i;
}
