import type { VillageProfile } from '../../shared/domain';
import type { Db } from '../db/open';

/** Defaults that apply until an admin changes them. */
export const SETTING_DEFAULTS = {
  'kiosk.idleSeconds': 90,
  'session.idleMinutes': 10,
  'session.absoluteHours': 10,
  languages: ['id', 'en'],
  /** Rumah Edukasi: consecutive Alpa marks before a child is listed for a home visit. */
  'edukasi.absenceThreshold': 3,
} as const;

export function getSetting<T>(db: Db, key: string, fallback: T): T {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function putSetting(db: Db, key: string, value: unknown, at: string): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), at);
}

export function getVillage(db: Db): VillageProfile | null {
  return getSetting<VillageProfile | null>(db, 'village', null);
}
