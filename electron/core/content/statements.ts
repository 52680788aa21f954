import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';

/**
 * Prepared statements cached per connection: the kiosk search runs on every keystroke, and
 * preparing costs more than running these small queries.
 */
const cache = new WeakMap<Db, Map<string, Statement>>();

export function stmt(db: Db, sql: string): Statement {
  let map = cache.get(db);
  if (!map) {
    map = new Map();
    cache.set(db, map);
  }
  let s = map.get(sql);
  if (!s) {
    s = db.prepare(sql);
    map.set(sql, s);
  }
  return s;
}
