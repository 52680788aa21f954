import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedKioskContent } from '../../../electron/core/kiosk/seed';
import type { Hotline } from '../../../electron/shared/kiosk';
import { FIXTURE_RESOURCES, harness, staffToken, testLog } from './helpers';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A writable copy of the fixture resources, so a test can change hotlines.json. */
function resourcesCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bm-hotlines-'));
  temps.push(dir);
  cpSync(FIXTURE_RESOURCES, dir, { recursive: true });
  return dir;
}
const hotlinesFile = (dir: string) => path.join(dir, 'content', 'hotlines.json');
const readSeed = (dir: string) => JSON.parse(readFileSync(hotlinesFile(dir), 'utf8')) as Record<string, unknown>[];
// A different size guarantees the content cache sees the change even within one mtime tick.
const writeSeed = (dir: string, data: unknown) =>
  writeFileSync(hotlinesFile(dir), `${JSON.stringify(data, null, 1)}\n`);

describe('hotlines seed and hotlines.list', () => {
  it('seeds the shipped lines on start and lists them in file order with source and verified date', async () => {
    const h = harness();
    const { hotlines } = await h.ok<{ hotlines: Hotline[] }>('hotlines.list', {});
    expect(hotlines).toEqual([
      {
        id: 'uji-call-centre',
        name: 'Layanan Uji (fiktif)',
        kind: 'hotline',
        value: '0800-0000-UJI',
        note: 'Nomor fiktif untuk pengujian.',
        source: 'Fixture pengujian',
        confidence: 'sure',
        verifiedAt: '2026-01-15',
        origin: 'seed',
      },
      expect.objectContaining({ id: 'uji-whatsapp', kind: 'whatsapp', note: null, confidence: 'likely' }),
      expect.objectContaining({ id: 'uji-web', kind: 'web', note: null, verifiedAt: '2026-01-17' }),
    ]);
    // Public: no login needed; staff roles get the same list.
    const token = await staffToken(h, 'viewer');
    expect(await h.ok('hotlines.list', {}, token)).toEqual({ hotlines });
  });

  it('is idempotent: a second start writes nothing', () => {
    const h = harness();
    const again = seedKioskContent({ db: h.core.db, resourcesDir: FIXTURE_RESOURCES, log: testLog() });
    expect(again).toEqual({ inserted: 0, updated: 0, deactivated: 0 });
    expect((h.core.db.prepare('SELECT COUNT(*) AS n FROM hotlines').get() as { n: number }).n).toBe(3);
  });

  it('updates changed seed rows, deactivates removed ones, and never touches staff rows', async () => {
    const dir = resourcesCopy();
    const h = harness({ resourcesDir: dir });
    const db = h.core.db;
    // A local office added by staff, and one whose id happens to equal a seed id.
    db.prepare(
      `INSERT INTO hotlines (id, name, kind, value, note, source, confidence, verified_at, origin, active, sort_order)
       VALUES ('disnaker-lokal', 'Disnaker Kabupaten (uji)', 'office', 'Jl. Uji 1', NULL, 'Dicek petugas', 'sure', '2026-02-01', 'staff', 1, 0)`,
    ).run();
    db.prepare(`UPDATE hotlines SET origin = 'staff', value = 'nomor diubah petugas' WHERE id = 'uji-web'`).run();

    const seed = readSeed(dir);
    seed[0].value = '0800-9999-UJI';
    seed[0].verified_at = '2026-03-01';
    writeSeed(dir, [seed[0], seed[2]]); // uji-whatsapp removed from the file

    const outcome = seedKioskContent({ db, resourcesDir: dir, log: testLog() });
    expect(outcome).toEqual({ inserted: 0, updated: 1, deactivated: 1 });
    const { hotlines } = await h.ok<{ hotlines: Hotline[] }>('hotlines.list', {});
    expect(hotlines.map((x) => [x.id, x.value, x.origin])).toEqual([
      ['uji-call-centre', '0800-9999-UJI', 'seed'],
      ['disnaker-lokal', 'Jl. Uji 1', 'staff'],
      ['uji-web', 'nomor diubah petugas', 'staff'],
    ]);
    expect(db.prepare("SELECT active FROM hotlines WHERE id = 'uji-whatsapp'").get()).toEqual({ active: 0 });
  });

  it('a missing file is logged and changes nothing; a broken file does not stop the start', () => {
    const dir = resourcesCopy();
    rmSync(hotlinesFile(dir));
    const h = harness({ resourcesDir: dir });
    expect(h.log.infos).toContain('content/hotlines.json not found; help lines not seeded.');
    expect((h.core.db.prepare('SELECT COUNT(*) AS n FROM hotlines').get() as { n: number }).n).toBe(0);

    // An "unsure" number must never ship: the file is refused as a whole.
    const seed = JSON.parse(readFileSync(hotlinesFile(FIXTURE_RESOURCES), 'utf8'));
    seed[1].confidence = 'unsure';
    writeSeed(dir, seed);
    const log = testLog();
    expect(seedKioskContent({ db: h.core.db, resourcesDir: dir, log })).toBeNull();
    expect(log.errors).toHaveLength(1);
    expect(String(log.errors[0].err)).toContain('confidence');
    expect((h.core.db.prepare('SELECT COUNT(*) AS n FROM hotlines').get() as { n: number }).n).toBe(0);
  });
});
