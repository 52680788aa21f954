import type { Hotline } from '../../../shared/kiosk';
import type { Db } from '../../db/open';
import type { HotlineSeed } from './schema';

interface HotlineRow {
  id: string;
  name: string;
  kind: Hotline['kind'];
  value: string;
  note: string | null;
  source: string;
  confidence: Hotline['confidence'];
  verified_at: string;
  origin: Hotline['origin'];
}

export function listActiveHotlines(db: Db): Hotline[] {
  const rows = db
    .prepare(
      `SELECT id, name, kind, value, note, source, confidence, verified_at, origin FROM hotlines WHERE active = 1
       ORDER BY CASE origin WHEN 'seed' THEN 0 ELSE 1 END, sort_order, name`,
    )
    .all() as HotlineRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    value: r.value,
    note: r.note,
    source: r.source,
    confidence: r.confidence,
    verifiedAt: r.verified_at,
    origin: r.origin,
  }));
}

export interface SeedOutcome {
  inserted: number;
  updated: number;
  deactivated: number;
}

/**
 * Brings the 'seed' rows in line with the shipped file, in one transaction. Idempotent: an
 * unchanged file writes nothing. Rows with origin 'staff' are never touched, even when their id
 * collides with a seed id. Seed rows whose entry was removed from the file are deactivated, not
 * deleted, so an outdated number disappears from the kiosk after an upgrade. `active` of rows
 * still in the file is left as it is, so a seed number an admin switched off stays off.
 */
export function applyHotlineSeed(db: Db, seeds: HotlineSeed[]): SeedOutcome {
  const origin = db.prepare('SELECT origin FROM hotlines WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO hotlines (id, name, kind, value, note, source, confidence, verified_at, origin, active, sort_order)
     VALUES (@id, @name, @kind, @value, @note, @source, @confidence, @verified_at, 'seed', 1, @sort_order)`,
  );
  const update = db.prepare(
    `UPDATE hotlines SET name = @name, kind = @kind, value = @value, note = @note, source = @source,
       confidence = @confidence, verified_at = @verified_at, sort_order = @sort_order
     WHERE id = @id AND origin = 'seed'
       AND (name IS NOT @name OR kind IS NOT @kind OR value IS NOT @value OR note IS NOT @note OR source IS NOT @source
            OR confidence IS NOT @confidence OR verified_at IS NOT @verified_at OR sort_order IS NOT @sort_order)`,
  );
  const deactivate = db.prepare(
    `UPDATE hotlines SET active = 0
     WHERE origin = 'seed' AND active = 1 AND id NOT IN (SELECT value FROM json_each(?))`,
  );
  return db
    .transaction((): SeedOutcome => {
      const outcome: SeedOutcome = { inserted: 0, updated: 0, deactivated: 0 };
      seeds.forEach((s, i) => {
        const params = { ...s, note: s.note ?? null, sort_order: (i + 1) * 10 };
        const existing = origin.get(s.id) as { origin: string } | undefined;
        if (!existing) outcome.inserted += insert.run(params).changes;
        else if (existing.origin === 'seed') outcome.updated += update.run(params).changes;
      });
      outcome.deactivated = deactivate.run(JSON.stringify(seeds.map((s) => s.id))).changes;
      return outcome;
      // IMMEDIATE: it reads then writes, and a second process starting at the same moment must
      // wait for the lock rather than fail with a stale snapshot.
    })
    .immediate();
}
