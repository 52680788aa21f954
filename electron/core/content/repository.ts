/**
 * Articles in SQLite: rows, revisions and the search index, always written together. Callers
 * run these inside their own transaction (seed sync, a staff edit), so a change never lands
 * without its revision or its index entry.
 */
import type { ArticleLang, ArticleStatus } from '../../shared/content';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { ANALYZER_VERSION, analyzers } from './analysis/analyzer';
import { words } from './analysis/fold';
import { markdownToText } from './markdown-text';
import { scopeToken } from './scope';
import { bumpContentGeneration } from './vocabulary';

/** The editable content of an article (what a seed file or a staff form provides). */
export interface ArticleFields {
  slug: string;
  lang: ArticleLang;
  category: string;
  title: string;
  summary: string;
  body: string;
  keywords: string[];
  legalBasis: string[];
  sources: string[];
  verifiedAt: string | null;
  verifiedBy: string | null;
  reviewDue: string | null;
  status: ArticleStatus;
  caution: string | null;
}

export type ArticleOrigin = 'seed' | 'staff';

export interface ArticleRecord extends ArticleFields {
  seq: number;
  id: string;
  version: number;
  origin: ArticleOrigin;
  seedHash: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

interface ArticleRow {
  seq: number;
  id: string;
  slug: string;
  lang: ArticleLang;
  status: ArticleStatus;
  category: string;
  version: number;
  origin: ArticleOrigin;
  seed_hash: string | null;
  updated_at: string;
  updated_by: string | null;
  verified_at: string | null;
  verified_by: string | null;
  review_due: string | null;
  title: string;
  summary: string;
  caution: string | null;
  keywords: string;
  legal_basis: string;
  sources: string;
  body: string;
}

export const ARTICLE_COLUMNS =
  'seq, id, slug, lang, status, category, version, origin, seed_hash, updated_at, updated_by, verified_at, verified_by, review_due, title, summary, caution, keywords, legal_basis, sources, body';

export function toRecord(row: ArticleRow): ArticleRecord {
  return {
    seq: row.seq,
    id: row.id,
    slug: row.slug,
    lang: row.lang,
    status: row.status,
    category: row.category,
    version: row.version,
    origin: row.origin,
    seedHash: row.seed_hash,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    verifiedAt: row.verified_at,
    verifiedBy: row.verified_by,
    reviewDue: row.review_due,
    title: row.title,
    summary: row.summary,
    caution: row.caution,
    keywords: JSON.parse(row.keywords) as string[],
    legalBasis: JSON.parse(row.legal_basis) as string[],
    sources: JSON.parse(row.sources) as string[],
    body: row.body,
  };
}

export function findArticle(db: Db, slug: string, lang: ArticleLang): ArticleRecord | undefined {
  const row = stmt(db, `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE slug = ? AND lang = ?`).get(slug, lang) as
    | ArticleRow
    | undefined;
  return row ? toRecord(row) : undefined;
}

/** What a search result shows: no JSON columns to parse. */
export interface ArticleHitRecord {
  seq: number;
  id: string;
  slug: string;
  lang: ArticleLang;
  status: ArticleStatus;
  category: string;
  version: number;
  title: string;
  summary: string;
  caution: string | null;
  body: string;
}

export function findHitsBySeq(db: Db, seqs: readonly number[]): Map<number, ArticleHitRecord> {
  const out = new Map<number, ArticleHitRecord>();
  if (seqs.length === 0) return out;
  const rows = stmt(
    db,
    `SELECT seq, id, slug, lang, status, category, version, title, summary, caution, body
     FROM articles WHERE seq IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(seqs)) as ArticleHitRecord[];
  for (const r of rows) out.set(r.seq, r);
  return out;
}

/** The fields as stored in a revision snapshot (JSON). */
function snapshotOf(fields: ArticleFields): string {
  const { slug, lang, category, title, summary, body, keywords, legalBasis, sources } = fields;
  const { verifiedAt, verifiedBy, reviewDue, status, caution } = fields;
  return JSON.stringify({
    slug,
    lang,
    category,
    title,
    summary,
    body,
    keywords,
    legalBasis,
    sources,
    verifiedAt,
    verifiedBy,
    reviewDue,
    status,
    caution,
  });
}

const fieldParams = (f: ArticleFields) => ({
  slug: f.slug,
  lang: f.lang,
  status: f.status,
  category: f.category,
  verified_at: f.verifiedAt,
  verified_by: f.verifiedBy,
  review_due: f.reviewDue,
  title: f.title,
  summary: f.summary,
  caution: f.caution,
  keywords: JSON.stringify(f.keywords),
  legal_basis: JSON.stringify(f.legalBasis),
  sources: JSON.stringify(f.sources),
  body: f.body,
});

export interface WriteMeta {
  origin: ArticleOrigin;
  seedHash: string | null;
  at: string;
  by: string | null;
}

/** Words already written to content_terms in this run: skips repeated INSERT OR IGNOREs. */
export type TermsSeen = Set<string>;

export function insertArticle(db: Db, id: string, fields: ArticleFields, meta: WriteMeta, seen?: TermsSeen): number {
  const info = stmt(
    db,
    `INSERT INTO articles (id, slug, lang, status, category, version, origin, seed_hash, updated_at, updated_by,
       verified_at, verified_by, review_due, title, summary, caution, keywords, legal_basis, sources, body)
     VALUES (@id, @slug, @lang, @status, @category, 1, @origin, @seed_hash, @updated_at, @updated_by,
       @verified_at, @verified_by, @review_due, @title, @summary, @caution, @keywords, @legal_basis, @sources, @body)`,
  ).run({
    id,
    ...fieldParams(fields),
    origin: meta.origin,
    seed_hash: meta.seedHash,
    updated_at: meta.at,
    updated_by: meta.by,
  });
  const seq = Number(info.lastInsertRowid);
  indexArticle(db, seq, fields, seen);
  return seq;
}

/** Replaces an article's content, keeping the previous version as a revision. */
export function replaceArticle(db: Db, current: ArticleRecord, fields: ArticleFields, meta: WriteMeta): void {
  stmt(
    db,
    `INSERT INTO article_revisions (article_id, version, kind, snapshot, origin, seed_hash, created_at, created_by)
     VALUES (?, ?, 'previous', ?, ?, ?, ?, ?)`,
  ).run(current.id, current.version, snapshotOf(current), current.origin, current.seedHash, meta.at, meta.by);
  stmt(
    db,
    `UPDATE articles SET slug = @slug, lang = @lang, status = @status, category = @category,
       version = version + 1, origin = @origin, seed_hash = @seed_hash, updated_at = @updated_at,
       updated_by = @updated_by, verified_at = @verified_at, verified_by = @verified_by,
       review_due = @review_due, title = @title, summary = @summary, caution = @caution,
       keywords = @keywords, legal_basis = @legal_basis, sources = @sources, body = @body
     WHERE seq = @seq`,
  ).run({
    seq: current.seq,
    ...fieldParams(fields),
    origin: meta.origin,
    seed_hash: meta.seedHash,
    updated_at: meta.at,
    updated_by: meta.by,
  });
  indexArticle(db, current.seq, fields);
}

/**
 * A staff edit: the article becomes origin 'staff' and no seed will overwrite it again. (The
 * admin editing method builds on this; the seed tests use it to prove the protection.)
 */
export function saveStaffEdit(db: Db, current: ArticleRecord, fields: ArticleFields, at: string, userId: string): void {
  replaceArticle(db, current, fields, { origin: 'staff', seedHash: current.seedHash, at, by: userId });
}

/**
 * Records a newer seed text that was NOT applied because staff edited the article, once per
 * seed version, so an admin can compare later. Returns false when already recorded.
 */
export function recordPendingSeed(db: Db, current: ArticleRecord, fields: ArticleFields, seedHash: string, at: string) {
  const exists = stmt(
    db,
    `SELECT 1 FROM article_revisions WHERE article_id = ? AND kind = 'seed_pending' AND seed_hash = ?`,
  ).get(current.id, seedHash);
  if (exists) return false;
  stmt(
    db,
    `INSERT INTO article_revisions (article_id, version, kind, snapshot, origin, seed_hash, created_at, created_by)
     VALUES (?, ?, 'seed_pending', ?, 'seed', ?, ?, NULL)`,
  ).run(current.id, current.version, snapshotOf(fields), seedHash, at);
  return true;
}

/** Index text per FTS column. Caution and legal basis are searchable at body weight. */
function indexColumns(fields: ArticleFields) {
  const a = analyzers[fields.lang];
  const body = [markdownToText(fields.body), fields.caution ?? '', ...fields.legalBasis].join(' \n ');
  return {
    title: a.analyze(fields.title).join(' '),
    // Keywords analysed one by one so a phrase rule never spans two keywords.
    keywords: fields.keywords.flatMap((k) => a.analyze(k)).join(' '),
    summary: a.analyze(fields.summary).join(' '),
    body: a.analyze(body).join(' '),
    scope: scopeToken(fields.status, fields.lang),
  };
}

export function indexArticle(db: Db, seq: number, fields: ArticleFields, seen?: TermsSeen): void {
  stmt(db, 'DELETE FROM articles_fts WHERE rowid = ?').run(seq);
  const cols = indexColumns(fields);
  stmt(db, 'INSERT INTO articles_fts (rowid, title, keywords, summary, body, scope) VALUES (?, ?, ?, ?, ?, ?)').run(
    seq,
    cols.title,
    cols.keywords,
    cols.summary,
    cols.body,
    cols.scope,
  );
  const a = analyzers[fields.lang];
  const insertTerm = stmt(db, 'INSERT OR IGNORE INTO content_terms (lang, word, terms) VALUES (?, ?, ?)');
  const text = [fields.title, fields.summary, ...fields.keywords, markdownToText(fields.body)].join(' ');
  for (const word of new Set(words(text))) {
    const key = `${fields.lang}:${word}`;
    if (seen?.has(key) || a.isStopword(word)) continue;
    seen?.add(key);
    insertTerm.run(fields.lang, word, a.termsOfWord(word).join(' '));
  }
}

/** Rebuilds the whole index, e.g. after the analyser changed. Caller holds the transaction. */
export function reindexAll(db: Db): number {
  db.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('delete-all'); DELETE FROM content_terms;`);
  const seen: TermsSeen = new Set();
  let n = 0;
  for (const row of db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles`).all() as ArticleRow[]) {
    indexArticle(db, row.seq, toRecord(row), seen);
    n++;
  }
  bumpContentGeneration(db);
  return n;
}

export const ANALYZER_SETTING = 'content.analyzerVersion';
export { ANALYZER_VERSION };
