/**
 * Kiosk articles ("Informasi") as they cross the contract. JSON-safe only; dates are
 * `YYYY-MM-DD`, timestamps ISO strings. Imported by the core, the hosts and the renderer.
 */

export const ARTICLE_LANGS = ['id', 'en'] as const;
export type ArticleLang = (typeof ARTICLE_LANGS)[number];

export const ARTICLE_STATUSES = ['draft', 'published', 'needs_review'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Statuses a kiosk visitor may see. `needs_review` is shown with its caution. */
export type PublicArticleStatus = Exclude<ArticleStatus, 'draft'>;

/** One piece of a search snippet. The renderer shows `hit` pieces highlighted; never as HTML. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

export interface ArticleSummary {
  slug: string;
  /** The language of this text; differs from the requested one when no translation exists. */
  lang: ArticleLang;
  category: string;
  title: string;
  summary: string;
  status: PublicArticleStatus;
  /** Always set for `needs_review` articles (a default text when the article has none). */
  caution: string | null;
  /** `YYYY-MM-DD`: shown as "Diperiksa: <tanggal>". */
  verifiedAt: string | null;
}

export interface Article extends ArticleSummary {
  /** Markdown subset: headings, paragraphs, lists, bold. Render as text, never as raw HTML. */
  body: string;
  keywords: string[];
  legalBasis: string[];
  sources: string[];
  verifiedBy: string | null;
  reviewDue: string | null;
  /** True when `reviewDue` has passed: the kiosk should say the text may be out of date. */
  reviewOverdue: boolean;
  version: number;
  updatedAt: string;
  /** Set to the language served when the requested one does not exist (e.g. `id` for `en`). */
  fallbackLang: ArticleLang | null;
}

export interface ArticleSearchHit {
  slug: string;
  lang: ArticleLang;
  category: string;
  title: string;
  summary: string;
  status: PublicArticleStatus;
  caution: string | null;
  snippet: SnippetSegment[];
  /** Higher is better; comparable only within one answer. */
  score: number;
}

export interface SearchQueryInfo {
  /** The query as searched: folded to lower case without diacritics, cleaned, truncated. */
  normalized: string;
  /** Every index term the search used (stems, synonyms, typo corrections, prefix completions). */
  expanded: string[];
  /** Words that were read as typos of a known word, e.g. `{ from: 'pendaftran', to: 'pendaftaran' }`. */
  corrections: { from: string; to: string }[];
  /** True when the query was longer than the search reads and was cut. */
  truncated: boolean;
}

export interface ContentSearchInput {
  q: string;
  lang: ArticleLang;
  /** 1..50, default 10. */
  limit?: number;
}

export interface ContentSearchOutput {
  /** Empty for an empty query: the kiosk shows its category tiles instead. */
  results: ArticleSearchHit[];
  query: SearchQueryInfo;
}

/**
 * Article categories in the order of the kiosk home screen tiles (issue 3); the core lists
 * articles in this order and the renderer has words for exactly these.
 */
export const ARTICLE_CATEGORIES = [
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
export type ArticleCategory = (typeof ARTICLE_CATEGORIES)[number];
