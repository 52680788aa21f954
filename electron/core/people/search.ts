import type { PeopleSearchBy, PersonSummary } from '../../shared/people';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { nameKey } from './name-key';
import { nikDigits } from './nik';
import { nikHashForLookup } from './nik-hash';
import { looksLikePhone, normalisePhone } from './phone';
import { type PersonRow, SUMMARY_COLUMNS, toSummary } from './repository';

export type SearchQuery =
  | { by: 'nik'; digits: string }
  | { by: 'phone'; e164: string | null }
  | { by: 'name'; tokens: string[] };

/**
 * What the officer typed: 16 digits is a NIK (no Indonesian phone number has 16 digits), other
 * digit strings are phone numbers, anything else is (part of) a name.
 */
export function classifyQuery(q: string): SearchQuery {
  const digits = nikDigits(q);
  if (/^\d{16}$/.test(digits)) return { by: 'nik', digits };
  if (looksLikePhone(q)) return { by: 'phone', e164: normalisePhone(q) };
  return { by: 'name', tokens: nameKey(q).split(' ').filter(Boolean) };
}

type SummaryRow = Pick<
  PersonRow,
  'id' | 'full_name' | 'nik_masked' | 'sex' | 'birth_date' | 'region_code' | 'dusun' | 'rt' | 'rw'
>;

/**
 * Finds people by name (every word must occur; whole-name prefix first, then word starts, then
 * anywhere), by full NIK (keyed-hash match) or by phone (normalised to E.164). Anonymised people
 * are not found. Returns one extra row's worth of knowledge as `hasMore`.
 */
export function searchPeople(
  db: Db,
  q: string,
  page: { limit: number; offset: number },
): { by: PeopleSearchBy; items: PersonSummary[]; hasMore: boolean } {
  const query = classifyQuery(q);
  let rows: SummaryRow[] = [];
  const take = page.limit + 1;
  if (query.by === 'nik') {
    const hash = nikHashForLookup(db, query.digits);
    if (hash) {
      rows = stmt(
        db,
        `SELECT ${SUMMARY_COLUMNS} FROM people WHERE nik_hash = ? AND anonymised_at IS NULL LIMIT ? OFFSET ?`,
      ).all(hash, take, page.offset) as SummaryRow[];
    }
  } else if (query.by === 'phone') {
    if (query.e164) {
      rows = stmt(
        db,
        `SELECT ${SUMMARY_COLUMNS} FROM people WHERE phone_e164 = ? AND anonymised_at IS NULL
           ORDER BY name_key, id LIMIT ? OFFSET ?`,
      ).all(query.e164, take, page.offset) as SummaryRow[];
    }
  } else if (query.tokens.length > 0) {
    const tokens = query.tokens.slice(0, 6);
    const whole = tokens.join(' ');
    const contains = tokens.map(() => 'instr(name_key, ?) > 0').join(' AND ');
    rows = stmt(
      db,
      `SELECT ${SUMMARY_COLUMNS} FROM people
         WHERE anonymised_at IS NULL AND ${contains}
         ORDER BY CASE WHEN substr(name_key, 1, length(?)) = ? THEN 0
                       WHEN instr(' ' || name_key, ' ' || ?) > 0 THEN 1 ELSE 2 END,
                  name_key, id
         LIMIT ? OFFSET ?`,
    ).all(...tokens, whole, whole, tokens[0], take, page.offset) as SummaryRow[];
  }
  return { by: query.by, items: rows.slice(0, page.limit).map(toSummary), hasMore: rows.length > page.limit };
}
