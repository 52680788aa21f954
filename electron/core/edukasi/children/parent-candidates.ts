import type { JourneyBrief } from '../../../shared/edukasi';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { nameKey } from '../../people/name-key';
import { JOURNEY_BRIEF_SELECT, type JourneyBriefRow, toJourneyBrief } from './repository';

const LIMIT = 10;

/**
 * Migration records (Riwayat Migrasi) an educator may link as a child's father or mother, found by
 * the parent's name. Only what linking needs (name, destination, status, dates): journeys are the
 * desk's records, so no agency, job or notes. Never another child, never the child itself, never an
 * anonymised person. Every word typed must occur in the name; names that start with it come first.
 */
export function parentCandidates(db: Db, childPersonId: string, q: string): JourneyBrief[] {
  const tokens = nameKey(q).split(' ').filter(Boolean).slice(0, 6);
  if (tokens.length === 0) return [];
  const whole = tokens.join(' ');
  const contains = tokens.map(() => 'instr(p.name_key, ?) > 0').join(' AND ');
  const rows = stmt(
    db,
    `${JOURNEY_BRIEF_SELECT}
     WHERE p.anonymised_at IS NULL AND p.id <> ? AND ${contains}
       AND NOT EXISTS (SELECT 1 FROM children c WHERE c.person_id = p.id)
     ORDER BY CASE WHEN substr(p.name_key, 1, length(?)) = ? THEN 0
                   WHEN instr(' ' || p.name_key, ' ' || ?) > 0 THEN 1 ELSE 2 END,
              p.name_key, j.created_at DESC, j.id
     LIMIT ${LIMIT}`,
  ).all(childPersonId, ...tokens, whole, whole, tokens[0]) as JourneyBriefRow[];
  return rows.map(toJourneyBrief);
}
