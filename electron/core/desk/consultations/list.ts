import type { ConsultationListInput, ConsultationListItem, Page } from '../../../shared/desk';
import { validationError } from '../../api/app-error';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statements';
import { nameKey } from '../../people/name-key';
import { BAD_CURSOR, decodeCursor, encodeCursor } from '../cursor';
import { addDays, jakartaDayStartUtc } from '../dates';
import { type ConsultationRow, ROW_COLUMNS, ROW_JOINS, SEQ_SLOTS, toListItem } from './repository';

export const DEFAULT_PAGE = 50;

/**
 * A name search matching at most this many people looks up each person's consultations by index
 * and sorts them (a few thousand rows at most); more people than this are common enough that
 * walking newest-first and testing each row finds a page sooner.
 */
export const NAME_LOOKUP_MAX = 300;

type Filters = NonNullable<ConsultationListInput['filters']>;

/** Prefix query for FTS5: each word quoted (no operator injection), the last one as a word start. */
export function ftsQuery(q: string): string | null {
  const words = q
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    // One letter would expand to every word with that initial; names still match by their start.
    .filter((w) => w.length > 1)
    .slice(0, 8);
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ');
}

/** Names are searched by the start of the name key, as a range so the binary index serves it. */
function nameRange(q: string): { nlo: string; nhi: string } | null {
  const key = nameKey(q);
  return key.length === 0 ? null : { nlo: key, nhi: `${key}\u{10FFFF}` };
}

const seqOf = (isoTime: string) => Date.parse(isoTime) * SEQ_SLOTS;

