import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../../electron/core/content/repository';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { m0010Foundation } from '../../../electron/core/db/migrations/0010-foundation';
import { m0020Content } from '../../../electron/core/db/migrations/0020-content';
import { openDatabase } from '../../../electron/core/db/open';
import { putSetting } from '../../../electron/core/settings/repository';

const tables = (db: ReturnType<typeof openDatabase>) =>
  (
    db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

const plan = (db: ReturnType<typeof openDatabase>, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

const article = (slug: string, lang: 'id' | 'en', category = 'syarat') => ({
  slug,
  lang,
  category,
  title: `Judul ${slug}`,
  summary: 'Ringkasan.',
  body: 'Isi paspor dan visa.',
  keywords: ['paspor'],
  legalBasis: [],
  sources: [],
  verifiedAt: '2026-01-01',
  verifiedBy: 'uji',
  reviewDue: null,
  status: 'published' as const,
  caution: null,
});

describe('migration 0020-content', () => {
  it('is registered in order between the foundation and later migrations', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toContain(20);
    expect(versions.indexOf(20)).toBe(versions.indexOf(10) + 1);
  });

  it('applies on an empty database', () => {
    const db = openDatabase(':memory:');
    expect(migrate(db, [m0010Foundation, m0020Content])).toBe(20);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['articles', 'article_revisions', 'articles_fts', 'articles_fts_vocab', 'content_terms']),
    );
    db.close();
  });

  it('applies on a database at version 10 and keeps its data', () => {
    const db = openDatabase(':memory:');
    migrate(db, [m0010Foundation]);
    putSetting(db, 'village', { name: 'Kenanga' }, '2026-01-01T00:00:00Z');
    expect(schemaVersion(db)).toBe(10);
    expect(migrate(db, [m0010Foundation, m0020Content])).toBe(20);
    expect((db.prepare("SELECT value FROM settings WHERE key = 'village'").get() as { value: string }).value).toBe(
      '{"name":"Kenanga"}',
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('applies with every registered migration, from empty and from version 10', () => {
    const fresh = openDatabase(':memory:');
    migrate(fresh, MIGRATIONS);
    const at10 = openDatabase(':memory:');
    migrate(at10, MIGRATIONS, 10);
    migrate(at10, MIGRATIONS);
    expect(tables(at10)).toEqual(tables(fresh));
    fresh.close();
    at10.close();
  });

  it('enforces one article per slug and language, and valid status and origin', () => {
    const db = openDatabase(':memory:');
    migrate(db, [m0010Foundation, m0020Content]);
    const meta = { origin: 'seed' as const, seedHash: null, at: '2026-01-01T00:00:00Z', by: null };
    insertArticle(db, 'a1', article('paspor', 'id'), meta);
    insertArticle(db, 'a2', article('paspor', 'en'), meta);
    expect(() => insertArticle(db, 'a3', article('paspor', 'id'), meta)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE articles SET status = 'terbit' WHERE id = 'a1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE articles SET origin = 'import' WHERE id = 'a1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE articles SET keywords = 'not json' WHERE id = 'a1'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('looks articles up by slug and language, and by category, through indexes', () => {
    const db = openDatabase(':memory:');
    migrate(db, [m0010Foundation, m0020Content]);
    expect(plan(db, 'SELECT * FROM articles WHERE slug = ? AND lang = ?', 'x', 'id')).toMatch(
      /SEARCH articles USING INDEX articles_slug_lang \(slug=\? AND lang=\?\)/,
    );
    expect(
      plan(
        db,
        "SELECT slug FROM articles WHERE category = ? AND lang IN ('id', 'en') AND status IN ('published', 'needs_review')",
        'syarat',
      ),
    ).toMatch(/SEARCH articles USING INDEX articles_category_lang \(category=\? AND lang=\?\)/);
    expect(plan(db, 'SELECT * FROM article_revisions WHERE article_id = ? ORDER BY seq', 'a')).toMatch(
      /SEARCH article_revisions USING (COVERING )?INDEX article_revisions_article \(article_id=\?\)/,
    );
    expect(plan(db, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'x'")).toMatch(/VIRTUAL TABLE INDEX/);
    db.close();
  });

  it('bumps the content generation on every article change', () => {
    const db = openDatabase(':memory:');
    migrate(db, [m0010Foundation, m0020Content]);
    const gen = () => (db.prepare('SELECT value FROM content_generation').get() as { value: number }).value;
    const before = gen();
    insertArticle(db, 'a1', article('paspor', 'id'), { origin: 'seed', seedHash: null, at: 'x', by: null });
    const afterInsert = gen();
    db.prepare("UPDATE articles SET title = 'Baru' WHERE id = 'a1'").run();
    const afterUpdate = gen();
    db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
    expect([before < afterInsert, afterInsert < afterUpdate, afterUpdate < gen()]).toEqual([true, true, true]);
    db.close();
  });
});
