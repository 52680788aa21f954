import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { findArticle, saveStaffEdit } from '../../../electron/core/content/repository';
import { searchArticles } from '../../../electron/core/content/search';
import { LAST_SYNC_SETTING, SEED_HASH_SETTING, syncSeedContent } from '../../../electron/core/content/seed-sync';
import { getSetting } from '../../../electron/core/settings/repository';
import {
  contentDb,
  copyInto,
  FIXTURES,
  fixtureResources,
  NOW,
  REAL_RESOURCES,
  removeFixtureResources,
  tempResources,
} from '../../fixtures/content/content-db';

const LATER = '2026-07-01T03:00:00.000Z';
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
afterAll(removeFixtureResources);
const temp = (edit?: (articlesDir: string) => void) => {
  const dir = tempResources(edit);
  temps.push(dir);
  return dir;
};

function recordingLog() {
  const errors: string[] = [];
  const infos: string[] = [];
  return { errors, infos, log: { error: (m: string) => errors.push(m), info: (m: string) => infos.push(m) } };
}

const count = (db: ReturnType<typeof contentDb>, sql: string, ...p: unknown[]) =>
  (db.prepare(sql).get(...p) as { n: number }).n;

describe('seed sync', () => {
  it('loads every seed article on first start and records a summary', () => {
    const db = contentDb();
    const report = syncSeedContent(db, fixtureResources(), NOW);
    expect(report.status).toBe('synced');
    expect(report.inserted.sort()).toEqual([
      'en/paspor-visa',
      'id/anak-dan-pengasuh',
      'id/biaya-ditinjau',
      'id/daftar-kerja',
      'id/draf-internal',
      'id/paspor-visa',
      'id/waspada-sponsor',
    ]);
    expect(report.skipped).toEqual([]);
    const row = findArticle(db, 'daftar-kerja', 'id');
    expect(row).toMatchObject({ origin: 'seed', version: 1, updatedAt: NOW, updatedBy: null, status: 'published' });
    expect(row?.seedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(count(db, 'SELECT COUNT(*) AS n FROM articles_fts')).toBe(7);
    expect(getSetting(db, LAST_SYNC_SETTING, null)).toEqual({
      at: NOW,
      inserted: 7,
      updated: 0,
      keptStaffEdits: 0,
      skipped: [],
    });
    // Loading the shipped seed is installation, not a person's action: no audit entry.
    expect(count(db, 'SELECT COUNT(*) AS n FROM audit_log')).toBe(0);
    expect(getSetting(db, SEED_HASH_SETTING, null)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes an unchanged restart cheap: nothing parsed, nothing written', () => {
    const db = contentDb();
    syncSeedContent(db, fixtureResources(), NOW);
    const changesBefore = count(db, 'SELECT total_changes() AS n');
    const report = syncSeedContent(db, fixtureResources(), LATER);
    expect(report.status).toBe('unchanged');
    expect(report.inserted.length + report.updated.length).toBe(0);
    expect(count(db, 'SELECT total_changes() AS n')).toBe(changesBefore);
    expect(findArticle(db, 'daftar-kerja', 'id')?.updatedAt).toBe(NOW);
  });

  it('updates articles still as the seed wrote them, keeping the old text as a revision', () => {
    const db = contentDb();
    syncSeedContent(db, fixtureResources(), NOW);
    const before = findArticle(db, 'paspor-visa', 'id');
    const upgraded = temp((dir) => {
      copyInto(dir, 'id', 'articles-v2/id/paspor-visa.md.txt');
      copyInto(dir, 'id', 'articles-v2/id/kontak-pengaduan.md.txt');
    });
    const report = syncSeedContent(db, upgraded, LATER);
    expect(report.updated).toEqual(['id/paspor-visa']);
    expect(report.inserted).toEqual(['id/kontak-pengaduan']);
    const after = findArticle(db, 'paspor-visa', 'id');
    expect(after).toMatchObject({
      title: 'Paspor, Visa Kerja, dan Biayanya',
      version: 2,
      origin: 'seed',
      updatedAt: LATER,
    });
    expect(after?.seedHash).not.toBe(before?.seedHash);
    const rev = db
      .prepare('SELECT version, kind, snapshot FROM article_revisions WHERE article_id = ?')
      .get(after?.id) as {
      version: number;
      kind: string;
      snapshot: string;
    };
    expect(rev).toMatchObject({ version: 1, kind: 'previous' });
    expect(JSON.parse(rev.snapshot).title).toBe('Paspor dan Visa Kerja');
    // The index follows: the new word is searchable, the English twin untouched.
    expect(searchArticles(db, 'loket bank', 'id', 5).results.map((r) => r.slug)).toContain('paspor-visa');
    expect(findArticle(db, 'paspor-visa', 'en')?.version).toBe(1);
  });

  it('never overwrites an article edited by staff, and records the newer seed once', () => {
    const db = contentDb();
    syncSeedContent(db, fixtureResources(), NOW);
    const seeded = findArticle(db, 'waspada-sponsor', 'id');
    if (!seeded) throw new Error('fixture missing');
    db.transaction(() =>
      saveStaffEdit(db, seeded, { ...seeded, title: 'Waspada Calo di Kenanga (diedit petugas)' }, NOW, 'user-1'),
    )();
    const upgraded = temp((dir) => copyInto(dir, 'id', 'articles-v2/id/waspada-sponsor.md.txt'));
    const first = syncSeedContent(db, upgraded, LATER);
    expect(first.updated).toEqual([]);
    expect(first.keptStaffEdits).toEqual(['id/waspada-sponsor']);
    const kept = findArticle(db, 'waspada-sponsor', 'id');
    expect(kept).toMatchObject({
      title: 'Waspada Calo di Kenanga (diedit petugas)',
      origin: 'staff',
      updatedBy: 'user-1',
    });
    const pending = db
      .prepare("SELECT snapshot, seed_hash FROM article_revisions WHERE article_id = ? AND kind = 'seed_pending'")
      .all(seeded.id) as { snapshot: string; seed_hash: string }[];
    expect(pending).toHaveLength(1);
    expect(JSON.parse(pending[0].snapshot).title).toBe('Waspada Sponsor dan Tekong (edisi baru)');

    // Another start with yet another unrelated change: still kept, no duplicate pending revision.
    const again = temp((dir) => {
      copyInto(dir, 'id', 'articles-v2/id/waspada-sponsor.md.txt');
      copyInto(dir, 'id', 'articles-v2/id/kontak-pengaduan.md.txt');
    });
    const second = syncSeedContent(db, again, LATER);
    expect(second.keptStaffEdits).toEqual([]);
    expect(findArticle(db, 'waspada-sponsor', 'id')?.title).toBe('Waspada Calo di Kenanga (diedit petugas)');
    expect(count(db, "SELECT COUNT(*) AS n FROM article_revisions WHERE kind = 'seed_pending'")).toBe(1);
  });

  it('skips and logs broken seed files, loads the rest, and does not fail startup', () => {
    const db = contentDb();
    const broken = ['no-front-matter', 'bad-yaml', 'missing-title', 'wrong-slug', 'bad-date', 'bad-status'];
    const dir = temp((articles) => {
      for (const name of broken) copyInto(articles, 'id', `broken/${name}.md.txt`);
    });
    const { errors, log } = recordingLog();
    const report = syncSeedContent(db, dir, NOW, { log });
    expect(report.status).toBe('synced');
    expect(report.skipped.map((s) => s.file).sort()).toEqual(broken.map((b) => `id/${b}.md`).sort());
    expect(report.inserted).toHaveLength(7);
    expect(errors).toHaveLength(broken.length);
    expect(errors.join('\n')).toMatch(/id\/bad-yaml\.md/);
    expect(count(db, 'SELECT COUNT(*) AS n FROM articles')).toBe(7);
  });

  it('loads a fixed file on the next start', () => {
    const db = contentDb();
    const dir = temp((articles) => copyInto(articles, 'id', 'broken/bad-date.md.txt'));
    expect(syncSeedContent(db, dir, NOW).skipped).toHaveLength(1);
    const file = path.join(dir, 'content', 'articles', 'id', 'bad-date.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('2026-02-30', '2026-02-28'));
    expect(syncSeedContent(db, dir, LATER).inserted).toEqual(['id/bad-date']);
  });

  it('leaves articles whose seed file was removed', () => {
    const db = contentDb();
    const dir = temp();
    syncSeedContent(db, dir, NOW);
    unlinkSync(path.join(dir, 'content', 'articles', 'id', 'anak-dan-pengasuh.md'));
    const report = syncSeedContent(db, dir, LATER);
    expect(report.status).toBe('synced');
    expect(findArticle(db, 'anak-dan-pengasuh', 'id')).toBeDefined();
  });

  it('writes nothing when the sync fails midway (one transaction), and reports instead of throwing', () => {
    const db = contentDb();
    // Make the third insert fail inside the transaction.
    db.exec(`CREATE TRIGGER fail_third BEFORE INSERT ON articles WHEN (SELECT COUNT(*) FROM articles) >= 2
             BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;`);
    const { errors, log } = recordingLog();
    const report = syncSeedContent(db, fixtureResources(), NOW, { log });
    expect(report.status).toBe('failed');
    expect(errors).toHaveLength(1);
    expect(count(db, 'SELECT COUNT(*) AS n FROM articles')).toBe(0);
    expect(count(db, 'SELECT COUNT(*) AS n FROM articles_fts')).toBe(0);
    expect(getSetting(db, SEED_HASH_SETTING, null)).toBeNull();
    // Once the cause is gone, the next start loads everything.
    db.exec('DROP TRIGGER fail_third');
    expect(syncSeedContent(db, fixtureResources(), LATER).inserted).toHaveLength(7);
  });

  it('answers no-seed for a resources folder without articles', () => {
    const db = contentDb();
    expect(syncSeedContent(db, path.join(FIXTURES, 'does-not-exist'), NOW).status).toBe('no-seed');
  });

  it('rebuilds the index when the stored analyser version differs', () => {
    const db = contentDb();
    syncSeedContent(db, fixtureResources(), NOW);
    db.prepare("UPDATE settings SET value = '\"old-analyser\"' WHERE key = 'content.analyzerVersion'").run();
    db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')").run();
    expect(searchArticles(db, 'tekong', 'id', 5).results).toEqual([]);
    const report = syncSeedContent(db, fixtureResources(), LATER);
    expect(report).toMatchObject({ status: 'unchanged', reindexed: true });
    expect(searchArticles(db, 'tekong', 'id', 5).results.map((r) => r.slug)).toEqual(['waspada-sponsor']);
  });

  it('runs on every start of the core: first start, unchanged restart, upgrade, staff edit kept', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'balai-content-db-'));
    temps.push(dataDir);
    const dbPath = path.join(dataDir, 'balai.db');
    const quiet = { error: () => {}, info: () => {} };
    const start = (resourcesDir: string, at: string) =>
      createCore({ dbPath, resourcesDir, clock: { now: () => Date.parse(at) }, log: quiet });
    const get = async (core: ReturnType<typeof createCore>, slug: string) => {
      const r = await core.dispatch('content.get', { slug, lang: 'id' });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { title: string; version: number; updatedAt: string };
    };

    let core = start(fixtureResources(), NOW);
    expect(await get(core, 'paspor-visa')).toMatchObject({ title: 'Paspor dan Visa Kerja', version: 1 });
    const edited = findArticle(core.db, 'waspada-sponsor', 'id');
    if (!edited) throw new Error('fixture missing');
    core.db.transaction(() => saveStaffEdit(core.db, edited, { ...edited, title: 'Diedit petugas' }, NOW, 'u1'))();
    core.close();

    core = start(fixtureResources(), LATER); // unchanged seed
    expect(await get(core, 'paspor-visa')).toMatchObject({ version: 1, updatedAt: NOW });
    core.close();

    const upgraded = temp((dir) => {
      copyInto(dir, 'id', 'articles-v2/id/paspor-visa.md.txt');
      copyInto(dir, 'id', 'articles-v2/id/waspada-sponsor.md.txt');
      copyInto(dir, 'id', 'articles-v2/id/kontak-pengaduan.md.txt');
    });
    core = start(upgraded, LATER);
    expect(await get(core, 'paspor-visa')).toMatchObject({ title: 'Paspor, Visa Kerja, dan Biayanya', version: 2 });
    expect(await get(core, 'waspada-sponsor')).toMatchObject({ title: 'Diedit petugas' });
    expect(await get(core, 'kontak-pengaduan')).toMatchObject({ version: 1, updatedAt: LATER });
    core.close();
  });

  it('loads the real seed articles without skipping any', () => {
    const db = contentDb();
    const report = syncSeedContent(db, REAL_RESOURCES, NOW);
    expect(report.skipped).toEqual([]);
    expect(report.inserted.length).toBeGreaterThanOrEqual(19);
  });
});
