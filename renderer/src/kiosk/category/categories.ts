import { ARTICLE_CATEGORIES, type ArticleCategory } from '../../../../electron/shared/content';

/** Article categories the kiosk has words for: the shared list, in home-screen order. */
export const CATEGORY_IDS = ARTICLE_CATEGORIES;
export type CategoryId = ArticleCategory;

export function isKnownCategory(category: string): category is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(category);
}

export function categoryTitleKey(category: CategoryId) {
  return `kiosk.category.title.${category}` as const;
}
