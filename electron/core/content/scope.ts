import type { ArticleLang, ArticleStatus } from '../../shared/content';

/**
 * Marker tokens in the FTS `scope` column: which articles a kiosk search may return. They are
 * not words ("zz" + code), and query terms are limited to the text columns, so a visitor can
 * never match or see them. Drafts get their own marker and are never searched.
 */
export const SCOPE_TOKENS = {
  id: 'zzpublicid',
  en: 'zzpublicen',
  draft: 'zzdraft',
} as const;

export function scopeToken(status: ArticleStatus, lang: ArticleLang): string {
  return status === 'draft' ? SCOPE_TOKENS.draft : SCOPE_TOKENS[lang];
}

export const SCOPE_SET: ReadonlySet<string> = new Set(Object.values(SCOPE_TOKENS));
