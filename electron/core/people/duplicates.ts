import type { DuplicateCandidate, DuplicateReason } from '../../shared/people';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { nameKey } from './name-key';
import { nikDigits } from './nik';
import { nikHashForLookup } from './nik-hash';
import { type PersonRow, SUMMARY_COLUMNS, toSummary } from './repository';

const MAX_CANDIDATES = 20;

/**
 * Possible duplicates to show BEFORE a new person is stored: the same NIK (keyed hash), or the
 * same name with the same birth date. With no birth date given, or where the stored person has
 * none, the same name alone is a weaker match ('name'). Two people may share a name and birth
 * date, so these are shown, not refused; only the same NIK is refused on create.
 */
export function findDuplicates(
  db: Db,
  input: { fullName: string; birthDate?: string | null; nik?: string | null },
  excludeId: string | null = null,
): DuplicateCandidate[] {
  const found = new Map<string, DuplicateCandidate>();
  const add = (row: PersonRow, reason: DuplicateReason) => {
    if (row.id === excludeId) return;
    const hit = found.get(row.id) ?? { ...toSummary(row), reasons: [] };
    if (!hit.reasons.includes(reason)) hit.reasons.push(reason);
    found.set(row.id, hit);
  };
  const digits = input.nik ? nikDigits(input.nik) : '';
  if (/^\d{16}$/.test(digits)) {
    const hash = nikHashForLookup(db, digits);
    if (hash) {
      const rows = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM people WHERE nik_hash = ?`).all(hash) as PersonRow[];
      for (const row of rows) add(row, 'nik');
    }
  }
  const key = nameKey(input.fullName);
  if (key) {
    const rows = stmt(
      db,
      `SELECT ${SUMMARY_COLUMNS} FROM people
         WHERE name_key = ? AND anonymised_at IS NULL ORDER BY birth_date, id LIMIT ?`,
    ).all(key, MAX_CANDIDATES * 2) as PersonRow[];
    for (const row of rows) {
      if (input.birthDate && row.birth_date === input.birthDate) add(row, 'name_birth_date');
      else if (!input.birthDate || row.birth_date === null) add(row, 'name');
    }
  }
  return [...found.values()].slice(0, MAX_CANDIDATES);
}
