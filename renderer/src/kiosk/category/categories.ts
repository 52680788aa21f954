/** Article categories the kiosk has words for (electron/core/content/categories.ts holds the order). */
export const CATEGORY_IDS = [
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
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export function isKnownCategory(category: string): category is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(category);
}

export function categoryTitleKey(category: CategoryId) {
  return `kiosk.category.title.${category}` as const;
}
