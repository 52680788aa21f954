/**
 * Loads the seed articles shipped in resources/content/articles/<lang>/<slug>.md into SQLite on
 * first start and after an upgrade.
 *
 * - Cheap when nothing changed: the files are hashed and compared with the hash stored in
 *   settings, and the analyser version with its own setting; both equal means no parsing and
 *   no write. A new analyser version (stemmer or synonym data changed) rebuilds the index.
 * - New article → inserted. Article still as the seed wrote it (origin 'seed') → replaced by
 *   the newer seed, the old text kept as a revision. Article edited by staff (origin 'staff') →
 *   NEVER overwritten; the newer seed text is stored as a 'seed_pending' revision for review.
 * - A file with invalid front matter is skipped and logged; startup goes on.
 * - Articles whose file disappeared are left alone (staff may rely on them).
 * - Everything in one transaction.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_LANGS } from '../../shared/content';
import type { Logger } from '../api/types';
import type { Db } from '../db/open';
import { createIdGenerator } from '../ids';
import { getSetting, putSetting } from '../settings/repository';
import { parseSeedArticle } from './front-matter';
import {
  ANALYZER_SETTING,
  ANALYZER_VERSION,
  findArticle,
  insertArticle,
  recordPendingSeed,
  reindexAll,
  replaceArticle,
  type TermsSeen,
} from './repository';

export const SEED_HASH_SETTING = 'content.seedHash';
export const LAST_SYNC_SETTING = 'content.lastSeedSync';

export interface SeedSyncReport {
  status: 'unchanged' | 'synced' | 'no-seed' | 'failed';
  inserted: string[];
  updated: string[];
  /** Staff-edited articles whose newer seed text was recorded but not applied. */
  keptStaffEdits: string[];
  skipped: { file: string; reason: string }[];
  /** True when the whole index was rebuilt because the analyser changed. */
  reindexed: boolean;
}

export interface SeedSyncOptions {
  log?: Logger;
  newId?: () => string;
}

interface SeedFile {
  /** `<lang>/<slug>.md`, relative to the articles folder. */
  rel: string;
  lang: string;
  slug: string;
  text: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function readSeedFiles(articlesDir: string): SeedFile[] {
  const files: SeedFile[] = [];
  for (const lang of ARTICLE_LANGS) {
    const dir = path.join(articlesDir, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      files.push({
        rel: `${lang}/${name}`,
        lang,
        slug: name.slice(0, -3),
        text: readFileSync(path.join(dir, name), 'utf8'),
      });
    }
  }
  return files;
}

const emptyReport = (status: SeedSyncReport['status']): SeedSyncReport => ({
  status,
  inserted: [],
  updated: [],
  keptStaffEdits: [],
  skipped: [],
  reindexed: false,
});

export function syncSeedContent(db: Db, resourcesDir: string, now: string, options: SeedSyncOptions = {}) {
  const log = options.log;
  try {
    return syncOrThrow(db, resourcesDir, now, options);
  } catch (err) {
    // The kiosk must still start (with the articles it already has) if the seed cannot load.
    log?.error('Artikel bawaan gagal dimuat; artikel yang sudah ada tetap dipakai.', err);
    return emptyReport('failed');
  }
}

function syncOrThrow(db: Db, resourcesDir: string, now: string, options: SeedSyncOptions): SeedSyncReport {
  const log = options.log;
  const newId = options.newId ?? createIdGenerator({ now: () => Date.parse(now) }, (n) => randomBytes(n));
  const articlesDir = path.join(resourcesDir, 'content', 'articles');
  const files = existsSync(articlesDir) ? readSeedFiles(articlesDir) : [];
  const needsReindex = getSetting<string | null>(db, ANALYZER_SETTING, null) !== ANALYZER_VERSION;
  const setHash = sha256(JSON.stringify(files.map((f) => [f.rel, sha256(f.text)])));
  const seedChanged = getSetting<string | null>(db, SEED_HASH_SETTING, null) !== setHash;
  if (!needsReindex && !seedChanged) return emptyReport(files.length === 0 ? 'no-seed' : 'unchanged');

  const report = emptyReport(files.length === 0 ? 'no-seed' : seedChanged ? 'synced' : 'unchanged');
  db.transaction(() => {
    if (needsReindex) {
      reindexAll(db);
      report.reindexed = true;
      putSetting(db, ANALYZER_SETTING, ANALYZER_VERSION, now);
    }
    if (!seedChanged) return;
    const seen: TermsSeen = new Set();
    for (const file of files) {
      const parsed = parseSeedArticle(file.text, { slug: file.slug, lang: file.lang });
      if (!parsed.ok) {
        report.skipped.push({ file: file.rel, reason: parsed.reason });
        log?.error(`Artikel bawaan dilewati (${file.rel}): ${parsed.reason}`);
        continue;
      }
      const fields = parsed.fields;
      const fileHash = sha256(file.text);
      const key = `${fields.lang}/${fields.slug}`;
      const current = findArticle(db, fields.slug, fields.lang);
      if (!current) {
        insertArticle(db, newId(), fields, { origin: 'seed', seedHash: fileHash, at: now, by: null }, seen);
        report.inserted.push(key);
      } else if (current.seedHash === fileHash) {
        // This exact seed was applied (or, for staff edits, already recorded): nothing to do.
      } else if (current.origin === 'seed') {
        replaceArticle(db, current, fields, { origin: 'seed', seedHash: fileHash, at: now, by: null });
        report.updated.push(key);
      } else if (recordPendingSeed(db, current, fields, fileHash, now)) {
        report.keptStaffEdits.push(key);
      }
    }
    putSetting(db, SEED_HASH_SETTING, setHash, now);
    // Not an audit-log entry: loading the shipped seed is part of installing or upgrading the
    // app, not a person's action; what changed is kept as article revisions, and this summary
    // shows an admin when the seed last changed anything.
    putSetting(
      db,
      LAST_SYNC_SETTING,
      {
        at: now,
        inserted: report.inserted.length,
        updated: report.updated.length,
        keptStaffEdits: report.keptStaffEdits.length,
        skipped: report.skipped,
      },
      now,
    );
  })();
  if (report.inserted.length + report.updated.length > 0) {
    log?.info(`Artikel bawaan: ${report.inserted.length} baru, ${report.updated.length} diperbarui.`);
  }
  return report;
}
