import type { AgencyStatus } from '../../../shared/kiosk';
import type { Db } from '../../db/open';
import type { AgencyRowValue } from './csv-rows';

export interface AgencyRow {
  id: string;
  name: string;
  name_normalized: string;
  licence_number: string;
  status: AgencyStatus;
  valid_until: string | null;
  address: string | null;
  source: string;
  data_as_of: string;
  imported_at: string;
  import_batch: string;
}

export interface BatchInfo {
  batchId: string;
  source: string;
  dataAsOf: string;
  importedAt: string;
}

export function registryStats(db: Db): { total: number; dataAsOf: string | null } {
  const r = db.prepare('SELECT COUNT(*) AS total, MAX(data_as_of) AS dataAsOf FROM agencies').get() as {
    total: number;
    dataAsOf: string | null;
  };
  return { total: r.total, dataAsOf: r.dataAsOf };
}

export function findByLicence(db: Db, licence: string): AgencyRow | undefined {
  return db.prepare('SELECT * FROM agencies WHERE licence_number = ?').get(licence) as AgencyRow | undefined;
}

export function insertAgency(db: Db, id: string, v: AgencyRowValue, b: BatchInfo): void {
  db.prepare(
    `INSERT INTO agencies (id, name, name_normalized, licence_number, status, valid_until, address, source, data_as_of, imported_at, import_batch)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    v.name,
    v.nameNormalized,
    v.licenceNumber,
    v.status,
    v.validUntil,
    v.address,
    b.source,
    b.dataAsOf,
    b.importedAt,
    b.batchId,
  );
}

export function updateAgency(db: Db, id: string, v: AgencyRowValue, b: BatchInfo): void {
  db.prepare(
    `UPDATE agencies SET name = ?, name_normalized = ?, status = ?, valid_until = ?, address = ?, source = ?,
       data_as_of = ?, imported_at = ?, import_batch = ? WHERE id = ?`,
  ).run(v.name, v.nameNormalized, v.status, v.validUntil, v.address, b.source, b.dataAsOf, b.importedAt, b.batchId, id);
}

/** `%`, `_` and `\` typed by a visitor are literal characters, not wildcards. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function searchByLicence(db: Db, licence: string, limit: number): { exact: AgencyRow[]; prefix: AgencyRow[] } {
  const exact = db.prepare('SELECT * FROM agencies WHERE licence_number = ?').all(licence) as AgencyRow[];
  const prefix =
    licence.length < 3
      ? []
      : (db
          .prepare(
            `SELECT * FROM agencies WHERE licence_number LIKE ? ESCAPE '\\' AND licence_number <> ?
             ORDER BY licence_number LIMIT ?`,
          )
          .all(`${escapeLike(licence)}%`, licence, limit) as AgencyRow[]);
  return { exact, prefix };
}

/** Every word of the query must appear in the name key; whole-name and prefix matches rank first. */
export function searchByName(db: Db, normalized: string, limit: number): AgencyRow[] {
  const words = normalized
    .split(' ')
    .filter((w) => w !== '')
    .slice(0, 8);
  if (words.length === 0) return [];
  const where = words.map(() => `name_normalized LIKE ? ESCAPE '\\'`).join(' AND ');
  return db
    .prepare(
      `SELECT * FROM agencies WHERE ${where}
       ORDER BY CASE WHEN name_normalized = ? THEN 0 WHEN name_normalized LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END,
                name_normalized, licence_number
       LIMIT ?`,
    )
    .all(...words.map((w) => `%${escapeLike(w)}%`), normalized, `${escapeLike(normalized)}%`, limit) as AgencyRow[];
}
