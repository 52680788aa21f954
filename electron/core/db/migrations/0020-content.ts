import type { Migration } from '../migrate';

/**
 * Kiosk articles, their revisions and the search index.
 *
 * Search design: FTS5 cannot run an Indonesian stemmer (better-sqlite3 cannot register a
 * tokenizer), so the core analyses text in JS (fold, synonyms, stem; see content/analysis/) and
 * stores only the resulting terms in a CONTENTLESS FTS5 table. Queries are analysed the same way.
 * The original text stays in `articles`; snippets are cut from it in JS, which also lets them
 * highlight "pendaftaran" for a query "daftar". `unicode61 remove_diacritics 2` is kept as a
 * second line of defence for anything that bypasses the JS folding.
 */
export const m0020Content: Migration = {
  version: 20,
  name: 'content',
  up(db) {
    db.exec(`
      CREATE TABLE articles (
        -- Stable integer key for the FTS rowid: VACUUM may renumber an implicit rowid.
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        -- Small columns first and body last: filters read the row without walking overflow pages.
        slug TEXT NOT NULL CHECK (length(slug) BETWEEN 1 AND 120),
        lang TEXT NOT NULL CHECK (lang IN ('id', 'en')),
        status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'needs_review')),
        category TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        -- 'seed': last written from resources/content (a newer seed may replace it);
        -- 'staff': edited in the app, never overwritten by a seed.
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'staff')),
        seed_hash TEXT,                -- SHA-256 of the seed file last applied (or last seen)
        updated_at TEXT NOT NULL,
        updated_by TEXT,               -- user id, or NULL for the seed loader
        verified_at TEXT,              -- YYYY-MM-DD
        verified_by TEXT,
        review_due TEXT,               -- YYYY-MM-DD
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        caution TEXT,
        keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),
        legal_basis TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(legal_basis)),
        sources TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sources)),
        body TEXT NOT NULL             -- Markdown subset
      ) STRICT;
      CREATE UNIQUE INDEX articles_slug_lang ON articles(slug, lang);
      CREATE INDEX articles_category_lang ON articles(category, lang);

      -- Snapshots: 'previous' holds the article as it was before a change; 'seed_pending'
      -- holds a newer seed text that was NOT applied because staff had edited the article.
      CREATE TABLE article_revisions (
        seq INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('previous', 'seed_pending')),
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'staff')),
        seed_hash TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT
      ) STRICT;
      CREATE INDEX article_revisions_article ON article_revisions(article_id, seq);

      -- Analysed terms per column; rowid = articles.seq. Column order fixes the bm25 weights.
      -- \`scope\` holds one marker token for visibility and language (see content/scope.ts), so
      -- the kiosk filter runs inside the index instead of joining every match to \`articles\`.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, keywords, summary, body, scope,
        content = '', contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 2"
      );
      CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, row);

      -- Surface words seen in articles (folded) and the index terms they analyse to: the
      -- vocabulary for typo tolerance and type-ahead completion. Stale rows are harmless
      -- (their terms simply match nothing) and are dropped on a full re-index.
      CREATE TABLE content_terms (
        lang TEXT NOT NULL CHECK (lang IN ('id', 'en')),
        word TEXT NOT NULL,
        terms TEXT NOT NULL,           -- space-separated index terms
        PRIMARY KEY (lang, word)
      ) STRICT, WITHOUT ROWID;

      -- Bumped by every change to articles, so in-memory search caches know when to reload.
      CREATE TABLE content_generation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        value INTEGER NOT NULL
      ) STRICT;
      INSERT INTO content_generation (id, value) VALUES (1, 0);
      CREATE TRIGGER articles_generation_insert AFTER INSERT ON articles
        BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
      CREATE TRIGGER articles_generation_update AFTER UPDATE ON articles
        BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
      CREATE TRIGGER articles_generation_delete AFTER DELETE ON articles
        BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
    `);
  },
};
