import type { PersonReference } from '../../shared/people';
import type { Db } from '../db/open';

interface ForeignKey {
  table: string;
  from: string;
}

/**
 * Every column in the database that points at people(id), found through PRAGMA foreign_key_list,
 * so tables added by later migrations (consultations, journeys, children…) are covered without
 * touching this file. A person's own consents are not references: they go with the person.
 */
export function peopleForeignKeys(db: Db): { table: string; column: string }[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const found: { table: string; column: string }[] = [];
  for (const { name } of tables) {
    const keys = db.prepare('SELECT "table", "from" FROM pragma_foreign_key_list(?)').all(name) as ForeignKey[];
    for (const key of keys) {
      if (key.table !== 'people') continue;
      if (name === 'consents' && key.from === 'subject_person_id') continue;
      found.push({ table: name, column: key.from });
    }
  }
  return found;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** How many rows elsewhere point at this person, per table and column; only non-zero counts. */
export function referencesTo(db: Db, personId: string): PersonReference[] {
  const refs: PersonReference[] = [];
  for (const { table, column } of peopleForeignKeys(db)) {
    const { n } = db.prepare(`SELECT COUNT(*) AS n FROM ${quote(table)} WHERE ${quote(column)} = ?`).get(personId) as {
      n: number;
    };
    if (n > 0) refs.push({ table, column, count: n });
  }
  return refs;
}
