import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

const caches = new WeakMap<Db, Map<string, Statement>>();

/**
 * Prepared statements cached per connection: list and get run on every keystroke of a search
 * box, an import runs the same inserts thousands of times, and preparing costs more than running
 * these indexed queries. Only for statements run with get/all/run: a statement being iterated
 * cannot be shared, and pluck/raw modes would stick to the cached copy.
 */
export function stmt(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}
