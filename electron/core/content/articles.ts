/** content.get and content.list: public articles with the language fallback. */
import type { Article, ArticleLang, ArticleSummary } from '../../shared/content';
import { AppError } from '../api/app-error';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { categoryRank } from './categories';
import { type ArticleRecord, findArticle } from './repository';
import { isPublic, PUBLIC_STATUSES, publicCaution } from './visibility';

const otherLang = (lang: ArticleLang): ArticleLang => (lang === 'id' ? 'en' : 'id');

function toSummary(a: ArticleRecord): ArticleSummary {
  if (!isPublic(a.status)) throw new Error('draft article passed to the public view');
  return {
    slug: a.slug,
    lang: a.lang,
    category: a.category,
    title: a.title,
    summary: a.summary,
    status: a.status,
    caution: publicCaution(a.status, a.caution, a.lang),
    verifiedAt: a.verifiedAt,
  };
}

/**
 * One public article. When the requested language does not exist (most articles have no
 * English text yet) the other language is served and `fallbackLang` says so.
 */
export function getPublicArticle(db: Db, slug: string, lang: ArticleLang, today: string): Article {
  for (const candidate of [lang, otherLang(lang)]) {
    const a = findArticle(db, slug, candidate);
    if (!a || !isPublic(a.status)) continue;
    return {
      ...toSummary(a),
      body: a.body,
      keywords: a.keywords,
      legalBasis: a.legalBasis,
      sources: a.sources,
      verifiedBy: a.verifiedBy,
      reviewDue: a.reviewDue,
      reviewOverdue: a.reviewDue !== null && a.reviewDue < today,
      version: a.version,
      updatedAt: a.updatedAt,
      fallbackLang: candidate === lang ? null : candidate,
    };
  }
  throw new AppError('NOT_FOUND', 'Informasi yang Anda cari tidak ditemukan. Kembali ke beranda dan coba cari lagi.');
}

interface SummaryRow {
  slug: string;
  lang: ArticleLang;
  status: 'published' | 'needs_review';
  category: string;
  title: string;
  summary: string;
  caution: string | null;
  verified_at: string | null;
}

const LIST_COLUMNS = 'slug, lang, status, category, title, summary, caution, verified_at';
const STATUS_LIST = PUBLIC_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * Public summaries in home-screen order (category order, then title). In English, each slug
 * appears once: its English text where it exists, else the Indonesian one.
 */
export function listPublicArticles(db: Db, lang: ArticleLang, category?: string): ArticleSummary[] {
  const rows = (
    category === undefined
      ? stmt(db, `SELECT ${LIST_COLUMNS} FROM articles WHERE status IN (${STATUS_LIST})`).all()
      : stmt(
          db,
          `SELECT ${LIST_COLUMNS} FROM articles WHERE category = ? AND lang IN ('id', 'en') AND status IN (${STATUS_LIST})`,
        ).all(category)
  ) as SummaryRow[];
  const bySlug = new Map<string, SummaryRow>();
  for (const r of rows) {
    const prev = bySlug.get(r.slug);
    if (!prev || (prev.lang !== lang && r.lang === lang)) bySlug.set(r.slug, r);
  }
  const collator = new Intl.Collator(lang === 'id' ? 'id' : 'en', { sensitivity: 'base', numeric: true });
  return [...bySlug.values()]
    .filter((r) => r.lang === lang || r.lang === 'id')
    .sort(
      (a, b) =>
        categoryRank(a.category) - categoryRank(b.category) ||
        a.category.localeCompare(b.category) ||
        collator.compare(a.title, b.title),
    )
    .map((r) => ({
      slug: r.slug,
      lang: r.lang,
      category: r.category,
      title: r.title,
      summary: r.summary,
      status: r.status,
      caution: publicCaution(r.status, r.caution, r.lang),
      verifiedAt: r.verified_at,
    }));
}
