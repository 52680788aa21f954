/**
 * content.search: analyse the query, run one FTS5 query ranked by bm25 (title and keywords
 * weigh more than the summary, the summary more than the body), then cut snippets in JS.
 */
import type { ArticleLang, ArticleSearchHit, ContentSearchOutput } from '../../shared/content';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { analyzers } from './analysis/analyzer';
import { type ParsedQuery, parseQuery, quoteTerm } from './query';
import { type ArticleHitRecord, findHitsBySeq } from './repository';
import { SCOPE_TOKENS } from './scope';
import { buildSnippet, SNIPPET_WORDS } from './snippet';
import { bodyText } from './text-cache';
import { isPublic, PUBLIC_STATUSES, publicCaution } from './visibility';
import { vocabularyFor } from './vocabulary';

/**
 * bm25 weights for the FTS columns (title, keywords, summary, body, scope): what a visitor
 * types is most often the topic word of a title or a keyword; the scope marker scores nothing.
 */
export const BM25_WEIGHTS = [8, 5, 2.5, 1, 0] as const;
const BM25 = `bm25(articles_fts, ${BM25_WEIGHTS.join(', ')})`;

export const SEARCH_SQL = `SELECT rowid AS seq, ${BM25} AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`;

/** Same statement as the search runs; the bench times it alone as the floor. */
export const BARE_SEARCH_SQL = SEARCH_SQL;

/**
 * The full MATCH expression: query groups limited to the text columns, AND-ed with the scope
 * marker of public articles in the language. English searches also take Indonesian articles
 * (most have no English text); duplicates of one slug are removed after the query.
 */
export function buildMatch(query: ParsedQuery, lang: ArticleLang): string | null {
  if (!query.match) return null;
  const scope =
    lang === 'id' ? quoteTerm(SCOPE_TOKENS.id) : `(${quoteTerm(SCOPE_TOKENS.en)} OR ${quoteTerm(SCOPE_TOKENS.id)})`;
  return `scope : ${scope} AND {title keywords summary body} : (${query.match})`;
}

const STATUS_LIST = PUBLIC_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * In an English search, an Indonesian hit whose slug has a public English text is replaced by
 * that text (the visitor may have typed an Indonesian word such as "paspor"); each slug once.
 */
function preferEnglish(db: Db, records: ArticleHitRecord[]): ArticleHitRecord[] {
  const slugs = records.filter((r) => r.lang === 'id').map((r) => r.slug);
  if (slugs.length === 0) return records;
  const twinSeqs = (
    stmt(
      db,
      `SELECT seq FROM articles WHERE lang = 'en' AND status IN (${STATUS_LIST})
         AND slug IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(slugs)) as { seq: number }[]
  ).map((r) => r.seq);
  const twins = new Map([...findHitsBySeq(db, twinSeqs).values()].map((r) => [r.slug, r]));
  const seen = new Set<string>();
  const out: ArticleHitRecord[] = [];
  for (const r of records) {
    const shown = r.lang === 'id' ? (twins.get(r.slug) ?? r) : r;
    if (seen.has(shown.slug)) continue;
    seen.add(shown.slug);
    out.push(shown);
  }
  return out;
}

function rankedRecords(db: Db, match: string, lang: ArticleLang, limit: number) {
  // English: over-fetch, since an English text and its Indonesian twin collapse into one.
  for (let fetch = lang === 'id' ? limit : limit * 2 + 4; ; fetch *= 2) {
    const ranked = stmt(db, SEARCH_SQL).all(match, fetch) as { seq: number; rank: number }[];
    const bySeq = findHitsBySeq(
      db,
      ranked.map((r) => r.seq),
    );
    let records: ArticleHitRecord[] = [];
    // Best (first) rank per slug: an English text and its Indonesian twin share the better one.
    const rankOf = new Map<string, number>();
    for (const r of ranked) {
      const a = bySeq.get(r.seq);
      if (!a) continue;
      records.push(a);
      if (!rankOf.has(a.slug)) rankOf.set(a.slug, r.rank);
    }
    if (lang === 'en') records = preferEnglish(db, records);
    if (records.length >= limit || ranked.length < fetch) {
      return records.slice(0, limit).map((a) => ({ article: a, rank: rankOf.get(a.slug) ?? 0 }));
    }
  }
}

export function searchArticles(db: Db, q: string, lang: ArticleLang, limit: number): ContentSearchOutput {
  const query = parseQuery(q, lang, vocabularyFor(db));
  const match = buildMatch(query, lang);
  if (!match) return { results: [], query: query.info };
  const results: ArticleSearchHit[] = [];
  for (const { article: a, rank } of rankedRecords(db, match, lang, limit)) {
    if (!isPublic(a.status)) continue; // the scope marker already excludes drafts
    const analyzer = analyzers[a.lang];
    // Prefer the body; use the summary when the match was in the title or keywords only.
    const body = bodyText(db, a);
    let snippet = buildSnippet(body.text, analyzer, query.highlight, SNIPPET_WORDS, body.tokens);
    if (!snippet.some((s) => s.hit)) snippet = buildSnippet(a.summary, analyzer, query.highlight);
    results.push({
      slug: a.slug,
      lang: a.lang,
      category: a.category,
      title: a.title,
      summary: a.summary,
      status: a.status,
      caution: publicCaution(a.status, a.caution, a.lang),
      snippet,
      // bm25 is negative, lower is better; the contract wants higher is better.
      score: Number((-rank).toPrecision(4)),
    });
  }
  return { results, query: query.info };
}