export interface Plan {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Builds the page query. Lists are ordered by `seq` (time-ordered integer key, the rowid), so
 * each plan is one index range read newest-first with no sort:
 * - person, flagged, topic or status: that filter's index (each ends in seq);
 * - words: the FTS index itself, which is keyed by seq;
 * - a visitor's name: the matching people's consultations.
 * The other filters are tested on the rows the driving index yields; their columns carry a
 * unary `+` so the planner cannot pick a different index than the one chosen here.
 */
export function planList(db: Db, f: Filters, limit: number, cursor: string | null | undefined): Plan {
  const params: Record<string, unknown> = { limit: limit + 1 };
  if (f.from) params.lo = seqOf(jakartaDayStartUtc(f.from));
  const hi: number[] = [];
  if (f.to) hi.push(seqOf(jakartaDayStartUtc(addDays(f.to, 1))));
  if (cursor) {
    const c = decodeCursor(cursor);
    if (!c || !/^\d{1,16}$/.test(c.key)) throw validationError([{ path: 'cursor', message: BAD_CURSOR }]);
    hi.push(Number(c.key));
  }
  if (hi.length > 0) params.hi = Math.min(...hi);
  const range = (col: string) => [
    ...(params.lo !== undefined ? [`${col} >= @lo`] : []),
    ...(params.hi !== undefined ? [`${col} < @hi`] : []),
  ];

  type Driver = 'person' | 'flagged' | 'topic' | 'status' | 'time';
  const driver: Driver = f.personId
    ? 'person'
    : f.flagged === true
      ? 'flagged'
      : f.topic
        ? 'topic'
        : f.status
          ? 'status'
          : 'time';
  if (f.personId) params.personId = f.personId;
  if (f.topic) params.topic = f.topic;
  if (f.status) params.status = f.status;

  /** Filters other than the driving one, on table alias `a`. */
  const residual = (a: string, skip: Driver | 'none') => {
    const out: string[] = [];
    if (f.personId && skip !== 'person') out.push(`+${a}.person_id = @personId`);
    if (f.flagged === true && skip !== 'flagged')
      out.push(`(+${a}.flag_non_procedural = 1 OR +${a}.flag_trafficking = 1)`);
    if (f.flagged === false) out.push(`+${a}.flag_non_procedural = 0 AND +${a}.flag_trafficking = 0`);
    if (f.topic && skip !== 'topic') {
      out.push(`EXISTS (SELECT 1 FROM consultation_topics tt WHERE tt.topic = @topic AND tt.seq = ${a}.seq)`);
    }
    if (f.status && skip !== 'status') out.push(`+${a}.status = @status`);
    return out;
  };
  const driving = (a: string): string[] => {
    switch (driver) {
      case 'person':
        return [`${a}.person_id = @personId`];
      case 'flagged':
        return [`(${a}.flag_non_procedural = 1 OR ${a}.flag_trafficking = 1)`];
      case 'status':
        return [`${a}.status = @status`];
      default:
        return [];
    }
  };
  const page = (where: string[], from = 'consultations c', order = 'c.seq') =>
    `SELECT ${ROW_COLUMNS} FROM ${from} ${ROW_JOINS}
     ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${order} DESC LIMIT @limit`;

  if (!f.q) {
    if (driver === 'topic') {
      return {
        sql: page(
          ['t.topic = @topic', ...range('t.seq'), ...residual('c', 'topic')],
          'consultation_topics t JOIN consultations c ON c.seq = t.seq',
          't.seq',
        ),
        params,
      };
    }
    return { sql: page([...driving('c'), ...range('c.seq'), ...residual('c', driver)]), params };
  }

  const fts = ftsQuery(f.q);
  const names = nameRange(f.q);
  if (fts) params.fts = fts;
  if (names) Object.assign(params, names);

  if (f.personId) {
    // A person's own history is short: drive by the person, test the words on their key range only.
    const person = stmt(db, 'SELECT name_key FROM people WHERE id = ?').get(f.personId) as
      | { name_key: string }
      | undefined;
    const nameMatches = !!names && !!person && person.name_key.startsWith(names.nlo);
    const where = [...driving('c'), ...range('c.seq'), ...residual('c', 'person')];
    if (!nameMatches) {
      if (!fts) where.push('0');
      else {
        const span = stmt(db, 'SELECT MIN(seq) AS a, MAX(seq) AS b FROM consultations WHERE person_id = ?').get(
          f.personId,
        ) as { a: number | null; b: number | null };
        params.pa = span.a ?? 0;
        params.pb = span.b ?? 0;
        where.push(
          'c.seq IN (SELECT rowid FROM consultations_fts WHERE consultations_fts MATCH @fts AND rowid >= @pa AND rowid <= @pb)',
        );
      }
    }
    return { sql: page(where), params };
  }

  // Words or a name: the newest page of each side, then the newest of both. The top `limit` of a
  // union is always within the top `limit` of each side, so each side stops early.
  const sides: string[] = [];
  if (fts) {
    // The FTS table cannot take an alias in MATCH, so it keeps its name.
    sides.push(`SELECT seq FROM (SELECT consultations_fts.rowid AS seq FROM consultations_fts
        JOIN consultations c1 ON c1.seq = consultations_fts.rowid
      WHERE ${['consultations_fts MATCH @fts', ...range('consultations_fts.rowid'), ...residual('c1', 'none')].join(' AND ')}
      ORDER BY consultations_fts.rowid DESC LIMIT @limit)`);
  }
  if (names) {
    const people = (
      stmt(
        db,
        `SELECT COUNT(*) AS n FROM (SELECT 1 FROM people WHERE name_key >= ? AND name_key < ? LIMIT ${NAME_LOOKUP_MAX + 1})`,
      ).get(names.nlo, names.nhi) as { n: number }
    ).n;
    // Few people: their consultations by index, then sorted. Many: walk newest-first, test each.
    const personTest =
      people <= NAME_LOOKUP_MAX
        ? 'c2.person_id IN (SELECT p.id FROM people p WHERE p.name_key >= @nlo AND p.name_key < @nhi)'
        : '+c2.person_id IN (SELECT p.id FROM people p WHERE p.name_key >= @nlo AND p.name_key < @nhi)';
    sides.push(`SELECT seq FROM (SELECT c2.seq FROM consultations c2
      WHERE ${[personTest, ...range('c2.seq'), ...residual('c2', 'none')].join(' AND ')}
      ORDER BY c2.seq DESC LIMIT @limit)`);
  }
  if (sides.length === 0) return { sql: page(['0']), params };
  return { sql: page([`c.seq IN (${sides.join(' UNION ALL ')})`]), params };
}

export function listConsultations(db: Db, input: ConsultationListInput): Page<ConsultationListItem> {
  const limit = input.limit ?? DEFAULT_PAGE;
  const plan = planList(db, input.filters ?? {}, limit, input.cursor);
  const rows = stmt(db, plan.sql).all(plan.params) as ConsultationRow[];
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return {
    items: items.map(toListItem),
    nextCursor: more && last ? encodeCursor({ key: String(last.seq), id: last.id }) : null,
  };
}
