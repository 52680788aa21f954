import type { ArticleLang, ArticleStatus, PublicArticleStatus } from '../../shared/content';

/** What a kiosk visitor may read. Drafts stay in the staff screens. */
export const PUBLIC_STATUSES: readonly PublicArticleStatus[] = ['published', 'needs_review'];

export function isPublic(status: ArticleStatus): status is PublicArticleStatus {
  return status !== 'draft';
}

const REVIEW_CAUTION: Record<ArticleLang, string> = {
  id: 'Informasi ini sedang diperiksa ulang. Tanyakan kepada petugas desa sebelum Anda bertindak.',
  en: 'This information is being checked again. Ask the village officer before you act on it.',
};

/** A `needs_review` article always carries a caution, its own or a plain default. */
export function publicCaution(status: ArticleStatus, caution: string | null, lang: ArticleLang): string | null {
  if (caution) return caution;
  return status === 'needs_review' ? REVIEW_CAUTION[lang] : null;
}
