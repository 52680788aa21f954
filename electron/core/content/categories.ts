import { ARTICLE_CATEGORIES } from '../../shared/content';

/** Position of a category on the kiosk home screen; unknown categories follow. */
export function categoryRank(category: string): number {
  const i = (ARTICLE_CATEGORIES as readonly string[]).indexOf(category);
  return i === -1 ? ARTICLE_CATEGORIES.length : i;
}
